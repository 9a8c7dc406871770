// Dates written on the page (date lines under headlines, dates inside datelines) as ISO calendar dates.
// Chinese and numeric forms are read with regular expressions (chrono-node's Chinese parser misses
// `2023年4月26日 星期三`-style lines and we need the exact span); English forms with the small reader in
// ./english-date (chrono-node would not fit the content script's size budget).
import { DATE_LINE_MAX_EXTRA_CHARS, META_LINE_MAX_CHARS } from '../constants';
import { readEnglishDate } from './english-date';

export interface FoundDate {
  iso: string;
  /** The matched span, so callers can see what text is left around it. */
  text: string;
}

const NUMERIC_DATE =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}):(\d{2})(?::\d{2})?)?/;
const CJK_MONTH_DAY = /(\d{1,2})月(\d{1,2})日/;
const DATE_LABELS =
  /^(?:发布时间|发布日期|发表时间|更新时间|最后更新|修改时间|日期|时间|posted(?: on)?|published(?: on)?|(?:last\s+)?updated(?: on)?|date|released?)\s*[:：]?\s*/i;
/** The labels of a story's last update, not its publication. */
const UPDATE_LABEL = /^(?:更新时间|最后更新|修改时间|(?:last\s+)?updated\b)/i;
const DATE_NOISE =
  /星期[一二三四五六日天]|周[一二三四五六日天]|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|\(?\b(?:\d{4}\s*)?(?:[AP]M|[AP]\.M\.|ET|EST|EDT|GMT|UTC|BST|CST|PT|PST|PDT|HKT|JST|KST|SGT|CET|CEST|IST|AEST|AEDT)\b\)?|\(?[+-]\d{2}:?\d{2}\)?|[|·,，:：\s-]/gi;

/** A date line labelled as the story's last update (`Updated March 18, 2024`, `更新时间：…`). */
export function isUpdateLine(text: string): boolean {
  return UPDATE_LABEL.test(text.trimStart());
}

/**
 * A publication label anywhere in a line (a meta line may hold an update's date before it): the page-level
 * reader's labels (metadata/dates) other than an update's.
 */
const PUBLICATION_LABEL = /(?:发布|发表|刊发)(?:时间|日期)|发[布表]于|published|posted/i;

/**
 * The date a meta line gives its story: the one after its publication label (`更新时间：… 发布时间：… 来源：…`
 * holds both), else its first date, `updated` when the line is labelled as the last update.
 */
export function readMetaLineDate(text: string): { iso: string; updated: boolean } | undefined {
  const label = PUBLICATION_LABEL.exec(text);
  const published = label ? findDate(text.slice(label.index + label[0].length)) : undefined;
  if (published) return { iso: published.iso, updated: false };
  const first = findDate(text);
  return first && { iso: first.iso, updated: isUpdateLine(text) };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first full date (with year) in the text. */
export function findDate(text: string): FoundDate | undefined {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const iso = isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
    if (iso) return { iso, text: numeric[0] };
  }
  const english = readEnglishDate(text);
  if (english?.year) {
    const iso = isoDate(english.year, english.month, english.day);
    if (iso) return { iso, text: english.text };
  }
  return undefined;
}

/** A month and day without a year (`4月22日`, `April 22`), completed with the reference year. */
export function findMonthDay(text: string, referenceYear?: number): string | undefined {
  const full = findDate(text);
  if (full) return full.iso;
  if (!referenceYear) return undefined;
  const cjk = CJK_MONTH_DAY.exec(text);
  if (cjk) return isoDate(referenceYear, Number(cjk[1]), Number(cjk[2]));
  const english = readEnglishDate(text);
  return english ? isoDate(referenceYear, english.month, english.day) : undefined;
}

/** A line that is only a date (with labels, weekday, time): the date under a headline, not prose. */
export function readDateLine(text: string): string | undefined {
  if (text.length > META_LINE_MAX_CHARS) return undefined;
  const unlabelled = text.replace(DATE_LABELS, '');
  const found = findDate(unlabelled);
  if (!found) return undefined;
  const rest = unlabelled
    .replace(found.text, '')
    .replace(DATE_NOISE, '')
    .replace(/\d{1,2}:\d{2}(:\d{2})?/g, '');
  return rest.length <= DATE_LINE_MAX_EXTRA_CHARS / 2 ? found.iso : undefined;
}

/**
 * A date line that also names its source or time zone in separated parts (`November 20, 2019 / 1:07 AM /
 * CBS News`, `2023-04-26 | Xinhua`): the date's part is a date line, each other part a few words at most.
 */
export function readDateAndSourceLine(text: string): string | undefined {
  if (text.length > META_LINE_MAX_CHARS || !DATE_PART_SEPARATOR.test(text)) return undefined;
  const parts = text
    .split(DATE_PART_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  let iso: string | undefined;
  for (const part of parts) {
    const date = iso ? undefined : readDateLine(part);
    if (date) iso = date;
    else if (!isSourcePart(part)) return undefined;
  }
  return iso;
}

const DATE_PART_SEPARATOR = /\s[|/·•]\s/;
/** A source name or a time beside the date: a few words, no sentence punctuation. */
function isSourcePart(part: string): boolean {
  return (
    part.length <= SOURCE_PART_MAX_CHARS && part.split(/\s+/).length <= 4 && !/[.!?。！？,，;；]$/.test(part)
  );
}
const SOURCE_PART_MAX_CHARS = 30;

/** `Published 1 day ago`, `3 小时前`: a date relative to a moment the page does not print. */
const RELATIVE_DATE =
  /^(?:(?:published|updated|posted)\s+)?(?:\d{1,3}|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago$|^(?:发布于)?\s*\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|年)前$/i;

/** `Published 22 minutes ago` is the longest form: longer lines are not tested (blocks are mostly prose). */
const RELATIVE_DATE_MAX_CHARS = 40;

export function isRelativeDateLine(text: string): boolean {
  return text.length <= RELATIVE_DATE_MAX_CHARS && RELATIVE_DATE.test(text.trim());
}

/** Year of an ISO date, for completing `4月22日`. */
export function yearOf(iso: string | undefined): number | undefined {
  const year = iso ? Number(iso.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? year : undefined;
}
