// Terms for TF-IDF: the same function builds the background table (scripts/build-df-table.ts) and scores
// articles, so both sides count terms the same way.
import { recoverTerms, spacedWords, toHalfWidth, wordTokens, type WordToken } from '../text';

const HAN = /\p{sc=Han}/u;
const HAS_LETTER = /\p{L}/u;
/** A letter of a spaced script: most Chinese sentences have none, and skip the word regex. */
const HAS_SPACED_LETTER = /[^\P{L}\p{sc=Han}]/u;

/** Terms from word tokens, in order, with repeats: words (Han words of 2+ characters, other words of 2+
 * letters, lower-cased, no bare numbers) plus the Chinese terms recovered from runs of single characters. */
export function termsFromTokens(tokens: WordToken[]): string[] {
  const out: string[] = [];
  let han = false;
  for (const t of tokens) {
    const w = t.text.toLowerCase();
    if (w.length < 2 || !HAS_LETTER.test(w)) {
      han ||= HAN.test(w);
      continue;
    }
    han ||= HAN.test(w);
    out.push(w);
  }
  if (han) out.push(...recoverTerms(tokens));
  return out;
}

export function termsOf(text: string, lang: string): string[] {
  return termsFromTokens(wordTokens(toHalfWidth(text), lang));
}

/** Words for comparing sentences of an article compared on characters, with repeats: the words of the scripts
 * written with spaces (2+ letters, lower-cased, no bare numbers). Its Han text is compared on character
 * bigrams (the usual unit for Chinese similarity, no word segmentation needed), which featureVector reads
 * from the text itself. Input is half-width text. */
export function scoringWords(text: string): string[] {
  return HAS_SPACED_LETTER.test(text)
    ? spacedWords(text).filter((w) => w.length >= 2 && HAS_LETTER.test(w))
    : [];
}
