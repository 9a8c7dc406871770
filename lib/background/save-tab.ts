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

/** How long the badge shows the outcome of a save from the menu or keyboard. */
export const SAVE_BADGE_MS = 3_000;

export interface BadgeDeps {
  getBadge(tabId: number): Promise<string>;
  setBadge(tabId: number, text: string): Promise<void>;
  later(run: () => void, ms: number): void;
}

/** Saves the tab and says how it went on the badge (✓ or !) for a moment, then puts the count back. */
export async function saveTabWithBadge(tabId: number, deps: SaveTabDeps & BadgeDeps): Promise<boolean> {
  const previous = await deps.getBadge(tabId).catch(() => '');
  let saved = false;
  try {
    await saveTab(tabId, deps);
    saved = true;
  } catch (error) {
    console.debug('save failed', error);
  }
  await deps.setBadge(tabId, saved ? '✓' : '!').catch(() => undefined);
  deps.later(() => void deps.setBadge(tabId, previous).catch(() => undefined), SAVE_BADGE_MS);
  return saved;
}
