// Keywords: the article's terms ranked by TF-IDF against the background table, headline terms counted
// twice, a term dropped when a better-ranked keyword contains it (`知识` under `知识产权`). Chinese compounds
// of two adjacent words (`知识|产权`) are candidates too: the segmenter splits many set phrases.
import { spacedWords, wordTokens, type WordToken } from '../text';
import { idf } from './df-table';
import { termsFromTokens } from './terms';
import {
  KEYWORD_COUNT,
  KEYWORD_HEADLINE_BOOST,
  KEYWORD_MIN_LATIN_LENGTH,
  KEYWORD_MIN_COUNT,
  KEYWORD_MIN_IDF,
  KEYWORD_PHRASE_SHARE,
  KEYWORD_SAMPLE_CHARS,
} from './constants';

const HAN_WORD = /^\p{sc=Han}{2,}$/u;
const HAS_HAN = /\p{sc=Han}/u;
const HAS_LETTER = /\p{L}/u;

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

/** Intl.Segmenter words of each sentence where it has them: all Chinese sentences when the article was word-split
 * whole, else those within its first KEYWORD_SAMPLE_CHARS characters (split here, for the keywords); the fact
 * rules read word boundaries from these too rather than asking the segmenter again. */
export function sentenceWords(
  sentences: { normalized: string; words?: WordToken[] }[],
  lang: string,
): (WordToken[] | undefined)[] {
  let sampled = 0;
  return sentences.map(({ normalized, words }) => {
    if (!HAS_HAN.test(normalized) || (!words && sampled >= KEYWORD_SAMPLE_CHARS)) return undefined;
    sampled += normalized.length;
    return words ?? wordTokens(normalized, lang);
  });
}

/** Term counts of the article body: words of every non-Chinese sentence, and dictionary words (plus compounds
 * and recovered terms) of the Chinese sentences that have their words (see sentenceWords). */
function bodyTermCounts(
  sentences: { normalized: string }[],
  words: (WordToken[] | undefined)[],
): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (t: string) => tf.set(t, (tf.get(t) ?? 0) + 1);
  sentences.forEach(({ normalized }, i) => {
    const tokens = words[i];
    if (!HAS_HAN.test(normalized)) {
      for (const w of spacedWords(normalized)) if (w.length >= 2 && HAS_LETTER.test(w)) add(w);
    } else if (tokens) {
      for (const t of termsFromTokens(tokens)) add(t);
      for (const t of chineseCompounds(tokens)) add(t);
    }
  });
  return tf;
}

/** `words`: see sentenceWords. */
export function keywords(
  headlineTerms: string[],
  sentences: { normalized: string }[],
  words: (WordToken[] | undefined)[],
): string[] {
  const tf = bodyTermCounts(sentences, words);
  for (const t of headlineTerms) tf.set(t, (tf.get(t) ?? 0) + KEYWORD_HEADLINE_BOOST);
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
