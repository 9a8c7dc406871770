// The library search as it was before the current one (filters read one after another, terms and headline terms
// in separate round trips, the answer given only once the read transaction completed, "not starred" read as the
// whole starred=0 list, a date range always read whole), kept so the benchmark times both on one library, one run.
import type { Article } from '../../lib/model';
import {
  DATE_ROWS_LIMIT,
  DEFAULT_PAGE_SIZE,
  FULL_TEXT_SCAN_LIMIT,
  HEADLINE_WEIGHT,
  MAX_PAGE_SIZE,
  SNIPPET_CONTEXT,
  VERIFY_ALL_LIMIT,
  VERIFY_CHUNK,
} from '../../lib/store/constants';
import type { BulletinDatabase } from '../../lib/store/database';
import { flatParagraphs } from '../../lib/store/keys';
import { summarisePage, type PageSummary, type StoredPage } from '../../lib/store/reader';
import type { ArticleRecord, PageRecord, SearchDocRecord } from '../../lib/store/schema';
import { headTerm, normaliseForSearch, queryTokens, type QueryToken } from '../../lib/store/search-terms';

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

/** Pages whose index holds every term of the token (or a term starting with its prefix): key reads only. */
async function tokenIds(
  db: BulletinDatabase,
  token: QueryToken,
  mark: (t: string) => string,
): Promise<IdSet> {
  if (token.prefix !== undefined) return new Set(await prefixIds(db, mark(token.prefix)));
  // Issued together: IndexedDB queues them in one transaction without a round trip each.
  return intersectAll(await Promise.all(token.terms.map((term) => termIds(db, mark(term)))));
}

interface Filter {
  ids: IdSet;
  /** Ids in ascending (editionDate, id) order when a date range was read: date order for free. */
  dateOrder?: number[];
}

async function filterIds(db: BulletinDatabase, query: SearchQuery): Promise<Filter | undefined> {
  const lists: Iterable<number>[] = [];
  const sites = query.site === undefined ? [] : Array.isArray(query.site) ? query.site : [query.site];
  if (sites.length) lists.push((await db.pages.where('site').anyOf(sites).primaryKeys()) as number[]);
  for (const tag of query.tags ?? [])
    lists.push((await db.pages.where('tags').equals(tag).primaryKeys()) as number[]);
  let dateOrder: number[] | undefined;
  if (query.from || query.to) {
    const range = db.pages.where('editionDate').between(query.from || '', query.to || '\uffff', true, true);
    dateOrder = (await range.primaryKeys()) as number[];
    lists.push(dateOrder);
  }
  if (query.starred !== undefined) {
    lists.push(
      (await db.pages
        .where('starred')
        .equals(query.starred ? 1 : 0)
        .primaryKeys()) as number[],
    );
  }
  return lists.length ? { ids: intersectAll(lists), dateOrder } : undefined;
}

/** `ids` newest edition first (then the most recently saved), from key-only reads. */
async function inDateOrder(db: BulletinDatabase, ids: IdSet, known?: number[]): Promise<number[]> {
  // A few hundred rows are cheaper to fetch than the whole date index; beyond that, one key-only index read.
  if (!known && ids.size <= DATE_ROWS_LIMIT) {
    const list = [...ids];
    const pages = await db.pages.bulkGet(list);
    return list
      .map((id, i) => ({ id, date: pages[i]?.editionDate ?? '' }))
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
  const pages = await db.pages.bulkGet(rest);
  const keys = [...new Set(pages.flatMap((p) => (p ? [...p.articleKeys, ...p.detachedArticleKeys] : [])))];
  const texts = new Map<string, string>();
  (await db.articles.bulkGet(keys)).forEach((r) => r && texts.set(r.key, articleText(r)));
  const docs = await db.search.bulkGet(rest);
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
 * unchecked rest as matches (`totalIsEstimate`).
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

  return db.transaction('r', [db.pages, db.articles, db.search], async () => {
    const filter = await filterIds(db, query);
    let pageIds: number[];
    let total: number;
    let totalIsEstimate = false;
    const scores = new Map<number, number>();

    if (!tokens.length) {
      if (!filter) {
        total = await db.pages.count();
        // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse(), not Array's
        const newestFirst = db.pages.orderBy('editionDate').reverse();
        pageIds = (await newestFirst.offset(offset).limit(limit).primaryKeys()) as number[];
      } else {
        const ordered = await inDateOrder(db, filter.ids, filter.dateOrder);
        total = ordered.length;
        pageIds = ordered.slice(offset, offset + limit);
      }
    } else {
      const tokenSets = await Promise.all(tokens.map((token) => tokenIds(db, token, (t) => t)));
      const candidates = intersectAll(filter ? [filter.ids, ...tokenSets] : tokenSets);
      const needles = tokens.map((t) => t.text);
      const mustCheck = tokens.some((t) => !t.exact);
      // Headline signal: the rows when they are read anyway (below), else the marked head terms' key lists.
      const headSets =
        sort === 'relevance' && !(mustCheck && candidates.size <= VERIFY_ALL_LIMIT)
          ? await Promise.all(tokens.map((token) => tokenIds(db, token, headTerm)))
          : [];
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
        filter && filter.ids.size <= FULL_TEXT_SCAN_LIMIT
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
          ? await inDateOrder(db, all, filter?.dateOrder)
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

    const pages = (await db.pages.bulkGet(pageIds)) as (PageRecord | undefined)[];
    const needles = tokens.map((t) => t.text);
    // Without a text query only the first story is needed (for the lead snippet).
    const keys = [
      ...new Set(
        pages.flatMap((p) => (p ? (needles.length ? p.articleKeys : p.articleKeys.slice(0, 1)) : [])),
      ),
    ];
    const articles = new Map<string, ArticleRecord>();
    (await db.articles.bulkGet(keys)).forEach((r) => r && articles.set(r.key, r));
    const items: SearchHit[] = [];
    pages.forEach((page, i) => {
      if (!page) return;
      const records = page.articleKeys.map((k) => articles.get(k)).filter((r): r is ArticleRecord => !!r);
      const matching = needles.length
        ? records.filter((r) => needles.some((n) => articleText(r).includes(n)))
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
  });
}
