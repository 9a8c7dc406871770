// Library search: word-index candidates, filters as index key sets, relevance or date order, pagination.
import { Dexie } from 'dexie';
import type { Article } from '../model';
import {
  DATE_ROWS_LIMIT,
  DEFAULT_PAGE_SIZE,
  FULL_TEXT_SCAN_LIMIT,
  HEADLINE_WEIGHT,
  MAX_PAGE_SIZE,
  SNIPPET_CONTEXT,
  VERIFY_ALL_LIMIT,
  VERIFY_CHUNK,
} from './constants';
import type { BulletinDatabase } from './database';
import { readPendingRows, rowTerms } from './indexing';
import { flatParagraphs } from './keys';
import { summarisePage, type PageSummary, type StoredPage } from './reader';
import type { ArticleRecord, PageRecord, SearchDocRecord } from './schema';
import { headTerm, normaliseForSearch, queryTokens, type QueryToken } from './search-terms';

export interface SearchQuery {
  /** Words and Chinese substrings, all of which must match (two or more Chinese characters; English by prefix). */
  text?: string;
  site?: string | string[];
  /** The page must carry every one of these tags. */
  tags?: string[];
  /** Edition date range, inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  starred?: boolean;
  /** Default: relevance when there is text, date otherwise. */
  sort?: 'relevance' | 'date';
}

export interface SearchPaging {
  offset?: number;
  limit?: number;
}

export interface SearchHit extends PageSummary {
  score: number;
  /** Stories of the page whose text matches, in page order. */
  matches: { articleKey: string; headline: string }[];
  /** Text around the first match (or the lead when there is no text query). */
  snippet: string;
}

export interface SearchResult {
  total: number;
  /** Set when `total` counts candidates not yet checked against their text (see `search`). */
  totalIsEstimate?: boolean;
  items: SearchHit[];
}

type IdSet = Set<number>;

/** Intersects key lists smallest first, so each step probes the fewest ids. */
function intersectAll(lists: Iterable<number>[]): IdSet {
  const sets = lists
    .map((l) => (l instanceof Set ? (l as IdSet) : new Set(l)))
    .toSorted((a, b) => a.size - b.size);
  if (!sets.length) return new Set();
  let out = sets[0];
  for (const next of sets.slice(1)) {
    if (!out.size) break;
    const kept: IdSet = new Set();
    for (const id of out) if (next.has(id)) kept.add(id);
    out = kept;
  }
  return out;
}

/** One key-only index read (IDBIndex.getAllKeys): page ids holding the term, never the rows. */
async function termIds(db: BulletinDatabase, term: string): Promise<number[]> {
  return (await db.search.where('terms').equals(term).primaryKeys()) as number[];
}

async function prefixIds(db: BulletinDatabase, prefix: string): Promise<number[]> {
  return (await db.search.where('terms').startsWith(prefix).primaryKeys()) as number[];
}

/** Dexie's `startsWith` reads the key range [prefix, prefix + U+FFFF]; pending rows are matched on the same range. */
const PREFIX_RANGE_END = '\uffff';

/** A search row written but not yet indexed (see indexing.ts): its terms, for matching in memory. */
interface PendingPage {
  pageId: number;
  terms: Set<string>;
}

async function pendingPages(db: BulletinDatabase): Promise<PendingPage[]> {
  return (await readPendingRows(db)).map((row) => ({ pageId: row.pageId, terms: new Set(rowTerms(row)) }));
}

/** The pending pages an index read of `term` (exact, or as a prefix) would return if they were indexed. */
function pendingIds(pending: readonly PendingPage[], term: string, prefix: boolean): number[] {
  if (!pending.length) return [];
  if (!prefix) return pending.filter((p) => p.terms.has(term)).map((p) => p.pageId);
  const end = term + PREFIX_RANGE_END;
  const ids: number[] = [];
  for (const page of pending) {
    for (const t of page.terms) {
      if (t >= term && t <= end) {
        ids.push(page.pageId);
        break;
      }
    }
  }
  return ids;
}

interface TokenPages {
  /** Pages whose index holds every term of the token (or a term starting with its prefix), plain or marked. */
  any: IdSet;
  /** Those whose titles and headlines do: the marked terms alone. */
  head: IdSet;
}

