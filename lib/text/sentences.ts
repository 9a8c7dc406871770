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

/**
 * Splits text into sentences, each trimmed and non-empty, in order. Works on Chinese, English and mixed text;
 * `lang` only picks the segmenter's locale.
 */
export function splitSentences(text: string, lang = 'und'): string[] {
  const raw: string[] = [];
  for (const { segment } of sentenceSegmenter(lang).segment(text)) {
    for (const part of segment.split(CJK_SEMICOLON)) if (part) raw.push(part);
  }
  const out: string[] = [];
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
    if (prev !== undefined && (shouldJoin(prev, part) || !/\p{L}|\p{N}/u.test(part))) {
      out[out.length - 1] = prev + part;
    } else {
      out.push(part);
    }
  }
  if (carry) out.push(carry);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}
