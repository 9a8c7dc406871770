// The popup's real dependencies: the tab through messages, summaries computed here, the library's store.
// The summariser (with chrono-node and its word tables) and Dexie are chunks of their own, imported on first
// use: the popup's shell renders before either is fetched or parsed.
import { browser } from 'wxt/browser';
import { sendToBackground, sendToTab } from '../messages';
import type { Bulletin } from '../model';
import { ensureContentScript, highlightInTab, resolveTab } from '../extension/tabs';
import type { PopupDeps } from './state';

/** One import per page: later callers share the first one's promise; a failed one is tried again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

const library = once(() => import('./library'));

export function createPopupDeps(search: string): PopupDeps {
  return {
    resolveTab: () => resolveTab(search),
    ensureContentScript,
    getBulletin: (tabId, force) => sendToTab(tabId, 'get-bulletin', { force }),
    highlight: highlightInTab,
    loadSummarizer: once(async () => (await import('../summarize')).summarize),
    savePage: (bulletin: Bulletin, layer, articleIds) =>
      sendToBackground('save-page', articleIds ? { bulletin, layer, articleIds } : { bulletin, layer }),
    savedLayer: async (url) => (await library()).savedLayer(url),
    recent: async (limit) => (await library()).recent(limit),
    listTags: async () => (await library()).tagNames(),
    copyText: (text) => navigator.clipboard.writeText(text),
  };
}

export const libraryUrl = () => browser.runtime.getURL('/library.html');
