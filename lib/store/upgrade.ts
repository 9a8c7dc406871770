// Schema upgrades as pure functions over rows (tested with before/after fixtures) plus their Dexie wiring.
import type { Transaction } from 'dexie';
import type { ArticleRecord, ArticleRecordV1, HighlightRecord, PageRecord } from './schema';
import { buildSearchDoc, type SearchScope } from './search-doc';

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

/**
 * Rebuilds every search row inside an upgrade transaction. The index is derived data: rebuilding it on each
 * upgrade keeps it in step with the current indexing rule and with rows the upgrade moved.
 */
export async function rebuildSearchRows(tx: Transaction, scope: SearchScope): Promise<void> {
  const pages = (await tx.table('pages').toArray()) as (PageRecord & { id: number })[];
  const articles = new Map<string, ArticleRecord>();
  for (const a of (await tx.table('articles').toArray()) as ArticleRecord[]) articles.set(a.key, a);
  const highlights = new Map<string, HighlightRecord[]>();
  for (const h of (await tx.table('highlights').toArray()) as HighlightRecord[]) {
    highlights.set(h.articleKey, [...(highlights.get(h.articleKey) ?? []), h]);
  }
  const docs = pages.map((page) => {
    const keys = [...page.articleKeys, ...(page.detachedArticleKeys ?? [])];
    return buildSearchDoc(
      page,
      keys.map((k) => articles.get(k)).filter((a): a is ArticleRecord => !!a),
      keys.flatMap((k) => highlights.get(k) ?? []),
      scope,
    );
  });
  await tx.table('search').clear();
  await tx.table('search').bulkPut(docs);
}

export async function upgradeToV2(tx: Transaction, scope: SearchScope): Promise<void> {
  const rows = (await tx.table('articles').toArray()) as ArticleRecordV1[];
  const { articles, highlights } = splitHighlightsV1(rows);
  await tx.table('articles').bulkPut(articles);
  if (highlights.length) await tx.table('highlights').bulkAdd(highlights);
  await rebuildSearchRows(tx, scope);
}

/** v2 → v3: only the search rows change (a head term stored once, marked), so they are rebuilt. */
export async function upgradeToV3(tx: Transaction, scope: SearchScope): Promise<void> {
  await rebuildSearchRows(tx, scope);
}
