// Saving a bulletin with the reader's layer: idempotent per canonical URL, one transaction, merge-only.
import { Dexie } from 'dexie';
import type { Article, Bulletin } from '../model';
import { libraryTables, writeLibrary, type BulletinDatabase } from './database';
import { writeTransaction } from './errors';
import {
  articleDedupeKey,
  canonicalUrlKey,
  dayOf,
  normaliseForIdentity,
  normaliseTags,
  siteOf,
} from './keys';
import { highlightId, mergeNote, mergeTags } from './merge';
import type { ArticleRecord, HighlightRecord, PageRecord } from './schema';
import { byStoryThenId, highlightsOf } from './highlights-of';
import { analyseSearchFields, buildSearchDoc, type FieldCache } from './search-doc';
import { pageArticleKeys, reindexPages, storedRow, type RowMode } from './search-index';

export interface HighlightInput {
  /** Article.id as extracted (the UI's handle); mapped to the stored story. */
  articleId: string;
  paragraph: number;
  offset: number;
  text: string;
  note?: string;
}

export interface ReaderLayer {
  note?: string;
  tags?: string[];
  starred?: boolean;
  /** Keyed by Article.id. */
  articleNotes?: Record<string, string>;
  highlights?: HighlightInput[];
}

export interface SaveResult {
  pageId: number;
  created: boolean;
  /** Dedupe keys of the page's articles, in order (Article.id → key by index). */
  articleKeys: string[];
  /** Other saved pages that carry at least one of this page's stories. */
  linkedPageIds: number[];
}

type ExtractedPart = Omit<
  PageRecord,
  | 'id'
  | 'note'
  | 'tags'
  | 'starred'
  | 'savedAt'
  | 'updatedAt'
  | 'articleKeys'
  | 'detachedArticleKeys'
  | 'editionDate'
>;

function extractedPart(bulletin: Bulletin): ExtractedPart {
  const canonicalUrl = bulletin.canonicalUrl || bulletin.url;
  return {
    urlKey: canonicalUrlKey(canonicalUrl),
    url: bulletin.url,
    canonicalUrl,
    title: bulletin.title,
    site: siteOf(canonicalUrl) || siteOf(bulletin.url),
    siteName: bulletin.siteName,
    lang: bulletin.lang,
    publishedAt: bulletin.publishedAt,
    detection: bulletin.detection,
    contentHash: bulletin.contentHash,
    truncated: bulletin.truncated,
  };
}

/** Headline or extractor id equal: the article a detached note should follow after a resave. */
function successorOf(
  old: Article,
  candidates: readonly { article: Article; key: string }[],
): string | undefined {
  const headline = normaliseForIdentity(old.headline);
  return candidates.find(
    (c) => c.article.id === old.id || (headline && normaliseForIdentity(c.article.headline) === headline),
  )?.key;
}

function assertBulletin(bulletin: Bulletin): void {
  if (!bulletin || typeof bulletin.url !== 'string' || !bulletin.url || !Array.isArray(bulletin.articles)) {
    throw new TypeError('save: a Bulletin with a url and an articles array is required');
  }
}

/**
 * Saves (or resaves) a page. A resave replaces the extracted part and keeps every note, highlight and tag;
 * the reader layer given is merged in (notes joined, tags united, star kept). Stories already saved from
 * another page are linked, not copied. Throws StorageFullError when the quota runs out (nothing written).
 * Resolves once the page, its stories and its search row are committed (found by search at once); the row's
 * index terms are written by a following transaction (see indexing.ts).
 */
export async function save(
  db: BulletinDatabase,
  bulletin: Bulletin,
  layer: ReaderLayer = {},
): Promise<SaveResult> {
  assertBulletin(bulletin);
  return writeLibrary(db, () => writePage(db, bulletin, layer, 'pending'));
}

