// ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin 2004). Tokens are characters for Chinese and Japanese text (no
// spaces between words, and word segmenters disagree) and lower-cased words for everything else.

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/** Tokens for ROUGE: each CJK character alone, other letters and digits as lower-cased words. */
export function rougeTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text
    .normalize('NFKC')
    .matchAll(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]|[\p{L}\p{N}]+/gu)) {
    const t = m[0];
    if (CJK.test(t)) out.push(t);
    else out.push(t.toLowerCase());
  }
  return out;
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (overlap === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const p = overlap / candidateTotal;
  const r = overlap / referenceTotal;
  return (2 * p * r) / (p + r);
}

function rougeN(candidate: string[], reference: string[], n: number): number {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let overlap = 0;
  for (const [k, count] of c) overlap += Math.min(count, r.get(k) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcsLength(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, () => 0);
  for (const x of a) {
    const row = Array.from({ length: b.length + 1 }, () => 0);
    for (let j = 0; j < b.length; j++)
      row[j + 1] = x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!);
    prev = row;
  }
  return prev[b.length]!;
}

export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return {
    rouge1: rougeN(c, r, 1),
    rouge2: rougeN(c, r, 2),
    rougeL: f1(lcsLength(c, r), c.length, r.length),
  };
}
