// Library search: word-index candidates, filters as index key sets, relevance or date order, pagination.
import type { Article } from '../../lib/model';
import {
  DEFAULT_PAGE_SIZE,
  FULL_TEXT_SCAN_LIMIT,
  HEADLINE_WEIGHT,
  MAX_PAGE_SIZE,
  SNIPPET_CONTEXT,
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
  items: SearchHit[];
}

type IdSet = Set<number>;

function intersect(a: IdSet | undefined, b: Iterable<number>): IdSet {
  if (!a) return new Set(b);
  const out: IdSet = new Set();
  for (const id of b) if (a.has(id)) out.add(id);
  return out;
}

async function termIds(db: BulletinDatabase, term: string): Promise<number[]> {
  return (await db.search.where('terms').equals(term).primaryKeys()) as number[];
}

async function prefixIds(db: BulletinDatabase, prefix: string): Promise<IdSet> {
  return new Set((await db.search.where('terms').startsWith(prefix).primaryKeys()) as number[]);
}

/** Pages whose index holds every term of the token (or a term starting with its prefix). */
async function tokenIds(
  db: BulletinDatabase,
  token: QueryToken,
  mark: (t: string) => string,
): Promise<IdSet> {
  if (token.prefix !== undefined) return prefixIds(db, mark(token.prefix));
  let ids: IdSet | undefined;
  for (const term of token.terms) {
    ids = intersect(ids, await termIds(db, mark(term)));
    if (!ids.size) break;
  }
  return ids ?? new Set();
}

async function filterIds(db: BulletinDatabase, query: SearchQuery): Promise<IdSet | undefined> {
  let ids: IdSet | undefined;
  const sites = query.site === undefined ? [] : Array.isArray(query.site) ? query.site : [query.site];
  if (sites.length)
    ids = intersect(ids, (await db.pages.where('site').anyOf(sites).primaryKeys()) as number[]);
  for (const tag of query.tags ?? [])
    ids = intersect(ids, (await db.pages.where('tags').equals(tag).primaryKeys()) as number[]);
  if (query.from || query.to) {
    const range = db.pages.where('editionDate').between(query.from || '', query.to || '\uffff', true, true);
    ids = intersect(ids, (await range.primaryKeys()) as number[]);
  }
  if (query.starred !== undefined) {
    ids = intersect(
      ids,
      (await db.pages
        .where('starred')
        .equals(query.starred ? 1 : 0)
        .primaryKeys()) as number[],
    );
  }
  return ids;
}

/** Newest edition first, then the most recently saved: a rank per page id. */
async function dateRanks(db: BulletinDatabase, ids: IdSet): Promise<Map<number, number>> {
  const ranks = new Map<number, number>();
  // A few hundred rows are cheaper to fetch than the whole date index; beyond that, one key-only index read.
  if (ids.size <= 300) {
    const list = [...ids];
    const pages = await db.pages.bulkGet(list);
    const order = list
      .map((id, i) => ({ id, date: pages[i]?.editionDate ?? '' }))
      .toSorted((a, b) => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1));
    order.forEach((p, rank) => ranks.set(p.id, rank));
    return ranks;
  }
  const ascending = (await db.pages.orderBy('editionDate').primaryKeys()) as number[];
  let rank = 0;
  for (let i = ascending.length - 1; i >= 0; i--) if (ids.has(ascending[i])) ranks.set(ascending[i], rank++);
  return ranks;
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

/**
 * Searches the library. Text tokens all must match; the filters combine with AND; results are paginated.
 * Text is matched against titles, headlines, summaries, facts, captions, notes, highlights and tags through the
 * word index, and against full article text when the filters leave at most FULL_TEXT_SCAN_LIMIT pages.
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
    const scores = new Map<number, number>();

    if (!tokens.length) {
      if (!filter) {
        total = await db.pages.count();
        // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse(), not Array's
        const newestFirst = db.pages.orderBy('editionDate').reverse();
        pageIds = (await newestFirst.offset(offset).limit(limit).primaryKeys()) as number[];
      } else {
        const ranks = await dateRanks(db, filter);
        const ordered = [...filter].toSorted((a, b) => ranks.get(a)! - ranks.get(b)!);
        total = ordered.length;
        pageIds = ordered.slice(offset, offset + limit);
      }
    } else {
      let candidates: IdSet | undefined = filter && new Set(filter);
      for (const token of tokens) {
        candidates = intersect(candidates, await tokenIds(db, token, (t) => t));
        if (!candidates.size) break;
      }
      candidates ??= new Set();
      const needles = tokens.map((t) => t.text);
      let docs: Map<number, SearchDocRecord> | undefined;
      if (tokens.some((t) => !t.exact) && candidates.size) {
        const list = [...candidates];
        docs = new Map();
        (await db.search.bulkGet(list)).forEach((d, i) => d && docs!.set(list[i], d));
        for (const id of list) {
          const doc = docs.get(id);
          if (!doc || !needles.every((n) => doc.head.includes(n) || doc.body.includes(n)))
            candidates.delete(id);
        }
      }
      const fullTextOnly =
        filter && filter.size <= FULL_TEXT_SCAN_LIMIT
          ? await scanFullText(db, filter, candidates, needles)
          : new Set<number>();
      if (sort === 'relevance') {
        for (const id of candidates) scores.set(id, tokens.length);
        for (const token of tokens) {
          const inHead = docs
            ? new Set([...candidates].filter((id) => docs!.get(id)!.head.includes(token.text)))
            : await tokenIds(db, token, headTerm);
          for (const id of inHead) if (scores.has(id)) scores.set(id, scores.get(id)! + HEADLINE_WEIGHT);
        }
        for (const id of fullTextOnly) scores.set(id, 0);
      }
      const all = new Set([...candidates, ...fullTextOnly]);
      // Relevance ties go to the most recently saved page (highest id): no date-index read, which in Chromium
      // costs a scan of every page's date at 10,000 pages (see bench/results/store.md).
      const ranks = sort === 'date' ? await dateRanks(db, all) : undefined;
      const ordered = [...all].toSorted((a, b) =>
        ranks ? ranks.get(a)! - ranks.get(b)! : scores.get(b)! - scores.get(a)! || b - a,
      );
      total = ordered.length;
      pageIds = ordered.slice(offset, offset + limit);
    }

    const pages = (await db.pages.bulkGet(pageIds)) as (PageRecord | undefined)[];
    const keys = [...new Set(pages.flatMap((p) => (p ? p.articleKeys : [])))];
    const articles = new Map<string, ArticleRecord>();
    (await db.articles.bulkGet(keys)).forEach((r) => r && articles.set(r.key, r));
    const needles = tokens.map((t) => t.text);
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
    return { total, items };
  });
}
