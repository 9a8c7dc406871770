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

const HAN_RUN = /\p{sc=Han}+/gu;

/**
 * Calls `visit` with the code points of each Han character bigram of `text`, in order (no bigram crosses
 * punctuation or Latin text), without a string built for each, which would be most of their cost when a long
 * article is compared on bigrams.
 */
export function forEachHanBigram(text: string, visit: (first: number, second: number) => void): void {
  for (const match of text.matchAll(HAN_RUN)) {
    const end = match.index + match[0].length;
    let i = match.index;
    let first = text.codePointAt(i)!;
    i += first > 0xffff ? 2 : 1;
    while (i < end) {
      const second = text.codePointAt(i)!;
      visit(first, second);
      first = second;
      i += second > 0xffff ? 2 : 1;
    }
  }
}

/** Words of the scripts written with spaces (letters and digits, joined by an inner apostrophe, period or
 * comma as in `don't`, `U.S`, `3,000`), lower-cased; Han text is left out. A regular expression rather
 * than Intl.Segmenter: for these scripts it finds the same words, while the segmenter costs about a
 * microsecond per segment (a 20,000-character article: ~6 ms of a 20 ms budget). */
export function spacedWords(text: string): string[] {
  // Lower-casing the whole text first gives the same words (no offsets are kept) for one call, not one a
  // word; text without Han or kana takes the simpler pattern, about four times faster than the one that
  // has to leave those scripts out.
  const lower = text.toLowerCase();
  return lower.match(HAN_OR_KANA.test(lower) ? SPACED_WORD_BESIDE_CJK : SPACED_WORD) ?? [];
}
const HAN_OR_KANA = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const wordPattern = (char: string) => new RegExp(String.raw`${char}+(?:['’.]${char}+|,\p{N}+)*`, 'gu');
const SPACED_WORD = wordPattern(String.raw`[\p{L}\p{N}\p{M}_\u00ad]`);
const SPACED_WORD_BESIDE_CJK = wordPattern(
  String.raw`(?:[^\P{L}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[\p{N}\p{M}_\u00ad])`,
);

/**
 * The word-like segment covering a character offset, looked up on demand with `Segments.containing()` and
 * memoised: ICU then segments only the Han run around the offset, so a sentence costs nothing until a rule
 * asks about one of its boundaries. Gives the same words as `wordTokens` on the same text.
 */
export function wordLookup(text: string, lang = 'und'): (offset: number) => WordToken | undefined {
  let segments: Intl.Segments | undefined;
  // Per offset: undefined until looked up, then the covering word or null (punctuation, space).
  const known: (WordToken | null | undefined)[] = [];
  return (offset) => {
    if (offset < 0 || offset >= text.length) return undefined;
    const cached = known[offset];
    if (cached !== undefined) return cached ?? undefined;
    segments ??= wordSegmenter(lang).segment(text);
    const s = segments.containing(offset)!;
    const word = s.isWordLike ? { text: s.segment, index: s.index } : null;
    for (let i = s.index; i < s.index + s.segment.length; i++) known[i] = word;
    return word ?? undefined;
  };
}

/** The word-like token covering a character offset, found by binary search in tokens already split (in order,
 * not overlapping): the same answers as `wordLookup` on the text they were split from. */
export function tokenLookup(tokens: WordToken[]): (offset: number) => WordToken | undefined {
  return (offset) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.index <= offset) lo = mid + 1;
      else hi = mid;
    }
    const token = tokens[lo - 1];
    return token && offset < token.index + token.text.length ? token : undefined;
  };
}
