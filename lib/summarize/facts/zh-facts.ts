// Chinese numbers with their measure word, quoted names and people with a role. Regular expressions by hand:
// see zh-lexicon.ts for why.
import type { FactCandidate } from './types';
import { AFTER_PERSON, MEASURE_WORDS, NAME_STOP, NOUN_TAKING_CLASSIFIERS, PERSON_ROLES } from './zh-lexicon';
import { QUOTE_MAX_LENGTH } from '../constants';

/** Escapes regular-expression syntax (the `u` flag rejects escapes of characters that need none). */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MEASURE = MEASURE_WORDS.map(escape).join('|');
const HAN_NUMERAL = '[零〇一二三四五六七八九十百千万亿两]';
// A numeral starts only where no numeral precedes it: a match from inside a run could only repeat what the
// run's start already tried, and trying it again at every position is quadratic on a long run (`一一一…`).
const NUMBER_RE = new RegExp(
  String.raw`(?<![A-Za-z\d.,])(第|数|几)?(\d+(?:[.,]\d+)*|(?<!${HAN_NUMERAL})${HAN_NUMERAL}+)([多余])?([万亿千百])?([多余])?(${MEASURE})`,
  'gu',
);
const STOP_CLASS = `[${NAME_STOP}]`;
const NOUN_AFTER = new RegExp(`^(?:(?!${STOP_CLASS})\\p{sc=Han}){1,3}`, 'u');

/** Han numerals count only when they are a real quantity (`万余`, `三十`), not the `一` of `一个`/`三级`. */
function isQuantity(numeral: string, scale: string | undefined): boolean {
  if (/\d/.test(numeral)) return true;
  return numeral.length >= 2 || /[十百千万亿]/.test(numeral) || scale !== undefined;
}

/** Every number NUMBER_RE reads starts with one of these: sentences without one skip the pattern. */
const NUMERAL = new RegExp(String.raw`\d|${HAN_NUMERAL}`);

export function chineseNumbers(text: string): FactCandidate[] {
  const out: FactCandidate[] = [];
  if (!NUMERAL.test(text)) return out;
  for (const m of text.matchAll(NUMBER_RE)) {
    const [whole, ordinal, numeral, , scale, , measure] = m;
    if (!isQuantity(numeral!, scale)) continue;
    // A four-digit year is a date (dates-zh.ts), and `第N个“…”` is part of a quoted name.
    if (measure === '年' && /^\d{4}$/.test(numeral!)) continue;
    if (ordinal === '第' && measure !== '%') {
      const after = text.slice(m.index! + whole.length);
      if (/^[“"《「]/.test(after)) continue;
    }
    let end = m.index! + whole.length;
    if (NOUN_TAKING_CLASSIFIERS.includes(measure!)) {
      const noun = NOUN_AFTER.exec(text.slice(end));
      if (!noun) continue;
      end += noun[0].length;
    }
    out.push({ kind: 'number', text: text.slice(m.index!, end), start: m.index!, end });
  }
  return out;
}

// The count starts only where no digit or numeral precedes it, for the same reason as in NUMBER_RE.
const QUOTE_RE = new RegExp(
  String.raw`((?:第)?(?:(?<!\d)\d+|(?<![一二三四五六七八九十百千])[一二三四五六七八九十百千]+)(?:个|届|次|期|项|批)?)?(“[^“”]{2,${QUOTE_MAX_LENGTH}}”|《[^《》]{2,${QUOTE_MAX_LENGTH}}》|「[^「」]{2,${QUOTE_MAX_LENGTH}}」|"[^"]{2,${QUOTE_MAX_LENGTH}}")`,
  'gu',
);

/** Every quoted name holds one of these opening marks: sentences without one (most) skip QUOTE_RE. */
const OPENING_MARK = /[“《「"]/;

/** Quoted names: campaigns, slogans, laws, documents. Quoted speech (with a sentence end inside) is not. */
export function chineseQuotes(text: string): FactCandidate[] {
  const out: FactCandidate[] = [];
  if (!OPENING_MARK.test(text)) return out;
  for (const m of text.matchAll(QUOTE_RE)) {
    const [whole, count, quoted] = m;
    if (/[。!?;!?;]/.test(quoted!) || !/\p{sc=Han}/u.test(quoted!)) continue;
    // Keep a count only when it is an ordinal or counts the quoted thing (`第28个“世界读书日”`).
    const keepCount = count && /^第|[个届次期项批]$/.test(count);
    const start = m.index! + (keepCount ? 0 : (count?.length ?? 0));
    out.push({
      kind: 'quote',
      text: text.slice(start, m.index! + whole.length),
      start,
      end: m.index! + whole.length,
    });
  }
  return out;
}

const PERSON_RE = new RegExp(
  `(${PERSON_ROLES.join('|')})\\s?((?:(?!${STOP_CLASS})\\p{sc=Han}){2,4}?)(?=${AFTER_PERSON})`,
  'gu',
);

/** People named with a role: `记者 张三`, `局长王五表示`. */
export function chinesePeople(text: string): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (const m of text.matchAll(PERSON_RE)) {
    const end = m.index! + m[0].length;
    out.push({ kind: 'person', text: m[0], start: m.index!, end });
  }
  return out;
}
