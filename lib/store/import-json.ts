// Import of a JSON export (dexie-export-import's format, any schema version up to the current one).
//
// Not dexie-export-import's importInto: it writes rows by primary key, while a merge must match pages by
// canonical URL and stories by dedupe key, renumber page ids that are taken, validate every row and report
// what it skipped. The whole file is parsed and checked before the one write transaction starts, so a
// malformed file changes nothing.
import { libraryTables, type BulletinDatabase } from './database';
import { ImportFormatError, writeTransaction } from './errors';
import { highlightId, mergeNote, mergeTags } from './merge';
import {
  CURRENT_SCHEMA_VERSION,
  type ArticleRecord,
  type HighlightRecord,
  type PageRecord,
  type SearchDocRecord,
} from './schema';
import { buildSearchDoc } from './search-doc';
import { pageArticleKeys, reindexPages } from './search-index';
import { splitHighlightsV1 } from './upgrade';
import { checkArticleRecord, checkHighlight, checkPage, type ValidArticle, type ValidPage } from './validate';

export interface SkippedRecord {
  table: string;
  index: number;
  reason: string;
}

export interface ImportReport {
  pagesAdded: number;
  pagesMerged: number;
  articlesAdded: number;
  articlesMerged: number;
  highlightsAdded: number;
  skipped: SkippedRecord[];
}

interface ParsedFile {
  version: number;
  tables: Map<string, unknown[]>;
}

const KNOWN_TABLES = new Set(['pages', 'articles', 'highlights', 'search']);

function parseFile(text: string): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportFormatError('The file is not JSON.');
  }
  const root = json as { formatName?: unknown; formatVersion?: unknown; data?: Record<string, unknown> };
  if (
    !root ||
    typeof root !== 'object' ||
    root.formatName !== 'dexie' ||
    root.formatVersion !== 1 ||
    !root.data
  ) {
    throw new ImportFormatError('The file is not a Bulletin Digest export.');
  }
  const version = root.data.databaseVersion;
  if (!Number.isInteger(version) || (version as number) < 1 || (version as number) > CURRENT_SCHEMA_VERSION) {
    throw new ImportFormatError(`Unsupported export version: ${String(version)}.`);
  }
  if (!Array.isArray(root.data.data)) throw new ImportFormatError('The export holds no tables.');
  const tables = new Map<string, unknown[]>();
  for (const table of root.data.data as unknown[]) {
    const t = table as { tableName?: unknown; rows?: unknown };
    if (!t || typeof t.tableName !== 'string' || !Array.isArray(t.rows))
      throw new ImportFormatError('A table of the export is malformed.');
    if (!KNOWN_TABLES.has(t.tableName))
      throw new ImportFormatError(`Unknown table in the export: ${t.tableName}.`);
    tables.set(t.tableName, [...(tables.get(t.tableName) ?? []), ...t.rows]);
  }
  if (!tables.has('pages')) throw new ImportFormatError('The export has no pages table.');
  return { version: version as number, tables };
}

/** Typeson type names dexie-export-import writes for values plain JSON already carries (or that mean "absent"). */
const ABSENT_TYPE = 'undef';
const PLAIN_TYPES = new Set(['arrayNonindexKeys']);

/**
 * dexie-export-import encodes rows with Typeson: `undefined` becomes 0 plus `$types: { path: 'undef' }`, and
 * arrays are flagged. Those are decoded; any other type (Date, Blob, …) is not something this library stores,
 * so the row is rejected. Returns undefined for a rejected row.
 */
export function decodeExportedRow(row: unknown): unknown {
  if (!row || typeof row !== 'object' || !('$types' in row)) return row;
  const { $types: types, ...rest } = row as { $types: unknown };
  if (!types || typeof types !== 'object') return undefined;
  const value = structuredClone(rest) as Record<string, unknown>;
  for (const [path, type] of Object.entries(types as Record<string, unknown>)) {
    if (PLAIN_TYPES.has(String(type))) continue;
    if (type !== ABSENT_TYPE) return undefined;
    const parts = path.split('.');
    let parent: unknown = value;
    for (const part of parts.slice(0, -1)) parent = (parent as Record<string, unknown> | undefined)?.[part];
    if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[parts.at(-1)!];
  }
  return value;
}

