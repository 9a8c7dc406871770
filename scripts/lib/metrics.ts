// Text-overlap metrics shared by the benchmarks: a bag of tokens where Latin-script words are lower-cased
// whole words and every Han character is its own token (Chinese has no spaces to split on, and character
// overlap is the measure the Chinese extraction benchmarks use).

const TOKEN = /\p{Script=Han}|[\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;

/** Tokens of `text`: each Han character, each run of other letters/digits lower-cased. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    tokens.push(HAN.test(token) ? token : token.toLowerCase());
  }
  return tokens;
}

export interface Overlap {
  precision: number;
  recall: number;
  f1: number;
}

/** Bag-of-tokens precision, recall and F1 of `predicted` against `expected` (multiset intersection). */
export function tokenF1(predicted: string, expected: string): Overlap {
  const want = new Map<string, number>();
  const expectedTokens = tokenize(expected);
  for (const token of expectedTokens) want.set(token, (want.get(token) ?? 0) + 1);
  const predictedTokens = tokenize(predicted);
  let common = 0;
  for (const token of predictedTokens) {
    const left = want.get(token);
    if (left) {
      common++;
      want.set(token, left - 1);
    }
  }
  if (!expectedTokens.length && !predictedTokens.length) return { precision: 1, recall: 1, f1: 1 };
  if (!common) return { precision: 0, recall: 0, f1: 0 };
  const precision = common / predictedTokens.length;
  const recall = common / expectedTokens.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

/** The q-quantile (0..1) by nearest rank. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export function median(values: number[]): number {
  return quantile(values, 0.5);
}
