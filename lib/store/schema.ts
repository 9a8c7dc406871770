// The database schema of each version, as named constants (Dexie's `stores()` syntax), and the record types.
import type { Article, Detection } from '../model';

/**
 * Version 1. pages: one per canonical URL; articles: one per story (dedupe key), linked to every page that
 * carries it, reader highlights inline; search: derived word index, one row per page.
 * `starred` is 0/1 because IndexedDB cannot index booleans.
 */
export const SCHEMA_V1 = {
  pages: '++id, &urlKey, savedAt, updatedAt, site, *tags, editionDate, starred',
  articles: '&key, *pageIds',
  search: 'pageId, *terms',
} as const;

/**
 * Version 2 moves highlights out of the article rows into their own table, so a highlight is added or removed
 * without rewriting the article (with its full text) and the library can list highlights by time.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  highlights: '++id, articleKey, createdAt',
} as const;

/**
 * Version 3 keeps the stores of version 2 and changes what the derived search rows hold: a title or headline
 * term is stored once, marked, instead of plain and marked (fewer index entries per save). Its upgrade
 * rebuilds every search row.
 */
export const SCHEMA_V3 = SCHEMA_V2;

/**
 * Version 4 indexes search rows behind the write: a save writes its row with the terms in `pendingTerms` (not
 * indexed) and `pending: 1`, and a following transaction moves them into `terms`. The `pending` index finds
 * those rows (an indexed row has no `pending` field, so it has no entry there). Rows of version 3 are indexed
 * rows as they are: the index is added empty and nothing needs an upgrade function.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  search: 'pageId, *terms, pending',
} as const;

export const CURRENT_SCHEMA_VERSION = 4;

export interface PageRecord {
  id?: number;
  /** Canonical URL without scheme, `www.`, fragment and tracking parameters: one record per page. */
  urlKey: string;
  url: string;
  canonicalUrl: string;
  title: string;
  /** Host name (without `www.`), the library's site filter. */
  site: string;
  siteName?: string;
  lang: string;
  publishedAt?: string;
  /** YYYY-MM-DD of the bulletin's publishedAt, else of the first save: always set so date order misses none. */
  editionDate: string;
  detection: Detection;
  contentHash: string;
  truncated?: boolean;
  /** Dedupe keys of the page's articles, in page order. */
  articleKeys: string[];
  /** Articles no longer on the page after a resave but carrying the reader's notes or highlights: kept. */
  detachedArticleKeys: string[];
  note: string;
  tags: string[];
  starred: 0 | 1;
  savedAt: number;
  updatedAt: number;
}

export interface ArticleRecord {
  /** Hash of the normalised headline and lead: the same story saved from two sites is one record. */
  key: string;
  article: Article;
  note: string;
  /** Every saved page that carries this story. */
  pageIds: number[];
  updatedAt: number;
}

export interface HighlightRecord {
  id?: number;
  articleKey: string;
  /** Index into the article's flattened paragraphs (all sections in order). */
  paragraph: number;
  /** Character offset of the sentence in that paragraph. */
  offset: number;
  /** The sentence itself, so the highlight can be found again if the page's text moves. */
  text: string;
  note?: string;
  createdAt: number;
}

/** Derived, rebuilt on every change of what it indexes; never exported. */
export interface SearchDocRecord {
  pageId: number;
  /** Index terms, each once: title and headline terms marked (see headTerm), the others plain. Empty while pending. */
  terms: string[];
  /** The terms of a row written but not indexed yet (see lib/store/indexing.ts); absent once indexed. */
  pendingTerms?: string[];
  /** 1 while the row's terms wait in `pendingTerms`; absent once indexed (IndexedDB cannot index booleans). */
  pending?: 1;
  /** Lower-cased, NFKC titles and headlines, fields separated by newlines (for substring checks). */
  head: string;
  /** Lower-cased, NFKC text of the other indexed fields. */
  body: string;
}

/** Version-1 article row: highlights lived inside it. */
export interface ArticleRecordV1 extends ArticleRecord {
  highlights?: Omit<HighlightRecord, 'id' | 'articleKey'>[];
}
