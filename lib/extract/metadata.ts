// Page metadata, postlight-style: one reader per field, each trying its sources in order (JSON-LD, Open Graph
// and other meta tags, marked-up elements, text printed on the page, the URL) and ending in a small cleaner.
import { namesOf, readJsonLd, stringOf, typesOf, type JsonObject } from './metadata/jsonld';
import { readPageLines, type PageLine } from './metadata/page-lines';
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
}

/** Meta keys (name, property or itemprop, lower-cased) holding the publication date, best first. */
const DATE_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
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

export function readPageMetadata(doc: Document, url?: string): PageMetadata {
  const meta = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
  const article =
    jsonLd.find((obj) => typesOf(obj).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ??
    jsonLd.find((obj) => typesOf(obj).some((t) => ARTICLE_TYPES.test(t)));
  const lines = readPageLines(doc);

  const siteName = readSiteName(meta, jsonLd, doc);
  const h1 = firstText(doc, 'h1');
  const ogTitle = first(meta, ['og:title', 'twitter:title']);
  const headline = h1 ?? stringOf(article?.headline) ?? ogTitle;
  const rawTitle = doc.querySelector('title')?.textContent ?? '';
  const title = cleanTitle(rawTitle || ogTitle || headline || '', { siteName, headline: h1 ?? ogTitle });
  const headlineIndex = findHeadlineLine(lines, [h1, ogTitle, title]);

  return {
    title,
    siteName: siteName ?? siteFromTitle(rawTitle),
    lang: readLang(doc, meta, lines),
    canonicalUrl: readCanonical(doc, meta, url),
    publishedAt: readPublished(doc, meta, article, lines, headlineIndex, url),
    authors: readAuthors(doc, meta, article, lines, headlineIndex),
    description: first(meta, DESCRIPTION_META_KEYS),
    headline: headline?.replace(/\s+/g, ' ').trim() || undefined,
  };
}

function readMetaTags(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv')
    )
      ?.trim()
      .toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  return meta;
}

function first(meta: Map<string, string>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return undefined;
}

function firstText(doc: Document, selector: string): string | undefined {
  for (const el of doc.querySelectorAll(selector)) {
    const text = el.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return undefined;
}

function readSiteName(meta: Map<string, string>, jsonLd: JsonObject[], doc: Document): string | undefined {
  const fromMeta = first(meta, SITE_META_KEYS);
  if (fromMeta && !/^https?:/.test(fromMeta)) return fromMeta;
  for (const obj of jsonLd) {
    const publisher = namesOf(obj.publisher)[0];
    if (publisher) return publisher;
  }
  void doc;
  return undefined;
}

function findHeadlineLine(lines: PageLine[], candidates: (string | undefined)[]): number {
  const h1 = lines.findIndex((line) => line.heading === 1 && line.text);
  if (h1 >= 0) return h1;
  for (const candidate of candidates) {
    const text = candidate?.replace(/\s+/g, ' ').trim();
    if (!text || text.length < 4) continue;
    const index = lines.findIndex((line) => line.text === text);
    if (index >= 0) return index;
  }
  return -1;
}

function readPublished(
  doc: Document,
  meta: Map<string, string>,
  article: JsonObject | undefined,
  lines: PageLine[],
  headlineIndex: number,
  url: string | undefined,
): string | undefined {
  const fromJsonLd = parseStructuredDate(stringOf(article?.datePublished) ?? stringOf(article?.dateCreated));
  if (fromJsonLd) return fromJsonLd;
  for (const key of DATE_META_KEYS) {
    const value = parseStructuredDate(meta.get(key));
    if (value) return value;
  }
  const time = doc.querySelector('time[pubdate], article time[datetime], time[datetime]');
  const fromTime = parseStructuredDate(time?.getAttribute('datetime') ?? time?.textContent);
  if (fromTime) return fromTime;
  return findVisibleDate(lines, headlineIndex) ?? dateFromUrl(url);
}

function readAuthors(
  doc: Document,
  meta: Map<string, string>,
  article: JsonObject | undefined,
  lines: PageLine[],
  headlineIndex: number,
): string[] {
  const fromJsonLd = namesOf(article?.author).flatMap(cleanAuthorValue);
  if (fromJsonLd.length) return unique(fromJsonLd);
  // Sites often put their own name in the author tag.
  const publishers = new Set(PUBLISHER_META_KEYS.map((key) => meta.get(key)?.trim()).filter(Boolean));
  for (const key of AUTHOR_META_KEYS) {
    const value = meta.get(key);
    const names = value && !publishers.has(value.trim()) ? cleanAuthorValue(value) : [];
    if (names.length) return unique(names);
  }
  for (const el of doc.querySelectorAll('[rel="author"], [itemprop="author"], .byline, .author')) {
    const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length > 60) continue;
    const names = cleanAuthorValue(text);
    if (names.length) return unique(names);
  }
  return unique(findVisibleAuthors(lines, headlineIndex));
}

function readCanonical(
  doc: Document,
  meta: Map<string, string>,
  url: string | undefined,
): string | undefined {
  const href = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? meta.get('og:url');
  if (!href) return url;
  try {
    return new URL(href, url).href;
  } catch {
    return url;
  }
}

function readLang(doc: Document, meta: Map<string, string>, lines: PageLine[]): string {
  const declared =
    doc.documentElement?.getAttribute('lang') ??
    doc.documentElement?.getAttribute('xml:lang') ??
    meta.get('content-language') ??
    meta.get('og:locale')?.replace('_', '-');
  return detectLanguage(declared, lines);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
