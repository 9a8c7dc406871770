// Publication dates: structured values (ISO, RFC, English prose) and the numeric forms
// Chinese pages print (`2023-04-26 08:00`, `2023年4月26日`, `2005-5-7 21:23:57`). The numeric forms are
// matched by hand: they must keep the precision the page gives (a year-month stays a year-month) and the
// wall-clock time as printed, which chrono's Date results would shift into the machine's time zone.
import { isUpdateLine } from '../fields/dates';
import { readEnglishDate } from '../fields/english-date';
import type { PageLine } from './page-lines';

/** Years outside this range are page furniture (copyright ranges, counters), not publication dates. */
const MIN_YEAR = 1990;
const MAX_YEAR_AHEAD = 1;

const NUMERIC_DATE =
  /(?<![\d.])((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)\s*日?(?:\s*(?:T|\s|,)?\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?/;
const SLASHED_DATE =
  /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?/;
const YEAR_MONTH = /(?<!\d)((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*月?(?![\d/.-])/;
/** Labels that introduce the publication date on a page. */
const DATE_LABEL =
  /(发布|发表|更新|修改|刊发|出版|录入|添加)?(时间|日期)\s*[:：]|最后更新|发表于|发布于|published|posted|updated|\bdate\b/i;
const DATE_LABELS_IN_LINE = new RegExp(DATE_LABEL.source, 'gi');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(
  `\\b${MONTH}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d{2})\\b`,
  'i',
);
const DAY_MONTH_YEAR = new RegExp(
  `\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(?<year>(?:19|20)\\d{2})\\b`,
  'i',
);
/** A periodical issue reference: `1996年6月号`. */
const CITATION = /《[^》]{1,30}》\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月号/;
/** How many lines after the headline a printed date may sit. */
const LINES_AFTER_HEADLINE = 40;
/** A header prints its publication and update dates within a few lines (stamp, byline, date lines). */
const PUBLISHED_AFTER_UPDATE_LINES = 5;
/**
 * How much text after a date label is read for its date: enough for a weekday, the date and a time; the
 * English reader refuses longer text (prose), which a long paragraph on the next line made of every label.
 */
const LABELLED_DATE_MAX_CHARS = 80;

export interface FoundDate {
  iso: string;
}

/** ISO 8601 at the precision given: `2023-04-26T08:00`, `2023-04-26`, `2023-04`. */
export function parseNumericDate(text: string): string | undefined {
  const us = NUMERIC_DATE.exec(text) ? null : SLASHED_DATE.exec(text);
  if (us) return slashedDate(us);
  const m = NUMERIC_DATE.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s] = m;
    if (!validDate(+y, +mo, +d)) return undefined;
    let iso = `${y}-${pad(mo)}-${pad(d)}`;
    if (h !== undefined && +h < 24 && +mi < 60) iso += `T${pad(h)}:${mi}${s !== undefined ? ':' + s : ''}`;
    return iso;
  }
  return undefined;
}

/** `9/17/2004 5:54:13 AM`: month first as US-locale servers print it, unless the first number cannot be a month. */
function slashedDate(m: RegExpExecArray): string | undefined {
  const [, a, b, y, h, mi, s, half] = m;
  const [mo, d] = +a > 12 ? [b, a] : [a, b];
  if (!validDate(+y, +mo, +d)) return undefined;
  let iso = `${y}-${pad(mo)}-${pad(d)}`;
  if (h !== undefined) {
    let hour = +h % 12;
    if (!half || half.toUpperCase() === 'PM') hour = half ? hour + 12 : +h;
    if (hour < 24 && +mi < 60) iso += `T${pad(String(hour))}:${mi}${s !== undefined ? ':' + s : ''}`;
  }
  return iso;
}

export function parseYearMonth(text: string): string | undefined {
  const m = YEAR_MONTH.exec(text);
  if (!m || !validDate(+m[1], +m[2], 1)) return undefined;
  return `${m[1]}-${pad(m[2])}`;
}

/** A structured date value (meta tag, JSON-LD, datetime attribute): ISO kept as written, else parsed. */
export function parseStructuredDate(value: string | undefined | null): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(
    text,
  );
  if (iso) {
    const [, y, mo, d, time, zone] = iso;
    if (!validDate(+y, +mo, +d)) return undefined;
    return `${y}-${mo}-${d}` + (time ? `T${time}${zone ?? ''}` : '');
  }
  const numeric = parseNumericDate(text);
  if (numeric) return numeric;
  if (/^\d{4}$/.test(text) && validDate(+text, 1, 1)) return text;
  const english = englishDate(text);
  if (english) return english;
  // RFC 2822 (`Tue, 19 Nov 2019 13:03:00 GMT`) is native and exact; the English reader takes the other
  // printed forms (`22-Apr-2023`). Text without a year (`yesterday`, `Tuesday`) is not a publication date.
  const native = /\b(?:19|20)\d{2}\b/.test(text) ? Date.parse(text) : NaN;
  if (!Number.isNaN(native)) {
    const parsed = new Date(native);
    if (!validDate(parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate())) return undefined;
    return parsed.toISOString().replace('.000Z', 'Z');
  }
  const printed = readEnglishDate(text);
  if (!printed?.year || !validDate(printed.year, printed.month, printed.day)) return undefined;
  return `${printed.year}-${pad(String(printed.month))}-${pad(String(printed.day))}`;
}

/**
 * A labelled date printed on the page: after the headline first, then anywhere (blogs print the post date
 * below the post). A publication's label wins over a last update's (`Updated`, `更新时间`), whose date is
 * kept for a page that gives no other.
 */
function findLabelledDate(lines: PageLine[], start: number): string | undefined {
  let update: string | undefined;
  /** A publication date is looked for only a few lines past the update's: further down, it dates a comment. */
  let updateWindowEnd = Infinity;
  for (const [from, to] of [
    [start, lines.length],
    [0, start],
  ]) {
    if (update !== undefined) return update;
    for (let i = from; i < to; i++) {
      if (i > updateWindowEnd) return update;
      // No whitespace count in the label: the line as read answers first, without collapsing it.
      if (!DATE_LABEL.test(lines[i].raw)) continue;
      // Each label in turn: `Updated May 2 · Published May 1` holds both.
      for (const label of lines[i].text.matchAll(DATE_LABELS_IN_LINE)) {
        // The same labels as date lines under a headline (roles) count as a last update's.
        const isUpdate = isUpdateLine(label[0]);
        if (isUpdate && update !== undefined) continue;
        const after = (lines[i].text.slice(label.index) + ' ' + (lines[i + 1]?.text ?? '')).slice(
          0,
          LABELLED_DATE_MAX_CHARS,
        );
        const date = parseNumericDate(after) ?? englishDate(after);
        if (!date) continue;
        if (!isUpdate) return date;
        update = date;
        updateWindowEnd = i + PUBLISHED_AFTER_UPDATE_LINES;
      }
    }
  }
  return update;
}

/**
 * A date printed on the page: a labelled one first (a publication's label before a last update's), else the
 * first one after the headline (one with a time preferred).
 */
export function findVisibleDate(lines: PageLine[], headlineIndex: number): string | undefined {
  const start = Math.max(0, headlineIndex);
  const labelled = findLabelledDate(lines, start);
  if (labelled) return labelled;
  const end = Math.min(lines.length, start + LINES_AFTER_HEADLINE);
  let dateOnly: string | undefined;
  for (let i = start; i < end; i++) {
    const date = parseNumericDate(lines[i].text);
    if (date?.includes('T')) return date;
    dateOnly ??= date;
  }
  if (dateOnly) return dateOnly;
  for (let i = start; i < end; i++) {
    const date = englishDate(lines[i].text) ?? parseYearMonth(lines[i].text);
    if (date) return date;
  }
  // A magazine citation anywhere (`《北京之春》1996年6月号`, `2003年第5期`) dates a reprinted article.
  for (const line of lines) {
    if (!line.raw.includes('月号') || !CITATION.test(line.text)) continue;
    const date = parseYearMonth(line.text);
    if (date) return date;
  }
  return undefined;
}

/**
 * English dates in prose (`March 3, 2019`, `3 Mar 2019`, `Published Nov. 19, 2019 6:30 AM`). Hand-matched: the
 * two orders cover news pages, and chrono-node costs milliseconds per line on pages with hundreds of lines.
 */
function englishDate(text: string): string | undefined {
  if (text.length > 160) return undefined;
  const m = MONTH_DAY_YEAR.exec(text) ?? DAY_MONTH_YEAR.exec(text);
  if (!m?.groups) return undefined;
  const month = MONTHS.indexOf(m.groups.month.slice(0, 3).toLowerCase()) + 1;
  const day = Number(m.groups.day);
  const year = Number(m.groups.year);
  if (!validDate(year, month, day)) return undefined;
  return `${year}-${pad(String(month))}-${pad(String(day))}`;
}

/** Dates in URLs: /2023-04/26/, /2023/04/26/, /20230426/, -2023-04-26-. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const split =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path);
  if (split && validDate(+split[1], +split[2], +split[3])) return `${split[1]}-${split[2]}-${split[3]}`;
  return undefined;
}

function validDate(y: number, mo: number, d: number): boolean {
  const maxYear = new Date().getUTCFullYear() + MAX_YEAR_AHEAD;
  return y >= MIN_YEAR && y <= maxYear && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

function pad(value: string): string {
  return value.padStart(2, '0');
}
