// Datelines opening a story's first paragraph: `呼和浩特讯`, `本报讯`, `新华社北京4月22日电`,
// `BEIJING, April 22 (Reuters) -`, `WASHINGTON —`. The dateline is the place (or `本报` for the paper's
// own desk); a date written in it is returned too, and a credit in parentheses after it gives authors.
import { readCjkNames } from './authors';

export interface Dateline {
  place: string;
  /** Month and day (and year, if written) as written: completed with the page's year by the caller. */
  dateText?: string;
  authors: string[];
  /** The paragraph without the dateline. */
  rest: string;
}

/** Agencies and papers that prefix a Chinese dateline (`新华社`, `中新社`, `本报`). */
const CJK_SOURCE = '(?:新华社|中新社|中新网|人民网|央视网|本报|本刊|[\\u3400-\\u9fff]{2,6}(?:社|报|网|台))';
const CJK_DATELINE = new RegExp(
  `^(${CJK_SOURCE})?([\\u3400-\\u9fff]{2,8}?)?((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)?(讯|电)` +
    `\\s*(?:[(（]([^()（）]{2,40})[)）])?\\s*(?:[:：]\\s*)?`,
);
/** The separator after an English dateline: a dash of any width, or a double hyphen. */
const EN_DATELINE =
  /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)(?:,? ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?))?(?: \(([A-Za-z][A-Za-z .&/-]{1,40})\))?\s*(?:—|–|--|-)\s+/;
/** Mixed-case English datelines count only with a date or an agency in parentheses (`Beijing, April 22 (Xinhua) --`). */
const EN_TITLECASE_DATELINE =
  /^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),? ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)? ?\(([A-Za-z][A-Za-z .&/-]{1,40})\)\s*(?:—|–|--|-)\s+/;

function cjkDateline(text: string): Dateline | undefined {
  const m = CJK_DATELINE.exec(text);
  if (!m || m[0].length === text.length) return undefined;
  const [, source, place, dateText, mark, credit] = m;
  if (!source && !place) return undefined;
  // `电` alone is too common a character: a wire dateline names its agency or its date.
  if (mark === '电' && !source && !dateText) return undefined;
  // `…讯` must be followed by a break (space, bracket, colon) or be written as a dateline with a source.
  const separated =
    /[\s(（:：]$/.test(m[0]) || /^[\s(（:：]/.test(text.slice(m[0].length)) || Boolean(source);
  if (!separated) return undefined;
  const authors = credit ? readCjkNames(credit) : [];
  if (!authors) return undefined;
  return {
    place: place ?? source!,
    dateText,
    authors,
    rest: text.slice(m[0].length).trim(),
  };
}

function englishDateline(text: string): Dateline | undefined {
  const m = EN_DATELINE.exec(text) ?? EN_TITLECASE_DATELINE.exec(text);
  if (!m) return undefined;
  const place = m[1].split(',')[0].trim();
  if (place.replace(/[^A-Za-z]/g, '').length < 3) return undefined;
  return { place, dateText: m[2], authors: [], rest: text.slice(m[0].length).trim() };
}

/** The dateline at the start of a paragraph, if there is one. */
export function readDateline(paragraph: string): Dateline | undefined {
  return cjkDateline(paragraph) ?? englishDateline(paragraph);
}
