// The popup's reads of the library. This module pulls in Dexie: deps.ts imports it on first use, so the
// popup's shell renders before the database code is fetched or parsed.
import { getDatabase } from '../store/database';
import { canonicalUrlKey } from '../store/keys';
import { listRecent, listTags } from '../store/reader';
import type { RecentItem } from './state';

/** The reader's layer of the page saved under this URL, if any. */
export async function savedLayer(url: string) {
  const db = getDatabase();
  return db.transaction('r', [db.pages, db.articles], async () => {
    // The unique urlKey index finds the page; only its current stories are read, for their extractor ids.
    const page = await db.pages.where('urlKey').equals(canonicalUrlKey(url)).first();
    if (!page) return undefined;
    const stories = await db.articles.bulkGet(page.articleKeys);
    return {
      pageNote: page.note,
      tags: page.tags,
      starred: page.starred === 1,
      articleNotes: {},
      savedArticleIds: stories.flatMap((story) => (story ? [story.article.id] : [])),
    };
  });
}

export async function recent(limit: number): Promise<RecentItem[]> {
  return (await listRecent(getDatabase(), limit)).map((p) => ({
    id: String(p.id),
    title: p.title,
    url: p.url,
    savedAt: p.savedAt,
  }));
}

/** The library's tags, most used first (the tag input's completion). */
export async function tagNames(): Promise<string[]> {
  return (await listTags(getDatabase())).map((t) => t.tag);
}