/**
 * The pages of a token, from key reads only, issued together (IndexedDB queues them in one transaction without
 * a round trip each). A title or headline term is stored only marked, so each term's plain and marked key lists
 * are read and united. Each key list is completed with the pending rows that hold the key: a row is either
 * indexed or pending in the one snapshot the search reads, so it is counted once.
 */
async function tokenPages(
  db: BulletinDatabase,
  token: QueryToken,
  pendingRows: Promise<PendingPage[]>,
): Promise<TokenPages> {
  const prefix = token.prefix !== undefined;
  const read = (t: string) => (prefix ? prefixIds(db, t) : termIds(db, t));
  const terms = prefix ? [token.prefix!] : token.terms;
  const [lists, pending] = await Promise.all([
    Promise.all(terms.map((t) => Promise.all([read(t), read(headTerm(t))]))),
    pendingRows,
  ]);
  const withPending = (list: number[], term: string) => [...list, ...pendingIds(pending, term, prefix)];
  const complete = lists.map(([plain, marked], i) => [
    withPending(plain, terms[i]),
    withPending(marked, headTerm(terms[i])),
  ]);
  return {
    any: intersectAll(complete.map(([plain, marked]) => new Set([...plain, ...marked]))),
    head: intersectAll(complete.map(([, marked]) => marked)),
  };
}

interface Filter {
  ids: IdSet;
  /** How many pages the filters admit: `ids.size`, or Infinity when only known to exceed FULL_TEXT_SCAN_LIMIT. */
  size: number;
  /** Ids in ascending (editionDate, id) order when a date range was read: date order for free. */
  dateOrder?: number[];
  /** Edition dates of `ids` when they were taken from the page rows. */
  dates?: Map<number, string>;
  /** A date range alone, holding more than FULL_TEXT_SCAN_LIMIT pages, not read yet (see `settleDates`). */
  dateRange?: [string, string];
}

const keysOf = async (collection: { primaryKeys(): Promise<unknown> }) =>
  (await collection.primaryKeys()) as number[];

/**
 * The pages every filter admits, from key-only reads issued together (one round trip). `starred: false` is read
 * as "not among the starred pages": every page is indexed as 0 or 1 and starred ones are the few, so this
 * reads a short list instead of nearly the whole index.
 */
async function filterIds(
  db: BulletinDatabase,
  query: SearchQuery,
  withText: boolean,
): Promise<Filter | undefined> {
  const sites = query.site === undefined ? [] : Array.isArray(query.site) ? query.site : [query.site];
  const tags = query.tags ?? [];
  const hasDates = !!(query.from || query.to);
  const positive = sites.length + tags.length + (hasDates || query.starred === true ? 1 : 0);
  if (!positive && query.starred === undefined) return undefined;
  const dateRange: [string, string] = [query.from || '', query.to || '\uffff'];
  const dates = db.pages.where('editionDate').between(dateRange[0], dateRange[1], true, true);
  // A date range that is the only filter of a text query is first read only far enough to tell whether it is
  // small enough for a full-text scan: a year of a large library is thousands of keys the text may not need.
  const probeDates = withText && hasDates && positive === 1 && query.starred === undefined;
  const [siteLists, tagLists, dateOrder, starredIds, everyPage] = await Promise.all([
    Promise.all(sites.map((site) => keysOf(db.pages.where('site').equals(site)))),
    Promise.all(tags.map((tag) => keysOf(db.pages.where('tags').equals(tag)))),
    hasDates ? keysOf(probeDates ? dates.limit(FULL_TEXT_SCAN_LIMIT + 1) : dates) : undefined,
    query.starred === undefined ? undefined : keysOf(db.pages.where('starred').equals(1)),
    positive ? undefined : keysOf(db.pages.toCollection()),
  ]);
  if (probeDates && dateOrder!.length > FULL_TEXT_SCAN_LIMIT)
    return { ids: new Set(), size: Infinity, dateRange };
  const lists: Iterable<number>[] = [];
  if (sites.length) lists.push(siteLists.flat());
  lists.push(...tagLists);
  if (dateOrder) lists.push(dateOrder);
  if (query.starred === true) lists.push(starredIds!);
  if (everyPage) lists.push(everyPage);
  const ids = intersectAll(lists);
  if (query.starred === false) for (const id of starredIds!) ids.delete(id);
  return { ids, size: ids.size, dateOrder };
}

