// Builds the derived search row of a page from its records.
//
// What is indexed — the design choice, measured in bench/results/store.md: titles, headlines, decks, datelines,
// authors, key sentences, facts, keywords, captions, the reader's notes, highlights and tags, and the site
// (the lead paragraph when an article has no summary). Every bigram of every full text as well, measured in
// Chromium at 2,000 pages: 2.3× the index entries (1,027 vs 440 per page), saves 3.5× slower (71 vs 20 ms
// median), searches 2.6× slower, for the 41 % of matches that are only in body text. Those are instead found by
// scanning full text once filters leave at most FULL_TEXT_SCAN_LIMIT pages.
//
// A term of a title or headline is stored once, marked (HEAD_TERM_MARK), not also plain as up to schema v2: the
// index entries written per save are what a save costs in Chromium, and this drops 13 % of them; search reads
// the plain and the marked key of every term instead.
import type { Article } from '../model';
import { LEAD_INDEX_CHARS } from './constants';
import { flatParagraphs, leadOf } from './keys';
import type { ArticleRecord, HighlightRecord, PageRecord, SearchDocRecord } from './schema';
import { addTerms, headTerm, normaliseForSearch } from './search-terms';

/** `digest`: the fields above (the default); `fulltext`: every paragraph too (kept for the benchmark). */
export type SearchScope = 'digest' | 'fulltext';

function articleDigestFields(article: Article, scope: SearchScope): string[] {
  const fields: string[] = [];
  if (article.dateline) fields.push(article.dateline);
  fields.push(...article.authors);
  for (const sentence of article.summary.sentences) fields.push(sentence.text);
  for (const fact of article.summary.facts) fields.push(fact.text);
  fields.push(...article.summary.keywords);
  for (const figure of article.figures) {
    fields.push(figure.caption);
    if (figure.credit) fields.push(figure.credit);
  }
  if (scope === 'fulltext') {
    for (const section of article.sections) if (section.heading) fields.push(section.heading);
    fields.push(...flatParagraphs(article));
  } else if (article.summary.sentences.length === 0) {
    fields.push(leadOf(article).slice(0, LEAD_INDEX_CHARS));
  }
  return fields;
}

/** A field's normalised text and its index terms, in the order addTerms finds them. */
interface AnalysedField {
  normal: string;
  terms: string[];
}

/**
 * Analysed fields by their raw text. A save fills it for the page it was given while its first reads are in
 * flight, so the Intl.Segmenter work overlaps that round trip instead of following it.
 */
export type FieldCache = Map<string, AnalysedField>;

function analyse(text: string, cache: FieldCache | undefined): AnalysedField {
  let field = cache?.get(text);
  if (!field) {
    const normal = normaliseForSearch(text);
    const terms = new Set<string>();
    addTerms(normal, terms);
    field = { normal, terms: [...terms] };
    cache?.set(text, field);
  }
  return field;
}

/** Analyses the title and the articles' indexed fields of a page into `cache`, ahead of buildSearchDoc. */
export function analyseSearchFields(
  title: string,
  articles: readonly Article[],
  scope: SearchScope,
  cache: FieldCache,
): void {
  if (title) analyse(title, cache);
  for (const article of articles) {
    for (const field of [article.headline, article.subheadline, ...articleDigestFields(article, scope)])
      if (field) analyse(field, cache);
  }
}

export function buildSearchDoc(
  page: PageRecord & { id: number },
  articles: readonly ArticleRecord[],
  highlights: readonly HighlightRecord[],
  scope: SearchScope = 'digest',
  cache?: FieldCache,
): SearchDocRecord {
  const headFields = [page.title];
  const bodyFields = [page.note, page.site, page.siteName ?? '', ...page.tags];
  for (const record of articles) {
    headFields.push(record.article.headline);
    if (record.article.subheadline) headFields.push(record.article.subheadline);
    bodyFields.push(record.note, ...articleDigestFields(record.article, scope));
  }
  for (const highlight of highlights) bodyFields.push(highlight.text, highlight.note ?? '');

  const head = headFields.filter(Boolean).map((field) => analyse(field, cache));
  const body = bodyFields.filter(Boolean).map((field) => analyse(field, cache));
  const headTerms = new Set<string>();
  for (const field of head) for (const term of field.terms) headTerms.add(term);
  // Each term once: a headline term only in its marked form (search reads both forms), the rest plain.
  const terms = [...headTerms].map(headTerm);
  const bodyTerms = new Set<string>();
  for (const field of body) {
    for (const term of field.terms) {
      if (headTerms.has(term) || bodyTerms.has(term)) continue;
      bodyTerms.add(term);
      terms.push(term);
    }
  }
  const text = (fields: AnalysedField[]) => fields.map((field) => field.normal).join('\n');
  return { pageId: page.id, terms, head: text(head), body: text(body) };
}