/** The body of a save, inside the caller's write transaction over libraryTables. */
async function writePage(
  db: BulletinDatabase,
  bulletin: Bulletin,
  layer: ReaderLayer,
  rows: RowMode,
): Promise<SaveResult> {
  const extracted = extractedPart(bulletin);
  const incoming: { article: Article; key: string }[] = [];
  const keyOfArticleId = new Map<string, string>();
  for (const article of bulletin.articles) {
    const key = articleDedupeKey(article);
    keyOfArticleId.set(article.id, key);
    if (!incoming.some((c) => c.key === key)) incoming.push({ article, key });
  }
  const keys = incoming.map((c) => c.key);
  const tags = normaliseTags(layer.tags);

  {
    const now = Date.now();
    const fresh: PageRecord = {
      ...extracted,
      editionDate: dayOf(extracted.publishedAt) ?? new Date(now).toISOString().slice(0, 10),
      note: layer.note ?? '',
      tags,
      starred: layer.starred ? 1 : 0,
      savedAt: now,
      updatedAt: now,
      articleKeys: keys,
      detachedArticleKeys: [],
    };
    // The page and the incoming stories are read in one round trip; a resave's former stories after it. The
    // page is added as new in that same round trip, since every other row needs its id: on a resave the unique
    // URL index refuses it (nothing is written) and the page read there is updated instead.
    const reads = Promise.all([
      db.pages.where('urlKey').equals(extracted.urlKey).first(),
      db.articles.bulkGet(keys),
      highlightsOf(db, keys),
      db.pages.add(fresh).catch((error: unknown) => {
        if ((error as { name?: unknown }).name === 'ConstraintError') return undefined;
        throw error;
      }),
    ]);
    // The search fields of what was given are analysed while those reads are in flight.
    const fields: FieldCache = new Map();
    analyseSearchFields(bulletin.title, bulletin.articles, db.searchScope, fields);
    const [existing, storedIncoming, incomingHighlights, addedId] = await reads;
    if (!existing === (addedId === undefined)) throw new Error('save: the page was neither found nor added');
    const page: PageRecord = existing
      ? {
          ...existing,
          ...extracted,
          editionDate: dayOf(extracted.publishedAt) ?? existing.editionDate,
          note: mergeNote(existing.note, layer.note),
          tags: mergeTags(existing.tags, tags),
          starred: existing.starred || layer.starred ? 1 : 0,
          updatedAt: now,
        }
      : fresh;
    const pageId = existing?.id ?? (addedId as number);
    const touchedPages = new Set<number>([pageId]);

    const oldKeys = existing ? pageArticleKeys(existing) : [];
    const incomingKeys = new Set(keys);
    const formerKeys = [...new Set(oldKeys.filter((key) => !incomingKeys.has(key)))];
    const [storedFormer, formerHighlights] = formerKeys.length
      ? await Promise.all([db.articles.bulkGet(formerKeys), highlightsOf(db, formerKeys)])
      : [[], []];
    const records = new Map<string, ArticleRecord>();
    for (const r of [...storedIncoming, ...storedFormer]) if (r) records.set(r.key, r);
    const knownHighlights = [...incomingHighlights, ...formerHighlights].toSorted(byStoryThenId);

    const changed = new Map<string, ArticleRecord>();
    const linked = new Set<number>();
    for (const { article, key } of incoming) {
      const record = records.get(key) ?? { key, article, note: '', pageIds: [], updatedAt: now };
      record.article = article;
      record.updatedAt = now;
      if (!record.pageIds.includes(pageId)) record.pageIds = [...record.pageIds, pageId];
      for (const other of record.pageIds) if (other !== pageId) linked.add(other);
      records.set(key, record);
      changed.set(key, record);
    }

    // Stories that left the page: unlink them, but never drop the reader's notes or highlights on them.
    const current = new Set(keys);
    const detached: string[] = [];
    const deleted: string[] = [];
    const movedHighlights: HighlightRecord[] = [];
    for (const oldKey of oldKeys) {
      const record = records.get(oldKey);
      if (current.has(oldKey) || !record) continue;
      const highlights = knownHighlights.filter((h) => h.articleKey === oldKey);
      const shared = record.pageIds.some((id) => id !== pageId);
      const hasReaderData = record.note.trim() !== '' || highlights.length > 0;
      const successor = hasReaderData && !shared ? successorOf(record.article, incoming) : undefined;
      if (successor) {
        const target = changed.get(successor)!;
        target.note = mergeNote(target.note, record.note);
        for (const h of highlights) movedHighlights.push({ ...h, articleKey: successor });
      } else if (hasReaderData && !shared) {
        detached.push(oldKey);
        continue;
      }
      record.pageIds = record.pageIds.filter((id) => id !== pageId);
      if (record.pageIds.length) changed.set(oldKey, record);
      else {
        changed.delete(oldKey);
        deleted.push(oldKey);
      }
    }
    page.articleKeys = keys;
    page.detachedArticleKeys = detached;

    for (const [articleId, note] of Object.entries(layer.articleNotes ?? {})) {
      const record = changed.get(keyOfArticleId.get(articleId) ?? '');
      if (record) record.note = mergeNote(record.note, note);
    }

    const known = new Set(knownHighlights.map((h) => highlightId(h)));
    const newHighlights: HighlightRecord[] = [];
    for (const input of layer.highlights ?? []) {
      const articleKey = keyOfArticleId.get(input.articleId);
      if (!articleKey) continue;
      const h: HighlightRecord = { ...input, articleKey, createdAt: now };
      delete (h as Partial<HighlightInput>).articleId;
      if (known.has(highlightId(h))) continue;
      known.add(highlightId(h));
      newHighlights.push(h);
    }

    // The page's own search row is built from the records in hand; pages sharing a story are reindexed.
    const ownKeys = new Set(pageArticleKeys(page));
    const movedIds = new Set(movedHighlights.map((h) => h.id));
    const ownHighlights = [
      ...knownHighlights.filter((h) => ownKeys.has(h.articleKey) && !movedIds.has(h.id)),
      ...movedHighlights,
      ...newHighlights,
    ].filter((h) => ownKeys.has(h.articleKey));
    const ownArticles = pageArticleKeys(page)
      .map((key) => changed.get(key) ?? records.get(key))
      .filter((r): r is ArticleRecord => !!r);
    const searchDoc = buildSearchDoc(
      { ...page, id: pageId },
      ownArticles,
      ownHighlights,
      db.searchScope,
      fields,
    );
    const writes: Promise<unknown>[] = [
      db.articles.bulkPut([...changed.values()]),
      db.search.put(storedRow(searchDoc, rows)),
    ];
    if (existing) writes.push(db.pages.put({ ...page, id: pageId }));
    if (deleted.length) writes.push(db.articles.bulkDelete(deleted));
    if (movedHighlights.length) writes.push(db.highlights.bulkPut(movedHighlights));
    if (newHighlights.length) writes.push(db.highlights.bulkAdd(newHighlights));
    await Promise.all(writes);
    for (const record of changed.values()) for (const id of record.pageIds) touchedPages.add(id);
    touchedPages.delete(pageId);
    await reindexPages(db, touchedPages, rows);
    return { pageId, created: !existing, articleKeys: keys, linkedPageIds: [...linked] };
  }
}

/**
 * Saves many pages in one transaction: the same per-page logic as `save`, one commit instead of one each (a
 * commit costs several milliseconds in Chromium). All or nothing: a quota error keeps none of them. The search
 * rows are indexed in that same transaction: for a batch, a second pass would add work and save nothing.
 */
export async function saveMany(
  db: BulletinDatabase,
  items: readonly { bulletin: Bulletin; layer?: ReaderLayer }[],
): Promise<SaveResult[]> {
  for (const { bulletin } of items) assertBulletin(bulletin);
  return writeTransaction(db, libraryTables(db), async () => {
    const results: SaveResult[] = [];
    // Chained through Dexie's promise so every step stays in the transaction's zone.
    let chain = Dexie.Promise.resolve();
    for (const { bulletin, layer } of items)
      chain = chain
        .then(() => writePage(db, bulletin, layer ?? {}, 'indexed'))
        .then((r) => void results.push(r));
    await chain;
    return results;
  });
}