/**
 * Resolves a date range left unread by `filterIds`: when the text matches at most DATE_ROWS_LIMIT pages, their
 * rows say which are in range (and give their dates for date order); otherwise the range's keys are read.
 */
async function settleDates(db: BulletinDatabase, filter: Filter, textIds: IdSet): Promise<Filter> {
  const [from, to] = filter.dateRange!;
  if (textIds.size > DATE_ROWS_LIMIT) {
    const dateOrder = await keysOf(db.pages.where('editionDate').between(from, to, true, true));
    return { ids: new Set(dateOrder), size: Infinity, dateOrder };
  }
  const list = [...textIds];
  const pages = await db.pages.bulkGet(list);
  const dates = new Map<number, string>();
  pages.forEach((page, i) => {
    if (page && page.editionDate >= from && page.editionDate <= to) dates.set(list[i], page.editionDate);
  });
  return { ids: new Set(dates.keys()), size: Infinity, dates };
}

/** `ids` newest edition first (then the most recently saved), from key-only reads. */
async function inDateOrder(
  db: BulletinDatabase,
  ids: IdSet,
  known?: number[],
  dates?: Map<number, string>,
): Promise<number[]> {
  // A few hundred rows are cheaper to fetch than the whole date index; beyond that, one key-only index read.
  if (!known && (dates || ids.size <= DATE_ROWS_LIMIT)) {
    const list = [...ids];
    const pages = dates ? [] : await db.pages.bulkGet(list);
    return list
      .map((id, i) => ({ id, date: dates?.get(id) ?? pages[i]?.editionDate ?? '' }))
      .toSorted((a, b) => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1))
      .map((p) => p.id);
  }
  const ascending = known ?? ((await db.pages.orderBy('editionDate').primaryKeys()) as number[]);
  const out: number[] = [];
  for (let i = ascending.length - 1; i >= 0; i--) if (ids.has(ascending[i])) out.push(ascending[i]);
  return out;
}

function articleText(record: ArticleRecord): string {
  const a = record.article;
  return normaliseForSearch(
    [
      a.headline,
      a.subheadline ?? '',
      a.dateline ?? '',
      ...a.authors,
      ...flatParagraphs(a),
      ...a.figures.map((f) => f.caption),
      record.note,
    ].join('\n'),
  );
}

function snippetOf(article: Article, needles: readonly string[]): string | undefined {
  for (const paragraph of flatParagraphs(article)) {
    const normal = normaliseForSearch(paragraph);
    for (const needle of needles) {
      const at = normal.indexOf(needle);
      if (at < 0) continue;
      const source = normal.length === paragraph.length ? paragraph : normal;
      const start = Math.max(0, at - SNIPPET_CONTEXT);
      const end = Math.min(source.length, at + needle.length + SNIPPET_CONTEXT);
      return `${start > 0 ? '…' : ''}${source.slice(start, end)}${end < source.length ? '…' : ''}`;
    }
  }
  return undefined;
}

function leadSnippet(record: ArticleRecord | undefined): string {
  if (!record) return '';
  const text = record.article.summary.sentences[0]?.text ?? flatParagraphs(record.article)[0] ?? '';
  return text.length > SNIPPET_CONTEXT * 3 ? `${text.slice(0, SNIPPET_CONTEXT * 3)}…` : text;
}

/** Pages among `ids` (outside `already`) whose full article text holds every token. */
async function scanFullText(
  db: BulletinDatabase,
  ids: IdSet,
  already: IdSet,
  needles: string[],
): Promise<IdSet> {
  const rest = [...ids].filter((id) => !already.has(id));
  const found: IdSet = new Set();
  if (!rest.length) return found;
  const [pages, docs] = await Promise.all([db.pages.bulkGet(rest), db.search.bulkGet(rest)]);
  const keys = [...new Set(pages.flatMap((p) => (p ? [...p.articleKeys, ...p.detachedArticleKeys] : [])))];
  const texts = new Map<string, string>();
  (await db.articles.bulkGet(keys)).forEach((r) => r && texts.set(r.key, articleText(r)));
  pages.forEach((page, i) => {
    if (!page) return;
    const text = [
      docs[i]?.head ?? '',
      docs[i]?.body ?? '',
      ...page.articleKeys.map((k) => texts.get(k) ?? ''),
    ].join('\n');
    if (needles.every((n) => text.includes(n))) found.add(rest[i]);
  });
  return found;
}

