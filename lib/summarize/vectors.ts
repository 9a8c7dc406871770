// Sparse TF-IDF vectors over word, word-bigram and Han character-bigram features, and their cosine. Features
// are interned to small integers per article so vectors are sorted typed arrays: no string keys built per
// bigram, little garbage.
import { forEachHanBigram } from '../text';
import { hanBigramIdf, hanBigramKey, idf } from './df-table';

export interface SparseVector {
  /** Feature ids, ascending. */
  ids: Int32Array;
  /** Weights, unit length overall. */
  weights: Float64Array;
}

/** Interns the terms and bigrams of one article and remembers each term's IDF. */
export class Vocabulary {
  private readonly termIds = new Map<string, number>();
  private readonly pairIds = new Map<number, number>();
  private readonly hanBigramIds = new Map<number, number>();
  private readonly idfs: number[] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  term(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.size++;
      this.termIds.set(term, id);
      this.idfs[id] = idf(term);
    }
    return id;
  }

  /** Bigram ids share the id space; the pair key is exact while an article has under 2^21 distinct terms. */
  pair(a: number, b: number): number {
    const key = a * 2_097_152 + b;
    let id = this.pairIds.get(key);
    if (id === undefined) {
      id = this.size++;
      this.pairIds.set(key, id);
      this.idfs[id] = Math.min(this.idfs[a]!, this.idfs[b]!);
    }
    return id;
  }

  /** A Han character bigram by its two code points, with the IDF its string would have; no string is built
   * unless a character lies outside the BMP. */
  hanBigram(first: number, second: number): number {
    const key = hanBigramKey(first, second);
    if (key < 0) return this.term(String.fromCodePoint(first, second));
    let id = this.hanBigramIds.get(key);
    if (id === undefined) {
      id = this.size++;
      this.hanBigramIds.set(key, id);
      this.idfs[id] = hanBigramIdf(key);
    }
    return id;
  }

  weight(id: number): number {
    return this.idfs[id]!;
  }
}

/** Per-feature sums while one vector is built, and the build that last touched each feature: reused across
 * vectors (no Map per sentence). */
let sums = new Float64Array(1024);
let stamps = new Uint32Array(1024);
let build = 0;

/** Room for every id this vector can create: each term adds at most a term id and a pair id. */
function ensureCapacity(size: number): void {
  if (size <= sums.length) return;
  const length = Math.max(sums.length * 2, size);
  sums = new Float64Array(length);
  stamps = new Uint32Array(length);
  build = 0;
}

/** Words weighted by background IDF, plus (with `pairs`) adjacent-word bigrams weighted by their rarer word's
 * IDF, so `of the` adds little and `公安 党校` much; the Han character bigrams of `hanText` come first, weighted
 * by their own IDF (text compared on characters, not words). Character bigrams take no pairs: two overlapping
 * bigrams are just a trigram, and would double the vector's size for little. */
export function featureVector(terms: string[], vocab: Vocabulary, pairs = true, hanText = ''): SparseVector {
  ensureCapacity(vocab.length + 2 * terms.length + hanText.length);
  build++;
  const touched: number[] = [];
  const add = (id: number) => {
    if (stamps[id] !== build) {
      stamps[id] = build;
      sums[id] = 0;
      touched.push(id);
    }
    sums[id]! += vocab.weight(id);
  };
  forEachHanBigram(hanText, (first, second) => add(vocab.hanBigram(first, second)));
  let prev = -1;
  for (const term of terms) {
    const id = vocab.term(term);
    add(id);
    if (pairs && prev >= 0) add(vocab.pair(prev, id));
    prev = id;
  }
  const ids = Int32Array.from(touched).toSorted();
  const weights = new Float64Array(ids.length);
  let sum = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = sums[ids[i]!]!;
    weights[i] = w;
    sum += w * w;
  }
  const norm = Math.sqrt(sum) || 1;
  for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
  return { ids, weights };
}

/** Cosine of two unit vectors (a merge of their sorted ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** The article's centre: the unit-length sum of its sentence vectors, dense over the vocabulary. */
export function centroid(vectors: SparseVector[], size: number): Float64Array {
  const c = new Float64Array(size);
  for (const v of vectors) for (let i = 0; i < v.ids.length; i++) c[v.ids[i]!]! += v.weights[i]!;
  let sum = 0;
  for (const w of c) sum += w * w;
  const norm = Math.sqrt(sum) || 1;
  for (let i = 0; i < c.length; i++) c[i]! /= norm;
  return c;
}

export function cosineDense(v: SparseVector, dense: Float64Array): number {
  let dot = 0;
  for (let i = 0; i < v.ids.length; i++) dot += v.weights[i]! * (dense[v.ids[i]!] ?? 0);
  return dot;
}
