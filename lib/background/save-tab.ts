// Saving a tab without the popup (context menu, keyboard): inject, extract, summarise, save.
import { sendToTab } from '../messages';
import type { Article, Bulletin, Summary } from '../model';
import type { ReaderLayer, SaveResult } from '../store';

export interface SaveTabDeps {
  ensureContentScript(tabId: number): Promise<void>;
  summarize(article: Article, ctx: { lang: string; publishedAt?: string }): Summary;
  save(bulletin: Bulletin, layer: ReaderLayer): Promise<SaveResult>;
  getBulletin?: typeof sendToTab<'get-bulletin'>;
}

export function summarizeBulletin(bulletin: Bulletin, summarize: SaveTabDeps['summarize']): Bulletin {
  return {
    ...bulletin,
    articles: bulletin.articles.map((article) => {
      try {
        return {
          ...article,
          summary: summarize(article, {
            lang: bulletin.lang,
            publishedAt: article.publishedAt ?? bulletin.publishedAt,
          }),
        };
      } catch {
        return article;
      }
    }),
  };
}

/** The reader asked to save this page: it is extracted even when it does not look like a bulletin. */
export async function saveTab(tabId: number, deps: SaveTabDeps): Promise<SaveResult> {
  await deps.ensureContentScript(tabId);
  const get = deps.getBulletin ?? sendToTab;
  const reply = await get(tabId, 'get-bulletin', { force: true });
  if (reply.status !== 'ok') throw new Error(reply.status === 'error' ? reply.message : 'nothing to save');
  return deps.save(summarizeBulletin(reply.bulletin, deps.summarize), {});
}
