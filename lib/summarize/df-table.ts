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

function load(): Map<string, number> {
  if (!dfMap) {
    dfMap = new Map();
    for (const [df, terms] of Object.entries((table as DfTable).byDf)) {
      for (const term of terms.split(' ')) dfMap.set(term, Number(df));
    }
  }
  return dfMap;
}

/** Smoothed inverse document frequency of a lower-cased term against the background table: 0 for a term in
 * every document (`the`), highest for a term the table does not hold. */
export function idf(term: string): number {
  const df = load().get(term) ?? 0;
  return Math.log((table.docs + 1) / (df + 1));
}

export function backgroundDocs(): number {
  return table.docs;
}
