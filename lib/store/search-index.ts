// Keeps the derived search rows in step with pages; called inside the writer's transaction.
import { libraryTables, type BulletinDatabase } from './database';
import { writeTransaction } from './errors';
import type { ArticleRecord, HighlightRecord, PageRecord, SearchDocRecord } from './schema';
import { highlightsOf } from './highlights-of';
import { pendingRow } from './indexing';
import { buildSearchDoc } from './search-doc';

/**
 * How a writer stores search rows: `pending` (terms indexed behind the write, see indexing.ts; the writer
 * goes through writeLibrary, which schedules that) or `indexed` at once (bulk writers: rebuilds, imports, batch
 * saves, where one commit covers many rows and a second pass would only add work).
 */
export type RowMode = 'pending' | 'indexed';

export function storedRow(doc: SearchDocRecord, mode: RowMode): SearchDocRecord {
  return mode === 'pending' ? pendingRow(doc) : doc;
}

/** Every article key a page shows or keeps (current articles, then detached ones with reader data). */
export function pageArticleKeys(page: PageRecord): string[] {
  return [...page.articleKeys, ...page.detachedArticleKeys];
}

/** Rebuilds the search rows of the given pages (and drops rows of pages that no longer exist). */
export async function reindexPages(
  db: BulletinDatabase,
  pageIds: Iterable<number>,
  mode: RowMode = 'pending',
): Promise<void> {
  const ids = [...new Set(pageIds)];
  if (!ids.length) return;
  const pages = await db.pages.bulkGet(ids);
  const keys = [...new Set(pages.flatMap((page) => (page ? pageArticleKeys(page) : [])))];
  const [records, highlightRows] = await Promise.all([db.articles.bulkGet(keys), highlightsOf(db, keys)]);
  const articles = new Map<string, ArticleRecord>();
  for (const record of records) if (record) articles.set(record.key, record);
  const highlights = new Map<string, HighlightRecord[]>();
  for (const h of highlightRows) {
    const list = highlights.get(h.articleKey);
    if (list) list.push(h);
    else highlights.set(h.articleKey, [h]);
  }
  const docs = [];
  const gone: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const page = pages[i];
    if (!page) {
      gone.push(ids[i]);
      continue;
    }
    const own = pageArticleKeys(page);
    const doc = buildSearchDoc(
      { ...page, id: ids[i] },
      own.map((key) => articles.get(key)).filter((a): a is ArticleRecord => !!a),
      own.flatMap((key) => highlights.get(key) ?? []),
      db.searchScope,
    );
    docs.push(storedRow(doc, mode));
  }
  if (docs.length) await db.search.bulkPut(docs);
  if (gone.length) await db.search.bulkDelete(gone);
}

/** Rebuilds the whole search table (after changing what is indexed, or to repair it). */
export async function rebuildSearchIndex(db: BulletinDatabase): Promise<void> {
  await writeTransaction(db, libraryTables(db), async () => {
    await db.search.clear();
    await reindexPages(db, (await db.pages.toCollection().primaryKeys()) as number[], 'indexed');
  });
}
