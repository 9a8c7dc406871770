// Wiring only: badge, context menu, keyboard command, saves handed over by the popup, auto-detect sync.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers } from '@/lib/background/handlers';
import { saveTabWithBadge } from '@/lib/background/save-tab';
import { syncAutoDetect } from '@/lib/extension/auto-detect';
import { badgeApi, ensureContentScript } from '@/lib/extension/tabs';
import { BACKGROUND_REQUESTS, createMessageListener } from '@/lib/messages';
import { loadSettings, normalizeSettings, settingsItem } from '@/lib/settings';
import { getDatabase, save } from '@/lib/store';
import { summarize } from '@/lib/summarize';
import { translate } from '@/lib/ui/i18n-core';

const CONTEXT_MENU_ID = 'save-page';

const saveToLibrary = (bulletin: Parameters<typeof save>[1], layer: Parameters<typeof save>[2]) =>
  save(getDatabase(), bulletin, layer);

const sync = (value: unknown) =>
  void syncAutoDetect(normalizeSettings(value)).catch((error: unknown) =>
    console.debug('auto-detect sync', error),
  );

export default defineBackground(() => {
  const badge = badgeApi();
  const setBadge = async (tabId: number, text: string) => {
    await badge.setBadgeText({ tabId, text });
    if (text) await badge.setBadgeBackgroundColor({ tabId, color: '#0b5cad' });
  };

  browser.runtime.onMessage.addListener(
    createMessageListener(BACKGROUND_REQUESTS, createBackgroundHandlers({ setBadge, save: saveToLibrary })),
  );

  const saveFromShortcut = (tabId: number | undefined) =>
    tabId === undefined
      ? undefined
      : void saveTabWithBadge(tabId, {
          ensureContentScript,
          summarize,
          save: saveToLibrary,
          getBadge: (id) => badge.getBadgeText({ tabId: id }),
          setBadge,
          later: (run, ms) => setTimeout(run, ms),
        });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: CONTEXT_MENU_ID,
      title: translate('auto', 'contextMenuSave'),
      contexts: ['page', 'selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CONTEXT_MENU_ID) saveFromShortcut(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'save-page') return;
    if (tab?.id !== undefined) return saveFromShortcut(tab.id);
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => saveFromShortcut(active?.id));
  });

  void loadSettings().then(sync);
  settingsItem.watch(sync);
});
