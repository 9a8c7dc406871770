// Keywords: the article's terms ranked by TF-IDF against the background table, headline terms counted
// twice, a term dropped when a better-ranked keyword contains it (`知识` under `知识产权`). Chinese compounds
// of two adjacent words (`知识|产权`) are candidates too: the segmenter splits many set phrases.
import type { WordToken } from '../text';
import { idf } from './df-table';
import {
  KEYWORD_COUNT,
  KEYWORD_HEADLINE_BOOST,
  KEYWORD_MIN_LATIN_LENGTH,
  KEYWORD_MIN_COUNT,
  KEYWORD_MIN_IDF,
  KEYWORD_PHRASE_SHARE,
} from './constants';

const HAN_WORD = /^\p{sc=Han}{2,}$/u;

function chineseCompounds(tokens: WordToken[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    if (a.index + a.text.length === b.index && HAN_WORD.test(a.text) && HAN_WORD.test(b.text)) {
      out.push(a.text + b.text);
    }
  }
  return out;
}

export function keywords(
  headlineTerms: string[],
  sentences: { terms: string[]; tokens: WordToken[] }[],
): string[] {
  const tf = new Map<string, number>();
  const add = (t: string, w: number) => tf.set(t, (tf.get(t) ?? 0) + w);
  for (const t of headlineTerms) add(t, KEYWORD_HEADLINE_BOOST);
  for (const s of sentences) {
    for (const t of s.terms) add(t, 1);
    for (const t of chineseCompounds(s.tokens)) add(t, 1);
  }
  const ranked = [...tf.entries()]
    .filter(([t, n]) => n >= KEYWORD_MIN_COUNT && (HAN_WORD.test(t) || t.length >= KEYWORD_MIN_LATIN_LENGTH))
    .map(([t, n]) => [t, n * idf(t)] as const)
    .filter(([t]) => idf(t) >= KEYWORD_MIN_IDF)
    .toSorted((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const out: string[] = [];
  for (const [term] of ranked) {
    if (out.some((k) => k.includes(term))) continue;
    // A longer term that carries most uses of a chosen part replaces it (`公安机关` for `公安`).
    const parts = out.filter((k) => term.includes(k) && tf.get(term)! >= KEYWORD_PHRASE_SHARE * tf.get(k)!);
    if (parts.length > 0) {
      out.splice(out.indexOf(parts[0]!), 1, term);
      for (const p of parts.slice(1)) out.splice(out.indexOf(p), 1);
    } else if (out.length < KEYWORD_COUNT) out.push(term);
  }
  return out;
}
