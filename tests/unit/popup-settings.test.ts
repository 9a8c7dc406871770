// The settings copy an extension page keeps in its localStorage, from which the popup renders at once.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  pageCopyOfSettings,
  saveSettings,
  settingsItem,
} from '../../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
});

describe('page copy of the settings', () => {
  it('is absent until settings are loaded or saved in the page', () => {
    expect(pageCopyOfSettings()).toBeUndefined();
  });

  it('is kept by a load, with what extension storage holds', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, language: 'zh_CN', theme: 'dark' });
    expect(pageCopyOfSettings()).toBeUndefined();
    const loaded = await loadSettings();
    expect(pageCopyOfSettings()).toEqual(loaded);
    expect(pageCopyOfSettings()).toMatchObject({ language: 'zh_CN', theme: 'dark' });
  });

  it('follows a save, cleaned as storage gets it', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      language: 'en',
      sites: ['*://example.org/*', 'not a pattern'],
    });
    expect(pageCopyOfSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
      sites: ['*://example.org/*'],
    });
    expect(await settingsItem.getValue()).toEqual(pageCopyOfSettings());
  });

  it('a damaged copy is no copy; damaged fields fall back to the defaults', () => {
    localStorage.setItem('settings', '{not json');
    expect(pageCopyOfSettings()).toBeUndefined();
    localStorage.setItem(
      'settings',
      JSON.stringify({ language: 'klingon', theme: 'dark', autoDetect: 'yes' }),
    );
    expect(pageCopyOfSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });
});
