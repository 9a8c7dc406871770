// Identity of pages and stories: the canonical URL key (one record per page) and the article dedupe key (one
// record per story, however many sites carry it).
import type { Article } from '../model';
import { TRACKING_PARAMS } from './constants';

/**
 * Canonical URL without scheme, `www.`, fragment, default port, tracking parameters and trailing slash, with
 * the query sorted: http/https, mobile share links and campaign tags of one page give one key.
 */
export function canonicalUrlKey(rawUrl: string): string {
  let url: URL;
  try {
    url = new URL(rawUrl.trim());
  } catch {
    return rawUrl.trim().toLowerCase();
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const params = [...url.searchParams].filter(([name]) => !TRACKING_PARAMS.test(name));
  params.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `${url.protocol}${host}${port}${path}${query}`;
  return `${host}${port}${path}${query}`;
}

/** Host without `www.`, the site of a page for the library filter. */
export function siteOf(rawUrl: string): string {
  try {
    return new URL(rawUrl).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** NFKC, lower case, without whitespace, punctuation and symbols: what stays the same when a site re-typesets. */
export function normaliseForIdentity(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * cyrb53 (a public-domain 53-bit string hash): written out because Web Crypto digests are asynchronous and a
 * key is needed inside synchronous record building; 53 bits keep collisions negligible at a million stories.
 */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** First paragraph of the article (over all sections), its lead. */
export function leadOf(article: Article): string {
  for (const section of article.sections) {
    for (const paragraph of section.paragraphs) if (paragraph.trim()) return paragraph;
  }
  return '';
}

/** Same normalised headline and lead → same key: the story saved from two sites is recognised. */
export function articleDedupeKey(article: Article): string {
  return `a${hash53(`${normaliseForIdentity(article.headline)}\n${normaliseForIdentity(leadOf(article))}`)}`;
}

/** Every paragraph of the article, sections flattened (the index space of highlights and key sentences). */
export function flatParagraphs(article: Article): string[] {
  return article.sections.flatMap((section) => section.paragraphs);
}

/** YYYY-MM-DD of an ISO-like date, or undefined when it does not parse. */
export function dayOf(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(date.trim());
  if (direct) return direct[1];
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** Tags as the library keeps them: NFKC, trimmed, lower case, no leading `#`, inner spaces as `-`, unique. */
export function normaliseTags(tags: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const tag of tags ?? []) {
    const clean = tag.normalize('NFKC').trim().replace(/^#+/, '').replace(/\s+/g, '-').toLowerCase();
    if (clean && !out.includes(clean)) out.push(clean);
  }
  return out;
}
