// Key sentences: scored by position (article lead, section leads), centrality (cosine to the article's
// TF-IDF centre) and closeness to the headline; picked MMR-style so no two say the same; kept in article order.
import type { KeySentence } from '../model';
import type { ArticleSentence } from './article-sentences';
import { countHan } from '../text';
import { centroid, cosine, cosineDense, featureVector, Vocabulary } from './vectors';
import {
  DUPLICATE_SIMILARITY,
  KEY_SENTENCE_LENGTH_STEPS,
  KEY_SENTENCE_MIN_CHARS,
  LATIN_CHAR_WEIGHT,
  MMR_LAMBDA,
  POSITION_DECAY,
  WEIGHT_CENTRALITY,
  WEIGHT_HEADLINE,
  WEIGHT_POSITION,
} from './constants';

/** Article length in Chinese-character equivalents: a Han character is one, other letters weigh less. */
export function readingLength(texts: string[]): number {
  let han = 0;
  let visible = 0;
  for (const t of texts) {
    han += countHan(t);
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

/** True when `text` has fewer than `min` code points; only a text of under twice that many code units needs
 * counting (a code point is one or two units), and the rest are not copied into arrays. */
function isShorterThan(text: string, min: number): boolean {
  if (text.length < min) return true;
  return text.length < 2 * min && [...text].length < min;
}

/** Lead sentence, then the rest of the lead paragraph, section leads and paragraph leads, plus a share that
 * falls from the start of the article to its end (news puts what matters first). */
function positionScore(s: ArticleSentence, index: number, count: number): number {
  const early = POSITION_DECAY * (1 - index / count);
  if (index === 0) return 1 + early;
  if (s.paragraph === 0) return 0.6 / (1 + s.inParagraph) + early;
  if (s.sectionLead) return 0.5 + early;
  return (s.inParagraph === 0 ? 0.2 : 0) + early;
}

/** `wordFeatures`: the Han text was word-split, so its words are paired up; else it is compared on character
 * bigrams read from the normalised text. */
export function keySentences(
  sentences: ArticleSentence[],
  headline: { normalized: string; terms: string[] },
  wordFeatures = true,
): KeySentence[] {
  if (sentences.length === 0) return [];
  const vocab = new Vocabulary();
  const vector = (s: { normalized: string; terms: string[] }) =>
    featureVector(s.terms, vocab, wordFeatures, wordFeatures ? '' : s.normalized);
  const vectors = sentences.map(vector);
  const title = vector(headline);
  const centre = centroid(vectors, vocab.length);
  const scores = sentences.map((s, i) => {
    const tooShort = sentences.length > 1 && isShorterThan(s.text, KEY_SENTENCE_MIN_CHARS);
    if (tooShort) return 0;
    return (
      WEIGHT_POSITION * positionScore(s, i, sentences.length) +
      WEIGHT_CENTRALITY * cosineDense(vectors[i]!, centre) +
      WEIGHT_HEADLINE * cosine(vectors[i]!, title)
    );
  });
  const wanted = Math.min(keySentenceCount(readingLength(sentences.map((s) => s.text))), sentences.length);
  // MMR: each round takes the best score minus overlap with what is already chosen; redundancy[i] is the
  // highest cosine of sentence i to any chosen one, updated once per round.
  const redundancy = new Float64Array(sentences.length);
  const open = new Set(sentences.map((_, i) => i).filter((i) => scores[i]! > 0 || sentences.length === 1));
  const chosen: number[] = [];
  while (chosen.length < wanted && open.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of open) {
      if (redundancy[i]! >= DUPLICATE_SIMILARITY) continue;
      const value = MMR_LAMBDA * scores[i]! - (1 - MMR_LAMBDA) * redundancy[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    open.delete(best);
    for (const i of open) redundancy[i] = Math.max(redundancy[i]!, cosine(vectors[i]!, vectors[best]!));
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
