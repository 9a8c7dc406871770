// Index terms and query tokens for the library search.
//
// Written here rather than taken from lib/text: the index needs exactly one, stable rule (changing it means
// rebuilding every stored index row), not the summariser's word choice. Chinese (and Japanese/Korean) runs are
// indexed as overlapping character bigrams, because Intl.Segmenter's dictionary splits idioms and rare terms
// into single characters (`多|措|并举`, `政|工`) so word terms would miss them; any query of two or more
// characters is then the intersection of its bigrams, checked as a substring. Other scripts go through
// Intl.Segmenter words (which also splits Thai and other unspaced scripts), lower-cased; prefixes are served by
// a range scan on the index, so no prefix terms are stored.
import { HEAD_TERM_MARK, MIN_PREFIX_LENGTH } from './constants';

const CJK_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+/gu;
const WORD_LIKE = /[\p{L}\p{N}]/u;

let wordSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  return wordSegmenter;
}

/** The form every indexed text and query is compared in: NFKC (full-width → half-width) and lower case. */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function addWords(text: string, into: Set<string>): void {
  if (!WORD_LIKE.test(text)) return;
  for (const { segment, isWordLike } of segmenter().segment(text)) {
    if (isWordLike) into.add(segment);
  }
}

/** Adds the index terms of one field (already normalised) to `into`. */
export function addTerms(normalisedText: string, into: Set<string>): void {
  let last = 0;
  for (const match of normalisedText.matchAll(CJK_RUN)) {
    addWords(normalisedText.slice(last, match.index), into);
    const run = match[0];
    if (run.length === 1) into.add(run);
    for (let i = 0; i + 1 < run.length; i++) into.add(run.slice(i, i + 2));
    last = match.index + run.length;
  }
  addWords(normalisedText.slice(last), into);
}

/** The index terms of a text: CJK bigrams (single characters when alone) and lower-cased words. */
export function termsOf(text: string): Set<string> {
  const into = new Set<string>();
  addTerms(normaliseForSearch(text), into);
  return into;
}

/** Head terms (titles, headlines) carry a mark, so relevance can tell a headline match from a body match. */
export function headTerm(term: string): string {
  return HEAD_TERM_MARK + term;
}

export interface QueryToken {
  /** The token as typed, normalised: checked as a substring of the indexed text. */
  text: string;
  /** Index terms that must all be present (exact matches). */
  terms: string[];
  /** A Latin-like word matched by prefix (range scan over the index) instead of exact terms. */
  prefix?: string;
  /** True when the terms alone prove the match (a bigram, a whole word), so no substring check is needed. */
  exact: boolean;
}

/**
 * Splits a query into tokens, all of which must match. `知识产权` → one token with terms 知识 识产 产权;
 * `intell` → a prefix token; `Inner Mongolia 公安` → three tokens.
 */
export function queryTokens(query: string): QueryToken[] {
  const text = normaliseForSearch(query);
  const tokens: QueryToken[] = [];
  const seen = new Set<string>();
  const push = (token: QueryToken) => {
    if (seen.has(token.text)) return;
    seen.add(token.text);
    tokens.push(token);
  };
  const words = (part: string) => {
    if (!WORD_LIKE.test(part)) return;
    for (const { segment, isWordLike } of segmenter().segment(part)) {
      if (!isWordLike) continue;
      if (segment.length >= MIN_PREFIX_LENGTH)
        push({ text: segment, terms: [], prefix: segment, exact: true });
      else push({ text: segment, terms: [segment], exact: true });
    }
  };
  let last = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    words(text.slice(last, match.index));
    const run = match[0];
    if (run.length === 1) push({ text: run, terms: [], prefix: run, exact: false });
    else {
      const bigrams = new Set<string>();
      for (let i = 0; i + 1 < run.length; i++) bigrams.add(run.slice(i, i + 2));
      push({ text: run, terms: [...bigrams], exact: run.length === 2 });
    }
    last = match.index + run.length;
  }
  words(text.slice(last));
  return tokens;
}
