// What the background answers: badge reports from content scripts and saves handed over by the popup.
import type { Handlers, ReaderLayer } from '../messages';
import type { Bulletin } from '../model';
import type { ReaderLayer as StoreLayer, SaveResult } from '../store';

export interface BackgroundDeps {
  setBadge(tabId: number, text: string): Promise<void>;
  save(bulletin: Bulletin, layer: StoreLayer): Promise<SaveResult>;
}

/** The badge text for a page: the article count of a bulletin, nothing otherwise. */
export function badgeText(kind: string, articleCount: number): string {
  if (kind !== 'bulletin' || articleCount <= 0) return '';
  return articleCount > 99 ? '99+' : String(articleCount);
}

export function toStoreLayer(layer: ReaderLayer): StoreLayer {
  return { note: layer.pageNote, tags: layer.tags, starred: layer.starred, articleNotes: layer.articleNotes };
}

/** A bulletin reduced to the articles the reader chose to save (all when none are named). */
export function chosenArticles(bulletin: Bulletin, articleIds?: string[]): Bulletin {
  if (!articleIds) return bulletin;
  const wanted = new Set(articleIds);
  return { ...bulletin, articles: bulletin.articles.filter((a) => wanted.has(a.id)) };
}

/** A storage error the popup can name: the store's StorageFullError becomes code `quota`. */
function withCode(error: unknown): Error {
  if (error instanceof Error && error.name === 'StorageFullError')
    return Object.assign(error, { code: 'quota' });
  return error instanceof Error ? error : new Error(String(error));
}

export function createBackgroundHandlers(deps: BackgroundDeps): Handlers<'detect-report' | 'save-page'> {
  return {
    async 'detect-report'({ kind, articleCount }, sender) {
      const badge = badgeText(kind, articleCount);
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await deps.setBadge(tabId, badge);
      return { badge };
    },
    async 'save-page'({ bulletin, layer, articleIds }) {
      const chosen = chosenArticles(bulletin, articleIds);
      try {
        const result = await deps.save(chosen, toStoreLayer(layer));
        return { pageId: String(result.pageId), savedArticles: chosen.articles.length };
      } catch (error) {
        throw withCode(error);
      }
    },
  };
}
