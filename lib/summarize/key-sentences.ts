// Key sentences: scored by position (article lead, section leads), centrality (cosine to the article's
// TF-IDF centre) and closeness to the headline; picked MMR-style so no two say the same; kept in article order.
import type { KeySentence } from '../model';
import type { ArticleSentence } from './article-sentences';
import { centroid, cosine, featureVector } from './vectors';
import {
  DUPLICATE_SIMILARITY,
  KEY_SENTENCE_LENGTH_STEPS,
  KEY_SENTENCE_MIN_CHARS,
  LATIN_CHAR_WEIGHT,
  MMR_LAMBDA,
  WEIGHT_CENTRALITY,
  WEIGHT_HEADLINE,
  WEIGHT_POSITION,
} from './constants';

/** Article length in Chinese-character equivalents: a Han character is one, other letters weigh less. */
export function readingLength(texts: string[]): number {
  let han = 0;
  let visible = 0;
  for (const t of texts) {
    han += t.match(/\p{sc=Han}/gu)?.length ?? 0;
    visible += t.replace(/\s+/g, '').length;
  }
  return han + (visible - han) * LATIN_CHAR_WEIGHT;
}

/** How many key sentences an article of this length gets: one for a brief, up to five for a long feature. */
export function keySentenceCount(length: number): number {
  let count = 1;
  for (const step of KEY_SENTENCE_LENGTH_STEPS) if (length >= step) count++;
  return count;
}

function positionScore(s: ArticleSentence, index: number): number {
  if (index === 0) return 1;
  if (s.paragraph === 0) return 0.6 / (1 + s.inParagraph);
  if (s.sectionLead) return 0.5;
  return s.inParagraph === 0 ? 0.2 : 0;
}

export function keySentences(sentences: ArticleSentence[], headlineTerms: string[]): KeySentence[] {
  if (sentences.length === 0) return [];
  const vectors = sentences.map((s) => featureVector(s.terms));
  const centre = centroid(vectors);
  const title = featureVector(headlineTerms);
  const scores = sentences.map((s, i) => {
    const tooShort = [...s.text].length < KEY_SENTENCE_MIN_CHARS && sentences.length > 1;
    if (tooShort) return 0;
    return (
      WEIGHT_POSITION * positionScore(s, i) +
      WEIGHT_CENTRALITY * cosine(vectors[i]!, centre) +
      WEIGHT_HEADLINE * cosine(vectors[i]!, title)
    );
  });
  const wanted = Math.min(keySentenceCount(readingLength(sentences.map((s) => s.text))), sentences.length);
  const chosen: number[] = [];
  const candidates = new Set(
    sentences.map((_, i) => i).filter((i) => scores[i]! > 0 || sentences.length === 1),
  );
  while (chosen.length < wanted && candidates.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of candidates) {
      const redundancy = Math.max(0, ...chosen.map((j) => cosine(vectors[i]!, vectors[j]!)));
      if (redundancy >= DUPLICATE_SIMILARITY) continue;
      const value = MMR_LAMBDA * scores[i]! - (1 - MMR_LAMBDA) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    candidates.delete(best);
  }
  const top = Math.max(...scores, Number.MIN_VALUE);
  return chosen
    .toSorted((a, b) => a - b)
    .map((i) => ({
      text: sentences[i]!.text,
      paragraph: sentences[i]!.paragraph,
      score: round(scores[i]! / top),
    }));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
