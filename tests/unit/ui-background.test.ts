// Background logic outside the message handlers: saving a tab from the menu or keyboard, keeping the
// auto-detect registration in step with the settings, and reading settings back safely.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_BADGE_MS, saveTab, saveTabWithBadge, summarizeBulletin } from '../../lib/background/save-tab';
import { AUTO_DETECT_SCRIPT_ID, syncAutoDetect } from '../../lib/extension/auto-detect';
import type { BulletinReply } from '../../lib/messages';
import type { Bulletin } from '../../lib/model';
import { DEFAULT_SETTINGS, normalizeSettings, parseSites, type Settings } from '../../lib/settings';

const bulletin: Bulletin = {
  url: 'https://example.org/p',
  canonicalUrl: 'https://example.org/p',
  title: 'P',
  lang: 'en',
  publishedAt: '2024-01-02',
  detection: { kind: 'listing', score: 0.4, signals: [] },
  articles: [
    {
      id: 'a',
      headline: 'H',
      authors: [],
      sections: [{ paragraphs: ['Text.'] }],
      figures: [],
      summary: { sentences: [], facts: [], keywords: [] },
    },
  ],
  contentHash: 'h',
};

describe('saveTab', () => {
  it('injects, extracts even a non-bulletin, summarises and saves', async () => {
    const calls: string[] = [];
    const getBulletin = vi.fn(async (): Promise<BulletinReply> => {
      calls.push('get');
      return { status: 'ok', bulletin, elapsedMs: 1 };
    });
    const summarize = vi.fn(() => ({
      sentences: [{ text: 'Text.', paragraph: 0, score: 1 }],
      facts: [],
      keywords: ['k'],
    }));
    const save = vi.fn(async () => ({ pageId: 1, created: true, articleKeys: [], linkedPageIds: [] }));
    const ensureContentScript = vi.fn(async () => void calls.push('inject'));
    await saveTab(4, { ensureContentScript, summarize, save, getBulletin: getBulletin as never });
    expect(calls).toEqual(['inject', 'get']);
    expect(getBulletin).toHaveBeenCalledWith(4, 'get-bulletin', { force: true });
    expect(summarize).toHaveBeenCalledWith(bulletin.articles[0], { lang: 'en', publishedAt: '2024-01-02' });
    expect(save).toHaveBeenCalledWith(summarizeBulletin(bulletin, summarize), {});
    const saved = (vi.mocked(save).mock.calls[0] as unknown as [Bulletin])[0];
    expect(saved.articles[0]!.summary.keywords).toEqual(['k']);
  });

  it('fails without saving when the page cannot be read', async () => {
    const save = vi.fn();
    await expect(
      saveTab(4, {
        ensureContentScript: async () => undefined,
        summarize: vi.fn(),
        save,
        getBulletin: (async () => ({ status: 'error', message: 'too odd' })) as never,
      }),
    ).rejects.toThrow('too odd');
    expect(save).not.toHaveBeenCalled();
  });

  it('keeps an article whose summary fails, unsummarised', () => {
    const out = summarizeBulletin(bulletin, () => {
      throw new Error('no');
    });
    expect(out.articles[0]).toEqual(bulletin.articles[0]);
  });
});

describe('saveTabWithBadge', () => {
  it('shows ✓ after a save, ! after a failure, then the count again', async () => {
    const badges: string[] = [];
    const pending: (() => void)[] = [];
    const common = {
      ensureContentScript: async () => undefined,
      summarize: () => ({ sentences: [], facts: [], keywords: [] }),
      getBadge: async () => '4',
      setBadge: async (_tab: number, text: string) => void badges.push(text),
      later: (run: () => void, ms: number) => {
        expect(ms).toBe(SAVE_BADGE_MS);
        pending.push(run);
      },
    };
    const ok = (async () => ({ status: 'ok', bulletin, elapsedMs: 1 })) as never;
    const saved = await saveTabWithBadge(1, {
      ...common,
      getBulletin: ok,
      save: async () => ({ pageId: 1, created: true, articleKeys: [], linkedPageIds: [] }),
    });
    expect(saved).toBe(true);
    const failed = await saveTabWithBadge(1, {
      ...common,
      getBulletin: ok,
      save: async () => {
        throw new Error('Storage is full');
      },
    });
    expect(failed).toBe(false);
    expect(badges).toEqual(['✓', '!']);
    pending.forEach((run) => run());
    await Promise.resolve();
    expect(badges).toEqual(['✓', '!', '4', '4']);
  });
});

describe('syncAutoDetect', () => {
  let registered: { id: string; matches?: string[] }[];
  let granted: boolean;

  beforeEach(() => {
    fakeBrowser.reset();
    registered = [];
    granted = true;
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
      (async () => registered) as never,
    );
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(
      (async (scripts: { id: string; matches?: string[] }[]) => void registered.push(...scripts)) as never,
    );
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async () => {
      registered = [];
    }) as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => granted) as never);
  });
  afterEach(() => vi.restoreAllMocks());

  const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

  it('registers the content script for the named sites once the hosts are granted', async () => {
    expect(await syncAutoDetect(settings({ autoDetect: true, sites: ['http://127.0.0.1/*'] }))).toBe(
      'registered',
    );
    expect(registered).toEqual([
      expect.objectContaining({
        id: AUTO_DETECT_SCRIPT_ID,
        js: ['/content-script.js'],
        matches: ['http://127.0.0.1/*'],
      }),
    ]);
    // Unchanged settings leave the registration alone.
    await syncAutoDetect(settings({ autoDetect: true, sites: ['http://127.0.0.1/*'] }));
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    // Other sites replace it.
    await syncAutoDetect(settings({ autoDetect: true, sites: [] }));
    expect(registered.map((r) => r.matches)).toEqual([['<all_urls>']]);
  });

  it('removes it when switched off, and never registers without the permission', async () => {
    await syncAutoDetect(settings({ autoDetect: true }));
    expect(await syncAutoDetect(settings({ autoDetect: false }))).toBe('off');
    expect(registered).toEqual([]);
    granted = false;
    expect(await syncAutoDetect(settings({ autoDetect: true }))).toBe('no-permission');
    expect(registered).toEqual([]);
  });
});

describe('settings read back', () => {
  it('falls back field by field on damaged values', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(
      normalizeSettings({
        autoDetect: 'yes',
        sites: ['http://a.org/*', 5, 'javascript:alert(1)'],
        language: 'fr',
        theme: 'dark',
      }),
    ).toEqual({ autoDetect: false, sites: ['http://a.org/*'], language: 'auto', theme: 'dark' });
  });

  it('parses the sites box', () => {
    expect(parseSites('<all_urls>\n*.example.com\nhttps://news.example.org/epaper/*')).toEqual({
      patterns: ['<all_urls>', '*://*.example.com/*', 'https://news.example.org/epaper/*'],
      invalid: [],
    });
  });
});
