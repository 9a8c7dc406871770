// Terms for TF-IDF: the same function builds the background table (scripts/build-df-table.ts) and scores
// articles, so both sides count terms the same way.
import { recoverTerms, toHalfWidth, wordTokens } from '../text';

const HAN = /\p{sc=Han}/u;
const HAS_LETTER = /\p{L}/u;

/** Terms of `text` in order, with repeats: words (Han words of 2+ characters, other words of 2+ letters,
 * lower-cased, no bare numbers) plus the Chinese terms recovered from runs of single characters. */
export function termsOf(text: string, lang: string): string[] {
  const tokens = wordTokens(toHalfWidth(text), lang);
  const out: string[] = [];
  for (const t of tokens) {
    const w = t.text.toLowerCase();
    if (!HAS_LETTER.test(w)) continue;
    if (w.length >= 2) out.push(w);
  }
  if (HAN.test(text)) out.push(...recoverTerms(tokens));
  return out;
}
