// The popup's real dependencies: the tab through messages, summaries computed here, the library's store.
import { browser } from 'wxt/browser';
import { sendToBackground, sendToTab } from '../messages';
import type { Bulletin } from '../model';
import { getDatabase } from '../store/database';
import { canonicalUrlKey } from '../store/keys';
import { getPage, listRecent, listTags } from '../store/reader';
import { summarize } from '../summarize';
import { ensureContentScript, resolveTab } from '../extension/tabs';
import type { PopupDeps } from './state';

export function createPopupDeps(search: string): PopupDeps {
  const db = getDatabase();
  return {
    resolveTab: () => resolveTab(search),
    ensureContentScript,
    getBulletin: (tabId, force) => sendToTab(tabId, 'get-bulletin', { force }),
    highlight: async (tabId, articleId, paragraph, text) =>
      (await sendToTab(tabId, 'highlight-sentence', { articleId, paragraph, text })).found,
    summarize,
    savePage: (bulletin: Bulletin, layer, articleIds) =>
      sendToBackground('save-page', articleIds ? { bulletin, layer, articleIds } : { bulletin, layer }),
    async savedLayer(url) {
      // The store has no lookup by URL yet: its unique urlKey index answers directly.
      const page = await db.pages.where('urlKey').equals(canonicalUrlKey(url)).first();
      if (page?.id === undefined) return undefined;
      const view = await getPage(db, page.id);
      return {
        pageNote: page.note,
        tags: page.tags,
        starred: page.starred === 1,
        articleNotes: {},
        savedArticleIds: view?.articles.map((a) => a.article.id) ?? [],
      };
    },
    recent: async (limit) =>
      (await listRecent(db, limit)).map((p) => ({
        id: String(p.id),
        title: p.title,
        url: p.url,
        savedAt: p.savedAt,
      })),
    listTags: async () => (await listTags(db)).map((t) => t.tag),
    copyText: (text) => navigator.clipboard.writeText(text),
  };
}

export const libraryUrl = () => browser.runtime.getURL('/library.html');