function validRows<T>(
  rows: unknown[],
  table: string,
  check: (row: unknown) => string | undefined,
  skipped: SkippedRecord[],
): { row: T; index: number }[] {
  const out: { row: T; index: number }[] = [];
  rows.forEach((raw, index) => {
    const row = decodeExportedRow(raw);
    const reason = row === undefined ? 'holds values JSON cannot carry' : check(row);
    if (reason) skipped.push({ table, index, reason });
    else out.push({ row: row as T, index });
  });
  return out;
}

/** Merges an export into the library. Throws ImportFormatError (nothing changed) if the file is unreadable. */
export async function importJson(db: BulletinDatabase, file: Blob | string): Promise<ImportReport> {
  const { tables } = parseFile(typeof file === 'string' ? file : await file.text());
  const skipped: SkippedRecord[] = [];
  const pages = validRows<ValidPage>(tables.get('pages') ?? [], 'pages', checkPage, skipped);
  const rawArticles = validRows<ValidArticle>(
    tables.get('articles') ?? [],
    'articles',
    checkArticleRecord,
    skipped,
  );
  const split = splitHighlightsV1(rawArticles.map((a) => a.row));
  const articleRowIndex = new Map(rawArticles.map((a) => [a.row.key, a.index]));
  // Highlights that were inline in version-1 article rows are reported under their article's row.
  const highlights = [
    ...split.highlights.map((row) => ({
      row,
      index: articleRowIndex.get(row.articleKey)!,
    })),
    ...validRows<HighlightRecord>(tables.get('highlights') ?? [], 'highlights', checkHighlight, skipped),
  ];

  // Duplicates inside the file: the first one wins, the rest are reported.
  const seenUrl = new Set<string>();
  const seenId = new Set<number>();
  const filePages: ValidPage[] = [];
  for (const { row: page, index } of pages) {
    if (seenUrl.has(page.urlKey) || seenId.has(page.id)) {
      skipped.push({ table: 'pages', index, reason: 'duplicate page in the file' });
      continue;
    }
    seenUrl.add(page.urlKey);
    seenId.add(page.id);
    filePages.push(page);
  }
  const articleByKey = new Map<string, ArticleRecord>();
  split.articles.forEach((a, i) => {
    const index = rawArticles[i].index;
    const pageIds = a.pageIds.filter((id) => seenId.has(id));
    if (articleByKey.has(a.key))
      skipped.push({ table: 'articles', index, reason: 'duplicate article in the file' });
    else if (!pageIds.length)
      skipped.push({ table: 'articles', index, reason: 'belongs to no page in the file' });
    else articleByKey.set(a.key, { ...a, pageIds });
  });

  return writeTransaction(db, libraryTables(db), async () => {
    const report: ImportReport = {
      pagesAdded: 0,
      pagesMerged: 0,
      articlesAdded: 0,
      articlesMerged: 0,
      highlightsAdded: 0,
      skipped,
    };
    const localByUrl = new Map<string, PageRecord>();
    for (const p of await db.pages
      .where('urlKey')
      .anyOf(filePages.map((fp) => fp.urlKey))
      .toArray())
      localByUrl.set(p.urlKey, p);
    const taken = new Set(
      (await db.pages.bulkGet(filePages.map((p) => p.id))).filter(Boolean).map((p) => p!.id!),
    );
    const idMap = new Map<number, number>();
    const toAdd: PageRecord[] = [];
    const toAddFileIds: number[] = [];
    const toPut: PageRecord[] = [];
    for (const page of filePages) {
      const fileKeys = [...page.articleKeys, ...(page.detachedArticleKeys ?? [])].filter((k) =>
        articleByKey.has(k),
      );
      const local = localByUrl.get(page.urlKey);
      if (local) {
        idMap.set(page.id, local.id!);
        const detached = fileKeys.filter((k) => !local.articleKeys.includes(k));
        toPut.push({
          ...local,
          note: mergeNote(local.note, page.note),
          tags: mergeTags(local.tags, page.tags),
          starred: local.starred || page.starred ? 1 : 0,
          detachedArticleKeys: [...new Set([...local.detachedArticleKeys, ...detached])],
        });
        report.pagesMerged++;
      } else {
        const record: PageRecord = {
          ...page,
          articleKeys: page.articleKeys.filter((k) => articleByKey.has(k)),
          detachedArticleKeys: (page.detachedArticleKeys ?? []).filter((k) => articleByKey.has(k)),
        };
        if (taken.has(page.id)) delete record.id;
        toAdd.push(record);
        toAddFileIds.push(page.id);
        report.pagesAdded++;
      }
    }
    if (toPut.length) await db.pages.bulkPut(toPut);
    if (toAdd.length) {
      const ids = (await db.pages.bulkAdd(toAdd, { allKeys: true })) as number[];
      toAddFileIds.forEach((fileId, i) => idMap.set(fileId, ids[i]));
    }

    const keys = [...articleByKey.keys()];
    const local = new Map<string, ArticleRecord>();
    (await db.articles.bulkGet(keys)).forEach((r) => r && local.set(r.key, r));
    const articleRows = keys.map((key) => {
      const incoming = articleByKey.get(key)!;
      const mapped = incoming.pageIds.map((id) => idMap.get(id)!);
      const mine = local.get(key);
      if (!mine) {
        report.articlesAdded++;
        return { ...incoming, pageIds: [...new Set(mapped)] };
      }
      report.articlesMerged++;
      return {
        ...mine,
        note: mergeNote(mine.note, incoming.note),
        pageIds: [...new Set([...mine.pageIds, ...mapped])],
      };
    });
    await db.articles.bulkPut(articleRows);

    const known = new Set<string>();
    for (const h of keys.length ? await db.highlights.where('articleKey').anyOf(keys).toArray() : [])
      known.add(highlightId(h));
    const freshHighlights: HighlightRecord[] = [];
    highlights.forEach(({ row: h, index }) => {
      if (!articleByKey.has(h.articleKey) && !local.has(h.articleKey)) {
        skipped.push({ table: 'highlights', index, reason: 'its article is not in the file' });
      } else if (!known.has(highlightId(h))) {
        known.add(highlightId(h));
        freshHighlights.push(h);
      }
    });
    const takenHighlights = new Set(
      (await db.highlights.bulkGet(freshHighlights.flatMap((h) => (h.id === undefined ? [] : [h.id]))))
        .filter(Boolean)
        .map((h) => h!.id!),
    );
    const highlightRows = freshHighlights.map((h) => {
      if (h.id === undefined || !takenHighlights.has(h.id)) return h;
      const { id: _taken, ...rest } = h;
      return rest;
    });
    if (highlightRows.length) await db.highlights.bulkAdd(highlightRows);
    report.highlightsAdded = highlightRows.length;

    // Search rows of pages whose stories are all new are built from the rows in hand (no read back of the
    // articles just written); the rest (merged pages, pages sharing a merged story) are reindexed from the table.
    const merged = new Set(local.keys());
    const rowByKey = new Map(articleRows.map((r) => [r.key, r]));
    const highlightsByKey = new Map<string, HighlightRecord[]>();
    for (const h of highlightRows) {
      const list = highlightsByKey.get(h.articleKey);
      if (list) list.push(h as HighlightRecord);
      else highlightsByKey.set(h.articleKey, [h as HighlightRecord]);
    }
    const builtHere = new Set<number>();
    const docs: SearchDocRecord[] = [];
    toAdd.forEach((page, i) => {
      const pageId = idMap.get(toAddFileIds[i])!;
      const own = pageArticleKeys(page);
      if (own.some((key) => merged.has(key))) return;
      const records = own.map((key) => rowByKey.get(key)).filter((r): r is ArticleRecord => !!r);
      docs.push(
        buildSearchDoc(
          { ...page, id: pageId },
          records,
          own.flatMap((key) => highlightsByKey.get(key) ?? []),
          db.searchScope,
        ),
      );
      builtHere.add(pageId);
    });
    if (docs.length) await db.search.bulkPut(docs);
    const rest = new Set([...idMap.values(), ...articleRows.flatMap((r) => r.pageIds)]);
    for (const id of builtHere) rest.delete(id);
    await reindexPages(db, rest, 'indexed');
    return report;
  });
}
