// Page metadata, postlight-style: one reader per field, each trying its sources in order (JSON-LD, Open Graph
// and other meta tags, marked-up elements, text printed on the page, the URL) and ending in a small cleaner.
import type { WalkLimits } from './budget';
import { namesOf, readJsonLd, stringOf, typesOf, type JsonObject } from './metadata/jsonld';
import { readPage, type PageLine, type PageRead } from './metadata/page-lines';
import { dateFromUrl, findVisibleDate, parseStructuredDate } from './metadata/dates';
import { cleanAuthorValue, findVisibleAuthors } from './metadata/authors';
import { cleanTitle, siteFromTitle } from './metadata/title';
import { detectLanguage } from './metadata/lang';

export interface PageMetadata {
  title: string;
  siteName?: string;
  lang: string;
  canonicalUrl?: string;
  /** ISO 8601 at the precision the page gives (`2023-04-26T08:00`, `2023-04-26`, `2023-04`). */
  publishedAt?: string;
  authors: string[];
  description?: string;
  headline?: string;
  /** The page's structured data calls it one article (JSON-LD Article types, og:type `article`). */
  declaresArticle: boolean;
  /** That article's headline as the structured data gives it (JSON-LD, else og:title, else the h1). */
  articleHeadline?: string;
}

/** Meta keys (name, property or itemprop, lower-cased) holding the publication date, best first. */
const DATE_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  // The New York Times' spelling, with itemprop datePublished on the same tag (property is read first).
  'article:published',
  'datepublished',
  'og:release_date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'citation_publication_date',
  'citation_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'date',
  'datecreated',
  'article:modified_time',
  'article:modified',
  'dateupdate',
  'og:updated_time',
  'datemodified',
];
/** Meta keys naming the author, best first (values naming sites or systems are rejected by the cleaner). */
const AUTHOR_META_KEYS = [
  'author',
  'article:author',
  'byl',
  'dc.creator',
  'dcterms.creator',
  'citation_author',
  'citation_authors',
  'sailthru.author',
  'parsely-author',
  'og:article:author',
];
const PUBLISHER_META_KEYS = [
  'citation_publisher',
  'dc.publisher',
  'publisher',
  'og:site_name',
  'application-name',
];
const SITE_META_KEYS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher'];
const DESCRIPTION_META_KEYS = ['description', 'og:description', 'twitter:description'];
const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|WebPage|Posting/;

export function readPageMetadata(doc: Document, url?: string, limits?: WalkLimits): PageMetadata {
  return metadataOf(readPage(doc, limits), url);
}

