// Reading the highlights of several stories at once.
import type { BulletinDatabase } from './database';
import type { HighlightRecord } from './schema';

/**
 * The highlights of the given stories, ordered by story key then id (as an index walk gives them). One keyed
 * read per story, issued together: Dexie's `anyOf` walks a cursor instead, a round trip per key.
 */
export async function highlightsOf(
  db: BulletinDatabase,
  articleKeys: readonly string[],
): Promise<HighlightRecord[]> {
  const keys = [...new Set(articleKeys)];
  const lists = await Promise.all(keys.map((key) => db.highlights.where('articleKey').equals(key).toArray()));
  return lists.flat().toSorted(byStoryThenId);
}

/** Story key, then id: the order of the highlights' story index. */
export function byStoryThenId(a: HighlightRecord, b: HighlightRecord): number {
  return a.articleKey < b.articleKey ? -1 : a.articleKey > b.articleKey ? 1 : a.id! - b.id!;
}
