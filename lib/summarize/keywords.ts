// Keywords: the article's terms ranked by TF-IDF against the background table, headline terms counted
// twice, a term dropped when a better-ranked keyword contains it (`公安` under `公安厅`).
import { idf } from './df-table';
import { KEYWORD_COUNT, KEYWORD_HEADLINE_BOOST, KEYWORD_MIN_LATIN_LENGTH } from './constants';

const HAN = /\p{sc=Han}/u;

export function keywords(headlineTerms: string[], bodyTerms: string[][]): string[] {
  const tf = new Map<string, number>();
  const add = (t: string, w: number) => tf.set(t, (tf.get(t) ?? 0) + w);
  for (const t of headlineTerms) add(t, KEYWORD_HEADLINE_BOOST);
  for (const terms of bodyTerms) for (const t of terms) add(t, 1);
  const ranked = [...tf.entries()]
    .filter(([t, n]) => (HAN.test(t) ? n >= 2 : t.length >= KEYWORD_MIN_LATIN_LENGTH && n >= 2))
    .map(([t, n]) => [t, n * idf(t)] as const)
    .toSorted((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const out: string[] = [];
  for (const [term] of ranked) {
    if (out.length >= KEYWORD_COUNT) break;
    if (out.some((k) => k.includes(term))) continue;
    out.push(term);
  }
  return out;
}
