// Baselines for the summary benchmark: the first N sentences (LEAD-N) and plain TextRank (Mihalcea & Tarau
// 2004: word-overlap similarity, PageRank, top sentences in article order).
import { splitWords } from '../../lib/text';

export function lead(sentences: string[], n: number): string[] {
  return sentences.slice(0, n);
}

const DAMPING = 0.85;
const ITERATIONS = 30;

function overlapSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size < 2 || b.size < 2) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (Math.log(a.size) + Math.log(b.size));
}

export function textRank(sentences: string[], n: number, lang: string): string[] {
  const bags = sentences.map((s) => new Set(splitWords(s, lang)));
  const count = sentences.length;
  const weights = bags.map((a, i) => bags.map((b, j) => (i === j ? 0 : overlapSimilarity(a, b))));
  const outSums = weights.map((row) => row.reduce((x, y) => x + y, 0));
  let rank = Array.from({ length: count }, () => 1 / Math.max(count, 1));
  for (let it = 0; it < ITERATIONS; it++) {
    rank = rank.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < count; j++) if (outSums[j]! > 0) sum += (weights[j]![i]! / outSums[j]!) * rank[j]!;
      return (1 - DAMPING) / count + DAMPING * sum;
    });
  }
  return rank
    .map((r, i) => [r, i] as const)
    .toSorted((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, n)
    .map(([, i]) => i)
    .toSorted((a, b) => a - b)
    .map((i) => sentences[i]!);
}
