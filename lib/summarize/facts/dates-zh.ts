// Chinese dates, by hand: chrono-node's zh parser (checked with 2.10) drops the 今年/去年 prefix (`去年12月`
// parses as this year's December), does not read a bare day (`3日,`) and has no vague dates (`近日`, `日前`).
// Input is half-width text (see toHalfWidth), so digits are ASCII.
import type { DateContext, FactCandidate } from './types';
import { addDays, isoDate, nearestYear } from './iso';

const HAN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `2022`, `二〇二二`, `12`, `十二`, `三十一` → number. */
function toNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.includes('十')) {
    const [tens, ones] = text.split('十');
    return (tens ? (HAN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (HAN_DIGITS[ones] ?? 0) : 0);
  }
  return Number([...text].map((c) => HAN_DIGITS[c] ?? 0).join(''));
}

const YEAR = String.raw`((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年`;
const MONTH = String.raw`(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月`;
const DAY = String.raw`(3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]`;
const RELATIVE_YEAR: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1 };
const RELATIVE_DAY: Record<string, number> = {
  前天: -2,
  昨天: -1,
  昨日: -1,
  今天: 0,
  今日: 0,
  明天: 1,
  明日: 1,
};
/** Vague recent dates: a reader wants to know the report is about "recently", but they have no ISO value. */
const VAGUE = '近日|日前|近期';

const DATE_RE = new RegExp(
  [
    `(?<full>${YEAR}(?:${MONTH}(?:${DAY})?)?)`,
    `(?<rel>(前年|去年|今年|明年)${MONTH}(?:${DAY})?)`,
    `(?<md>(?<![\\d年])${MONTH}${DAY})`,
    `(?<day>(?<=^|[,;:。，；：])${DAY}(?=[,，上中下晚凌夜起]))`,
    `(?<relday>前天|昨天|昨日|今天|今日|明天|明日)`,
    `(?<vague>${VAGUE})`,
  ].join('|'),
  'gu',
);

/** Every date DATE_RE reads holds one of these characters; most sentences have none, and the pattern, tried at
 * every offset, runs only on those that do. */
const DATE_CHAR = /[年日号天期]/;

export function chineseDates(text: string, ctx: DateContext): FactCandidate[] {
  const out: FactCandidate[] = [];
  if (!DATE_CHAR.test(text)) return out;
  const ref = ctx.publishedAt;
  for (const m of text.matchAll(DATE_RE)) {
    const g = m.groups ?? {};
    let value: string | undefined;
    if (g.full) {
      const [y, mo, d] = [m[2], m[3], m[4]];
      value = isoDate(toNumber(y!), mo ? toNumber(mo) : undefined, d ? toNumber(d) : undefined);
    } else if (g.rel && ref) {
      const [word, mo, d] = [m[6], m[7], m[8]];
      value = isoDate(
        ref.getUTCFullYear() + RELATIVE_YEAR[word!]!,
        toNumber(mo!),
        d ? toNumber(d) : undefined,
      );
    } else if (g.md && ref) {
      const [mo, d] = [toNumber(m[10]!), toNumber(m[11]!)];
      value = isoDate(nearestYear(ref, mo, d), mo, d);
    } else if (g.day && ref) {
      const d = toNumber(m[13]!);
      // A bare day is in the page's month, or the month before when it lies ahead of the page date.
      const month = d > ref.getUTCDate() ? ref.getUTCMonth() : ref.getUTCMonth() + 1;
      const year = month === 0 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear();
      value = isoDate(year, month === 0 ? 12 : month, d);
    } else if (g.relday && ref) {
      value = addDays(ref, RELATIVE_DAY[g.relday]!);
    }
    out.push({ kind: 'date', text: m[0], start: m.index!, end: m.index! + m[0].length, value });
  }
  return out;
}