/** The metadata of a page already read (extract reads it in detection's walk). */
export function metadataOf(page: PageRead, url?: string): PageMetadata {
  const { meta, lines } = page;
  const jsonLd = readJsonLd(page.jsonLd);
  const declared = jsonLd.find((obj) => typesOf(obj).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'));
  const article = declared ?? jsonLd.find((obj) => typesOf(obj).some((t) => ARTICLE_TYPES.test(t)));

  const siteName = readSiteName(meta, jsonLd);
  const h1 = lines.find((line) => line.heading === 1 && line.full)?.full;
  const ogTitle = first(meta, ['og:title', 'twitter:title']);
  const headline = h1 ?? stringOf(article?.headline) ?? ogTitle;
  // A <title> that is only the site's name (set once by a single-page app) does not name this page.
  const rawTitle = collapse(page.title) === siteName ? '' : page.title;
  const title = cleanTitle(rawTitle || ogTitle || headline || '', { siteName, headline: h1 ?? ogTitle });
  const headlineIndex = findHeadlineLine(lines, [h1, ogTitle, title]);
  const declaresArticle = declared !== undefined || meta.get('og:type')?.toLowerCase() === 'article';

  return {
    title,
    siteName: siteName ?? siteFromTitle(rawTitle, title),
    lang: readLang(page),
    canonicalUrl: readCanonical(page, url),
    publishedAt: readPublished(page, article, headlineIndex, url),
    authors: readAuthors(page, article, headlineIndex),
    description: first(meta, DESCRIPTION_META_KEYS),
    headline: collapse(headline),
    declaresArticle,
    articleHeadline: declaresArticle
      ? declaredHeadline(stringOf(declared?.headline), ogTitle, title, h1)
      : undefined,
  };
}

/** JSON-LD's headline, else og:title, else the h1; without the site name the page's cleaned title drops. */
function declaredHeadline(
  jsonLd: string | undefined,
  ogTitle: string | undefined,
  title: string,
  h1: string | undefined,
): string | undefined {
  const headline = jsonLd ?? ogTitle ?? h1;
  return collapse(headline && title && headline.includes(title) ? title : headline);
}

function collapse(text: string | undefined): string | undefined {
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

function first(meta: Map<string, string>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return undefined;
}

function readSiteName(meta: Map<string, string>, jsonLd: JsonObject[]): string | undefined {
  const fromMeta = first(meta, SITE_META_KEYS);
  if (fromMeta && !/^https?:/.test(fromMeta)) return fromMeta;
  for (const obj of jsonLd) {
    const publisher = namesOf(obj.publisher)[0];
    if (publisher) return publisher;
  }
  return undefined;
}

function findHeadlineLine(lines: PageLine[], candidates: (string | undefined)[]): number {
  const h1 = lines.findIndex((line) => line.heading === 1 && line.text);
  if (h1 >= 0) return h1;
  for (const candidate of candidates) {
    const text = candidate?.replace(/\s+/g, ' ').trim();
    if (!text || text.length < 4) continue;
    // A line's text is never longer than the line as read: shorter lines need no collapsing to rule out.
    const index = lines.findIndex((line) => line.raw.length >= text.length && line.text === text);
    if (index >= 0) return index;
  }
  return -1;
}

function readPublished(
  page: PageRead,
  article: JsonObject | undefined,
  headlineIndex: number,
  url: string | undefined,
): string | undefined {
  const fromJsonLd = parseStructuredDate(stringOf(article?.datePublished) ?? stringOf(article?.dateCreated));
  if (fromJsonLd) return fromJsonLd;
  for (const key of DATE_META_KEYS) {
    const value = parseStructuredDate(page.meta.get(key));
    if (value) return value;
  }
  return (
    firstStructuredDate(page.times) ??
    findVisibleDate(page.lines, headlineIndex) ??
    dateFromUrl(url) ??
    firstStructuredDate(page.modifiedTimes)
  );
}

/** The first of `values` that reads as a date: the rest are not parsed (a listing may hold hundreds). */
function firstStructuredDate(values: string[]): string | undefined {
  for (const value of values) {
    const date = parseStructuredDate(value);
    if (date) return date;
  }
  return undefined;
}

function readAuthors(page: PageRead, article: JsonObject | undefined, headlineIndex: number): string[] {
  const { meta } = page;
  const fromJsonLd = namesOf(article?.author).flatMap(cleanAuthorValue);
  if (fromJsonLd.length) return unique(fromJsonLd);
  // Sites often put their own name in the author tag.
  const publishers = new Set(PUBLISHER_META_KEYS.map((key) => meta.get(key)?.trim()).filter(Boolean));
  for (const key of AUTHOR_META_KEYS) {
    const value = meta.get(key);
    const names = value && !publishers.has(value.trim()) ? cleanAuthorValue(value) : [];
    if (names.length) return unique(names);
  }
  for (const text of page.bylines) {
    const names = cleanAuthorValue(text);
    if (names.length) return unique(names);
  }
  return unique(findVisibleAuthors(page.lines, headlineIndex));
}

function readCanonical(page: PageRead, url: string | undefined): string | undefined {
  const href = page.canonical ?? page.meta.get('og:url');
  if (!href) return url;
  try {
    return new URL(href, url).href;
  } catch {
    return url;
  }
}

function readLang(page: PageRead): string {
  const declared =
    page.htmlLang ?? page.meta.get('content-language') ?? page.meta.get('og:locale')?.replace('_', '-');
  return detectLanguage(declared, page.lines);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
