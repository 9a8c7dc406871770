// Schema upgrades as pure functions over rows (tested with before/after fixtures) plus their Dexie wiring.
import type { Transaction } from 'dexie';
import type { ArticleRecord, ArticleRecordV1, HighlightRecord } from './schema';

/** v1 → v2: highlights leave the article row for their own table; nothing else of the row changes. */
export function splitHighlightsV1(rows: readonly ArticleRecordV1[]): {
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
} {
  const articles: ArticleRecord[] = [];
  const highlights: HighlightRecord[] = [];
  for (const row of rows) {
    const { highlights: inline, ...article } = row;
    articles.push(article);
    for (const h of inline ?? []) highlights.push({ ...h, articleKey: row.key });
  }
  return { articles, highlights };
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const rows = (await tx.table('articles').toArray()) as ArticleRecordV1[];
  const { articles, highlights } = splitHighlightsV1(rows);
  await tx.table('articles').bulkPut(articles);
  if (highlights.length) await tx.table('highlights').bulkAdd(highlights);
}
