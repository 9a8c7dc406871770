// What the page walks need to know of a text node (detection's weight, the readers' clause marks, lengths
// and "shows anything"), read in one pass over its characters: a walk meets every text node of the page,
// and a loop or regex per question cost more than one loop that fills them all.
import { HAN_WEIGHT } from '../detect/constants';
import { CLAUSE_PUNCTUATION } from './region-constants';

export interface TextFacts {
  /** Weighted length of visible text (detection's measure of a line): Han characters count HAN_WEIGHT. */
  weight: number;
  /** Clause marks (commas, full stops…), as the region's scores count them. */
  commas: number;
  /** Characters that are not whitespace (`\S`). */
  visible: number;
  /** The text trimmed is `text.slice(start, end)` (both 0 when it is all whitespace). */
  start: number;
  end: number;
  /** Whitespace runs inside the trimmed text: its length with each run as one space is visible + runs. */
  runs: number;
}

/** A facts object to fill and reuse. */
export const newTextFacts = (): TextFacts => ({
  weight: 0,
  commas: 0,
  visible: 0,
  start: 0,
  end: 0,
  runs: 0,
});

/**
 * Per UTF-16 code unit: its weight (0–3) in the low bits, then whether it is `\s` and a clause mark, then
 * the script of a letter (the language guess's LATIN…ARABIC, 0 for anything else).
 */
const WEIGHT_BITS = 3;
export const SPACE = 4;
const CLAUSE = 8;
export const SCRIPT_SHIFT = 4;
export const LATIN = 1;
export const KANA = 2;
export const HANGUL = 3;
export const HAN = 4;
export const CYRILLIC = 5;
export const ARABIC = 6;
/** One table read per character answers all these questions (filled by ranges: a few microseconds). */
export const CHAR_FACTS = new Uint8Array(0x10000);
// Controls and the no-break and ideographic spaces weigh nothing, Han counts HAN_WEIGHT, the rest 1.
CHAR_FACTS.fill(1, 0x21);
CHAR_FACTS[0xa0] = 0;
CHAR_FACTS[0x3000] = 0;
// Letters by script, every range in the BMP (surrogate halves count as the code points they form would).
for (const [script, from, to] of [
  [LATIN, 0x41, 0x5b],
  [LATIN, 0x61, 0x7b],
  [LATIN, 0xc0, 0x250],
  [KANA, 0x3040, 0x3100],
  [HANGUL, 0xac00, 0xd7b0],
  [HAN, 0x3400, 0x4dc0],
  [HAN, 0x4e00, 0xa000],
  [CYRILLIC, 0x400, 0x500],
  [ARABIC, 0x600, 0x700],
] as const) {
  CHAR_FACTS.fill((script << SCRIPT_SHIFT) | (script === HAN ? HAN_WEIGHT : 1), from, to);
}
/** A code unit the table counts as a HAN letter, for a native search (a test holds the two together). */
export const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff]/;
// The characters of `\s` and of String.prototype.trim (a test compares them with the regex on the whole BMP).
for (const code of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
  CHAR_FACTS[code]! |= SPACE;
for (let code = 0x2000; code <= 0x200a; code++) CHAR_FACTS[code]! |= SPACE;
for (const char of CLAUSE_PUNCTUATION) CHAR_FACTS[char.charCodeAt(0)]! |= CLAUSE;

/** Fills `facts` for `text` (one object reused for every node: nothing is allocated per node). */
export function readTextFacts(text: string, facts: TextFacts): void {
  let weight = 0;
  let commas = 0;
  let visible = 0;
  let runs = 0;
  let start = 0;
  let end = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const bits = CHAR_FACTS[text.charCodeAt(i)]!;
    if (bits & SPACE) inSpace = true;
    else {
      if (!visible) start = i;
      else if (inSpace) runs++;
      inSpace = false;
      visible++;
      end = i + 1;
    }
    weight += bits & WEIGHT_BITS;
    if (bits & CLAUSE) commas++;
  }
  facts.weight = weight;
  facts.commas = commas;
  facts.visible = visible;
  facts.start = start;
  facts.end = end;
  facts.runs = runs;
}

/**
 * The characters of the regex class `\s` (and of String.prototype.trim): ECMAScript WhiteSpace and
 * LineTerminator. For char-code loops that must agree with regexes elsewhere.
 */
export function isSpaceCode(code: number): boolean {
  return (CHAR_FACTS[code]! & SPACE) !== 0;
}
