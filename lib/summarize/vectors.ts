// Sparse TF-IDF vectors over word and word-bigram features, and their cosine.
import { idf } from './df-table';

export type Vector = Map<string, number>;

/** Words weighted by background IDF, plus adjacent-word bigrams weighted by their rarer word's IDF, so
 * `of the` adds little and `公安 党校` much. Normalised to unit length. */
export function featureVector(terms: string[]): Vector {
  const v: Vector = new Map();
  const add = (key: string, w: number) => v.set(key, (v.get(key) ?? 0) + w);
  for (let i = 0; i < terms.length; i++) {
    const w = idf(terms[i]!);
    add(terms[i]!, w);
    if (i > 0) add(`${terms[i - 1]} ${terms[i]}`, Math.min(w, idf(terms[i - 1]!)));
  }
  return normalise(v);
}

export function normalise(v: Vector): Vector {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

/** Cosine of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const o = large.get(k);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

/** Unit-length sum of unit vectors: the article's centre. */
export function centroid(vectors: Vector[]): Vector {
  const c: Vector = new Map();
  for (const v of vectors) for (const [k, w] of v) c.set(k, (c.get(k) ?? 0) + w);
  return normalise(c);
}
