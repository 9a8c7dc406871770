// The text-quality count shared by detect's prose lines and extract's article gate (lib/extract/quality.ts),
// in one char-code loop over a sample instead of three global regex matches that each build an array of
// every matching character. The character classes are the regex definition's Unicode property classes,
// tested once per code point and remembered, so the verdict is the same for every string (a property test
// against that definition pins this).
import { MAX_JUNK_CHAR_SHARE, MIN_WORD_CHAR_SHARE } from '../extract/constants';
import { MAX_CACHED_ASTRAL_CHARS } from './constants';

const VISIBLE = 1;
const WORD = 2;
const JUNK = 4;
/** Set on every table entry that has been filled, so 0 means "not seen yet". */
const KNOWN = 8;

const VISIBLE_CHAR = /^\S$/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Controls (but not line breaks and tabs), format characters, lone surrogates, unassigned, private use, U+FFFD. */
const JUNK_CHAR = /^(?![\t\n\v\f\r])[\p{Cc}\p{Cf}\p{Cs}\p{Cn}\p{Co}\uFFFD]$/u;

function categoryOf(char: string): number {
  return (
    KNOWN |
    (VISIBLE_CHAR.test(char) ? VISIBLE : 0) |
    (WORD_CHAR.test(char) ? WORD : 0) |
    (JUNK_CHAR.test(char) ? JUNK : 0)
  );
}

/** Categories of the BMP code units (a lone surrogate is a code point of its own), filled on first sight. */
let bmpCategories: Uint8Array | undefined;
/** Categories of astral code points seen, up to a bound (a page of random emoji must not grow it without end). */
const astralCategories = new Map<number, number>();

function bmpCategory(code: number): number {
  bmpCategories ??= new Uint8Array(0x10000);
  let category = bmpCategories[code]!;
  if (category === 0) {
    category = categoryOf(String.fromCharCode(code));
    bmpCategories[code] = category;
  }
  return category;
}

function astralCategory(codePoint: number): number {
  let category = astralCategories.get(codePoint);
  if (category === undefined) {
    category = categoryOf(String.fromCodePoint(codePoint));
    if (astralCategories.size < MAX_CACHED_ASTRAL_CHARS) astralCategories.set(codePoint, category);
  }
  return category;
}

/** isReadableText(text.slice(0, end)): mostly letters or digits, almost no control or replacement characters. */
export function isReadableSample(text: string, end: number): boolean {
  const stop = Math.min(end, text.length);
  let visible = 0;
  let word = 0;
  let junk = 0;
  for (let i = 0; i < stop; i++) {
    const code = text.charCodeAt(i);
    let category: number;
    if (code < 0xd800 || code > 0xdbff || i + 1 >= stop) category = bmpCategory(code);
    else {
      const low = text.charCodeAt(i + 1);
      if (low < 0xdc00 || low > 0xdfff) category = bmpCategory(code);
      else {
        category = astralCategory(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        i++;
      }
    }
    if (category & VISIBLE) visible++;
    if (category & WORD) word++;
    if (category & JUNK) junk++;
  }
  if (visible === 0) return false;
  return word >= visible * MIN_WORD_CHAR_SHARE && junk <= visible * MAX_JUNK_CHAR_SHARE;
}