/** Whether a page's indexed text holds every needle (the check bigram intersection alone cannot make). */
function holdsAll(doc: SearchDocRecord | undefined, needles: readonly string[]): boolean {
  return !!doc && needles.every((n) => doc.head.includes(n) || doc.body.includes(n));
}

/**
 * Searches the library. Text tokens all must match; the filters combine with AND; results are paginated.
 * Text is matched against titles, headlines, summaries, facts, captions, notes, highlights and tags through the
 * word index, and against full article text when the filters leave at most FULL_TEXT_SCAN_LIMIT pages.
 *
 * Cost: one key-only index read per query term and filter, in-memory intersection smallest first, then rows
 * only for the page shown. A Chinese token of three or more characters is a bigram intersection, a superset,
 * so its candidates are checked against their text: all of them when there are at most VERIFY_ALL_LIMIT (exact
 * total and headline scores), else in result order only as far as the page shown, and `total` then counts the
 * unchecked rest as matches (`totalIsEstimate`). Rows saved but not indexed yet (a few, for the moments after
 * saves) are read through their `pending` index in the same round trip and matched in memory like the index.
 */
export async function search(
  db: BulletinDatabase,
  query: SearchQuery,
  paging: SearchPaging = {},
): Promise<SearchResult> {
  const offset = Math.max(0, Math.floor(paging.offset ?? 0));
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(paging.limit ?? DEFAULT_PAGE_SIZE)));
  const tokens = query.text ? queryTokens(query.text) : [];
  const sort = query.sort ?? (tokens.length ? 'relevance' : 'date');

  // One read-only transaction (one snapshot) whose answer is returned as soon as it is built: waiting for the
  // transaction's completion event would add a round trip and can change nothing a read has returned.
  return new Promise<SearchResult>((resolve, reject) => {
    db.transaction('r', [db.pages, db.articles, db.search], async () => {
      const result = await readResults(db, query, tokens, sort, offset, limit);
      // Handed over outside the transaction's zone, so the caller's next write is not taken for a part of it.
      Dexie.ignoreTransaction(() => resolve(result));
    }).catch(reject);
  });
}

