// Sentence splitting: Intl.Segmenter ('sentence') plus the rules ICU's default break iterator misses.
// ICU (as shipped in Node 20 and Chromium) does not suppress breaks after English abbreviations (`Mr. |Smith`,
// even with `-u-ss-standard`), leaves an opening quote on the previous sentence (`我笑了。“|好的!”`), and
// does not split at the Chinese semicolon. The segmenter already keeps a closing quote with its sentence,
// does not split at `……`/`...`, and keeps decimals (`3.5`) whole.

/** Titles and abbreviations that are never a sentence end when followed by more text. */
const ALWAYS_JOIN =
  /(?:^|[\s(“"'])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Rev|Hon|Pres|Supt|Insp|Det|Cpl|Maj|Adm|Cmdr|Mt|Ft|vs|No|Nos|Vol|Fig|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.\s*$/;
/** Abbreviations that may end a sentence: joined only when the next part does not start like a sentence. */
const MAYBE_JOIN = /(?:^|[\s(“"'])(?:U\.S|U\.K|U\.N|E\.U|a\.m|p\.m|Inc|Corp|Co|Ltd|etc|e\.g|i\.e)\.\s*$/;
const SENTENCE_START =
  /^(?:The|A|An|He|She|It|They|We|I|You|This|That|These|Those|There|In|On|At|But|And|If|When|While|After|Before|As|His|Her|Its|Their|Our|My|So|Yet|Still|Now|Then|Some|Many|Most|What|Who|Why|How)\b/;
const OPENERS = /[“‘「『《〈(（["']+$/;
/** Chinese semicolons (and a half-width one between Han characters) end a clause we treat as a sentence. */
const CJK_SEMICOLON = /(?<=；)|(?<=\p{sc=Han}[;])(?=\s*\p{sc=Han})/u;
const HAS_SEMICOLON = /[;；]/;

const segmenterCache = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(lang: string): Intl.Segmenter {
  let seg = segmenterCache.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang || 'und', { granularity: 'sentence' });
    segmenterCache.set(lang, seg);
  }
  return seg;
}

function shouldJoin(prev: string, next: string): boolean {
  // ICU breaks after `...` even inside a Chinese sentence, where an ellipsis never ends one.
  if (/(?:\.\.\.|…)\s*$/.test(prev) && /^\s*\p{sc=Han}/u.test(next)) return true;
  if (ALWAYS_JOIN.test(prev)) return true;
  if (MAYBE_JOIN.test(prev))
    return !SENTENCE_START.test(next.trimStart()) || /^[a-z0-9]/.test(next.trimStart());
  return /^[a-z]/.test(next.trimStart()) && /\.\s*$/.test(prev);
}

/** Longest stretch of a sentence's end that the join rules look at: they only ask how it ends. */
const JOIN_TAIL = 64;

/** A piece may end at offset i when text[i - 1] is whitespace after a sentence end (or a Chinese one). */
const SENTENCE_END_BEFORE = (text: string, i: number) =>
  /[。!?！？]/.test(text[i - 1]!) || (/\s/.test(text[i - 1]!) && /[.!?]/.test(text[i - 2] ?? ''));
const WHITESPACE_BEFORE = (text: string, i: number) => /\s/.test(text[i - 1]!);

/** Cuts `text` into pieces of at most `maxChars`, each ending at the last offset of its window's second half
 * that `preferred` accepts, else after its last whitespace there, else anywhere but inside a surrogate pair;
 * the pieces join back to `text`. */
export function cutLongRun(
  text: string,
  maxChars: number,
  preferred: (text: string, end: number) => boolean = WHITESPACE_BEFORE,
): string[] {
  if (text.length <= maxChars) return [text];
  const out: string[] = [];
  let start = 0;
  const lastAccepted = (from: number, accepts: (text: string, end: number) => boolean) => {
    // Only the window's second half: a cut there keeps words whole without tiny pieces.
    for (let i = from; i > start + maxChars / 2; i--) if (accepts(text, i)) return i;
    return -1;
  };
  while (text.length - start > maxChars) {
    let end = start + maxChars;
    const cut = lastAccepted(end, preferred);
    const fallback = cut < 0 && preferred !== WHITESPACE_BEFORE ? lastAccepted(end, WHITESPACE_BEFORE) : -1;
    if (cut > 0 || fallback > 0) end = Math.max(cut, fallback);
    if (/[\uDC00-\uDFFF]/.test(text[end] ?? '')) end--;
    out.push(text.slice(start, end));
    start = end;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * Splits text into sentences, each trimmed and non-empty, in order. Works on Chinese, English and mixed text;
 * `lang` only picks the segmenter's locale. A run longer than `maxChars` without a sentence end is cut into
 * pieces of at most that length (see cutLongRun), and no join makes a sentence longer, so the work per
 * sentence stays bounded on text that has no punctuation.
 */
export function splitSentences(text: string, lang = 'und', maxChars = Infinity): string[] {
  const raw: string[] = [];
  // ICU's sentence iterator is quadratic on some runs (100 kB of `Mr. Mr. …` takes seconds), so it is given
  // windows of at most twice the sentence bound, cut after a sentence end where the window has one.
  for (const window of cutLongRun(text, 2 * maxChars, SENTENCE_END_BEFORE)) {
    for (const { segment } of sentenceSegmenter(lang).segment(window)) {
      // The split pattern is tried at every offset, and only a semicolon can make it split.
      const parts = HAS_SEMICOLON.test(segment) ? segment.split(CJK_SEMICOLON) : [segment];
      for (const part of parts) if (part) raw.push(...cutLongRun(part, maxChars));
    }
  }
  // Each sentence as its parts, with its length and its last JOIN_TAIL characters kept aside: testing the
  // joined string itself would copy it once per join, quadratic on text that joins thousands of times.
  const out: { parts: string[]; length: number; tail: string }[] = [];
  let carry = '';
  for (let part of raw) {
    part = carry + part;
    carry = '';
    const opener = OPENERS.exec(part.trimEnd());
    if (opener && opener[0].length < part.trim().length) {
      // An opening quote left at the end belongs to the next sentence.
      carry = opener[0];
      part = part.trimEnd().slice(0, -opener[0].length);
    }
    const prev = out.at(-1);
    const fits = prev !== undefined && prev.length + part.length <= maxChars;
    if (fits && (shouldJoin(prev.tail, part) || !/\p{L}|\p{N}/u.test(part))) {
      prev.parts.push(part);
      prev.length += part.length;
      prev.tail = (prev.tail + part).slice(-JOIN_TAIL);
    } else {
      out.push({ parts: [part], length: part.length, tail: part.slice(-JOIN_TAIL) });
    }
  }
  if (carry) out.push({ parts: [carry], length: carry.length, tail: carry });
  return out.map((s) => s.parts.join('').trim()).filter((s) => s.length > 0);
}
