// The background document-frequency table (data/df.json, built by scripts/build-df-table.ts from corpus
// text). Terms missing from it are rarer than every kept term, so they get the table's highest IDF.
import table from './data/df.json';

export interface DfTable {
  /** Documents the table was counted over. */
  docs: number;
  /** Document frequency → the terms with that frequency, space-separated. */
  byDf: Record<string, string>;
}

let dfMap: Map<string, number> | undefined;
/** The table's two-character Han terms by hanBigramKey: a long article looks up thousands of bigrams, and
 * this spares building a string for each. */
let hanBigramDfMap: Map<number, number> | undefined;
const TWO_HAN = /^\p{sc=Han}{2}$/u;

function load(): Map<string, number> {
  if (!dfMap) {
    dfMap = new Map();
    hanBigramDfMap = new Map();
    for (const [df, terms] of Object.entries((table as DfTable).byDf)) {
      for (const term of terms.split(' ')) {
        dfMap.set(term, Number(df));
        if (TWO_HAN.test(term))
          hanBigramDfMap.set(hanBigramKey(term.charCodeAt(0), term.charCodeAt(1)), Number(df));
      }
    }
  }
  return dfMap;
}

const idfOf = (df: number) => Math.log((table.docs + 1) / (df + 1));

/** Smoothed inverse document frequency of a lower-cased term against the background table: 0 for a term in
 * every document (`the`), highest for a term the table does not hold. */
export function idf(term: string): number {
  return idfOf(load().get(term) ?? 0);
}

/** BMP Han characters lie in U+2E80–U+9FFF and U+F900–U+FAFF: packed into 15 bits, two make a key below
 * 2^30, a small integer (a Map's fastest key). */
const HAN_BLOCK_START = 0x2e80;
const HAN_COMPATIBILITY_START = 0xf900;
const HAN_COMPATIBILITY_PACKED = 0xa000 - HAN_BLOCK_START;
const packHan = (code: number) =>
  code < HAN_COMPATIBILITY_START
    ? code - HAN_BLOCK_START
    : code - HAN_COMPATIBILITY_START + HAN_COMPATIBILITY_PACKED;

/** Integer key of the bigram of two Han characters given by code point, or -1 when one lies outside the BMP. */
export function hanBigramKey(first: number, second: number): number {
  return first > 0xffff || second > 0xffff ? -1 : packHan(first) * 0x8000 + packHan(second);
}

/** idf() of a Han bigram by its key (see hanBigramKey). */
export function hanBigramIdf(key: number): number {
  load();
  return idfOf(hanBigramDfMap!.get(key) ?? 0);
}

export function backgroundDocs(): number {
  return table.docs;
}
