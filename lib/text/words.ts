// Word splitting with Intl.Segmenter ('word'). Its Chinese dictionary splits rare terms and names into single
// characters (`翁|牛|特|旗`, `政|工`); `recoverTerms` joins such runs back into candidate terms.

const segmenterCache = new Map<string, Intl.Segmenter>();
function wordSegmenter(lang: string): Intl.Segmenter {
  let seg = segmenterCache.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang || 'und', { granularity: 'word' });
    segmenterCache.set(lang, seg);
  }
  return seg;
}

export interface WordToken {
  text: string;
  index: number;
}

/** Word-like segments (no punctuation or spaces), in order, with their offsets. */
export function wordTokens(text: string, lang = 'und'): WordToken[] {
  const out: WordToken[] = [];
  for (const s of wordSegmenter(lang).segment(text)) {
    if (s.isWordLike) out.push({ text: s.segment, index: s.index });
  }
  return out;
}

/** Lower-cased word-like segments. */
export function splitWords(text: string, lang = 'und'): string[] {
  return wordTokens(text, lang).map((t) => t.text.toLowerCase());
}

const SINGLE_HAN = /^\p{sc=Han}$/u;

/**
 * Runs of 2–`maxLength` adjacent single-Han-character tokens, joined: the terms the segmenter's dictionary
 * did not know (`政工`, `翁牛特`). Longer runs are cut into consecutive pieces of at most `maxLength`.
 */
export function recoverTerms(tokens: WordToken[], maxLength = 4): string[] {
  const out: string[] = [];
  let run = '';
  let end = -1;
  const flush = () => {
    for (let i = 0; i + 1 < run.length; i += maxLength) {
      const piece = run.slice(i, i + maxLength);
      if (piece.length >= 2) out.push(piece);
    }
    run = '';
  };
  for (const t of tokens) {
    if (SINGLE_HAN.test(t.text) && t.index === end) run += t.text;
    else {
      flush();
      if (SINGLE_HAN.test(t.text)) run = t.text;
    }
    end = t.index + t.text.length;
  }
  flush();
  return out;
}

/** Character n-grams of the Han runs of `text` (no n-gram crosses punctuation or Latin text). */
export function hanNgrams(text: string, n: number): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{sc=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  }
  return out;
}