async function readResults(
  db: BulletinDatabase,
  query: SearchQuery,
  tokens: QueryToken[],
  sort: 'relevance' | 'date',
  offset: number,
  limit: number,
): Promise<SearchResult> {
  // Every key list the query needs is read up front in one round trip: the filters, the tokens' terms (whose
  // marked lists also give the headline signal for relevance) and the rows not indexed yet.
  const pending = tokens.length ? pendingPages(db) : Promise.resolve([]);
  const [firstFilter, tokenLists] = await Promise.all([
    filterIds(db, query, tokens.length > 0),
    Promise.all(tokens.map((token) => tokenPages(db, token, pending))),
  ]);
  const tokenSets = tokenLists.map((t) => t.any);
  const needles = tokens.map((t) => t.text);
  let pageIds: number[];
  let total: number;
  let totalIsEstimate = false;
  const scores = new Map<number, number>();

  const filter = firstFilter?.dateRange
    ? await settleDates(db, firstFilter, intersectAll(tokenSets))
    : firstFilter;
  if (!tokens.length) {
    if (!filter) {
      // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse(), not Array's
      const newestFirst = db.pages.orderBy('editionDate').reverse();
      [total, pageIds] = await Promise.all([
        db.pages.count(),
        newestFirst.offset(offset).limit(limit).primaryKeys() as Promise<number[]>,
      ]);
    } else {
      const ordered = await inDateOrder(db, filter.ids, filter.dateOrder);
      total = ordered.length;
      pageIds = ordered.slice(offset, offset + limit);
    }
  } else {
    const candidates = intersectAll(filter ? [filter.ids, ...tokenSets] : tokenSets);
    const mustCheck = tokens.some((t) => !t.exact);
    // Headline signal: the rows when they are read anyway (below), else the marked head terms' key lists.
    const headSets = tokenLists.map((t) => t.head);
    const docs = new Map<number, SearchDocRecord>();
    const loadDocs = async (ids: number[]) => {
      const rows = await db.search.bulkGet(ids);
      rows.forEach((d, i) => d && docs.set(ids[i], d));
    };
    const checkedAll = mustCheck && candidates.size <= VERIFY_ALL_LIMIT;
    if (checkedAll && candidates.size) {
      await loadDocs([...candidates]);
      for (const id of candidates) if (!holdsAll(docs.get(id), needles)) candidates.delete(id);
    }
    const fullTextOnly =
      filter && filter.size <= FULL_TEXT_SCAN_LIMIT
        ? await scanFullText(db, filter.ids, candidates, needles)
        : new Set<number>();
    if (sort === 'relevance') {
      for (const id of candidates) scores.set(id, tokens.length);
      tokens.forEach((token, t) => {
        const inHead = checkedAll
          ? [...candidates].filter((id) => docs.get(id)!.head.includes(token.text))
          : headSets[t];
        for (const id of inHead) if (scores.has(id)) scores.set(id, scores.get(id)! + HEADLINE_WEIGHT);
      });
      for (const id of fullTextOnly) scores.set(id, 0);
    }
    const all = new Set([...candidates, ...fullTextOnly]);
    // Relevance ties go to the most recently saved page (highest id).
    const ordered =
      sort === 'date'
        ? await inDateOrder(db, all, filter?.dateOrder, filter?.dates)
        : [...all].toSorted((a, b) => scores.get(b)! - scores.get(a)! || b - a);
    if (!mustCheck || checkedAll) {
      total = ordered.length;
      pageIds = ordered.slice(offset, offset + limit);
    } else {
      // Check candidates in result order, a chunk at a time, until the page shown is full.
      const kept: number[] = [];
      let next = 0;
      while (kept.length < offset + limit && next < ordered.length) {
        const chunk = ordered.slice(next, next + Math.max(limit * 2, VERIFY_CHUNK));
        next += chunk.length;
        await loadDocs(chunk.filter((id) => !fullTextOnly.has(id)));
        for (const id of chunk) if (fullTextOnly.has(id) || holdsAll(docs.get(id), needles)) kept.push(id);
      }
      total = kept.length + (ordered.length - next);
      totalIsEstimate = next < ordered.length;
      pageIds = kept.slice(offset, offset + limit);
    }
  }

  const { pages, articles } = await resultRows(db, pageIds, needles.length > 0);
  const items: SearchHit[] = [];
  pages.forEach((page, i) => {
    if (!page) return;
    const records = page.articleKeys.map((k) => articles.get(k)).filter((r): r is ArticleRecord => !!r);
    const matching = needles.length
      ? records.filter((r) => {
          const text = articleText(r);
          return needles.some((n) => text.includes(n));
        })
      : [];
    let snippet: string | undefined;
    for (const r of matching) if ((snippet = snippetOf(r.article, needles))) break;
    items.push({
      ...summarisePage({ ...page, id: pageIds[i] } as StoredPage),
      score: scores.get(pageIds[i]) ?? 0,
      matches: matching.map((r) => ({ articleKey: r.key, headline: r.article.headline })),
      snippet: snippet ?? leadSnippet(matching[0] ?? records[0]),
    });
  });
  return totalIsEstimate ? { total, totalIsEstimate, items } : { total, items };
}

/**
 * The page rows of a page of results and the stories they show. With a text query every story is needed (to
 * find the matching ones), so they are read through the articles' page index in the same round trip as the
 * pages; a story a page lists but the index does not link (never expected) is then read by key. Without a text
 * query only each page's first story is needed (for the lead snippet): the pages come first.
 */
async function resultRows(
  db: BulletinDatabase,
  pageIds: number[],
  allStories: boolean,
): Promise<{ pages: (PageRecord | undefined)[]; articles: Map<string, ArticleRecord> }> {
  const articles = new Map<string, ArticleRecord>();
  const [pages, linked] = await Promise.all([
    db.pages.bulkGet(pageIds) as Promise<(PageRecord | undefined)[]>,
    allStories ? Promise.all(pageIds.map((id) => db.articles.where('pageIds').equals(id).toArray())) : [],
  ]);
  for (const list of linked) for (const r of list) articles.set(r.key, r);
  const wanted = pages.flatMap((p) => (p ? (allStories ? p.articleKeys : p.articleKeys.slice(0, 1)) : []));
  const missing = [...new Set(wanted.filter((key) => !articles.has(key)))];
  if (missing.length) (await db.articles.bulkGet(missing)).forEach((r) => r && articles.set(r.key, r));
  return { pages, articles };
}
