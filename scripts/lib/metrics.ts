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
  const sorted = values.toSorted((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** Author names compared without case, spaces or punctuation. */
function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*by\s+/, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * An author prediction is right when, normalised, it equals the gold byline, contains it without much else
 * (at most a few extra characters, e.g. a second name the gold omits), or is a substantial part of it.
 */
export function authorMatches(predicted: string | undefined, gold: string): boolean {
  const want = normaliseName(gold);
  const got = normaliseName(predicted ?? '');
  if (!want || !got) return false;
  if (got === want) return true;
  if (got.includes(want)) return got.length <= want.length * 2 + 4;
  return want.includes(got) && got.length >= Math.min(want.length, 2) && got.length * 2 >= want.length;
}

/** Calendar fields of a date string: the first numeric Y-M-D (or Y-M, or Y) it holds, else Date.parse. */
export function calendarFields(text: string | undefined | null): number[] | undefined {
  if (!text) return undefined;
  const m = /((?:19|20)\d{2})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?)?/.exec(text);
  if (m) return [m[1], m[2], m[3]].filter((v) => v !== undefined).map(Number);
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return undefined;
  const date = new Date(parsed);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** Same calendar day as printed (or same month / year when the gold gives only that much). */
export function dateMatches(predicted: string | undefined | null, gold: string): boolean {
  const want = calendarFields(gold);
  const got = calendarFields(predicted);
  if (!want || !got || got.length < want.length) return false;
  return want.every((value, i) => got[i] === value);
}
