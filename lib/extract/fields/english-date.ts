// English dates as news pages print them in datelines, bylines and meta lines: `April 22, 2023`,
// `22 April 2023`, `Tue, 19 Nov 2019`, `Nov. 19, 2019 5:03 p.m. ET`, `Updated 3:15 PM EST, Mon March 4, 2024`.
// Hand-written rather than chrono-node: the content script must stay within 30 KB gzipped, chrono-node alone
// is ~13.5 KB of it, and these pages print only this handful of forms. The summariser, which runs in
// extension pages and reads dates in running prose, keeps chrono-node.

export interface EnglishDate {
  /** Absent when the text gives only a month and day. */
  year?: number;
  month: number;
  day: number;
  /** The matched span, weekday and time (with its zone) included, so callers can see what is left around it. */
  text: string;
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b\\.?,?\\s*)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])';
const YEAR = '(\\d{4})';
const ZONE =
  '(?:\\s*\\(?(?:[ECMP][SD]?T|AK[SD]T|HST|GMT|UTC|BST|CES?T|EES?T|IST|JST|HKT|SGT|AE[SD]T)\\b\\)?|\\s*(?:GMT|UTC)?[+-]\\d{1,2}(?::?\\d{2})?)?';
const TIME = `(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\b\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\b\\.?)${ZONE}`;
const MONTH_FIRST = `${MONTH}\\s*${DAY}(?:(?:\\s*,\\s*|\\s+|\\s*-\\s*)${YEAR})?`;
const DAY_FIRST = `${DAY}(?:\\s+of)?(?:\\s+|\\s*[-/]\\s*)${MONTH}(?:(?:,?\\s+|\\s*[-/]\\s*)${YEAR})?`;
/** US order as servers print it (`2/26/2015`, `11/18/19`), dots and dashes only with a four-digit year. */
const NUMERIC =
  '(\\d{1,2})(?:/(\\d{1,2})/(\\d{4}|\\d{2})|(?<sep>[.-])(\\d{1,2})\\k<sep>(\\d{4}))(?![\\d/.-]\\d)';
/** A time printed before the date (`3:15 PM EST, Mon March 4`) or after it (`Nov. 19, 2019 5:03 p.m. ET`). */
const ENGLISH_DATE = new RegExp(
  `(?<![\\w./-])(?:on\\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)))?(?:${WEEKDAY}?${TIME}\\s*,?\\s*(?:on\\s+)?)?${WEEKDAY}?` +
    `(?:${MONTH_FIRST}|${DAY_FIRST}|${NUMERIC})(?:(?:\\s*[,:–-])?(?:\\s*at)?\\s*${TIME})?`,
  'i',
);
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** The first English date in the text whose month and day are both written (the year may be missing). */
export function readEnglishDate(text: string): EnglishDate | undefined {
  const m = ENGLISH_DATE.exec(text);
  if (!m) return undefined;
  const [
    span,
    month1,
    day1,
    year1,
    day2,
    month2,
    year2,
    leading,
    slashed,
    slashedYear,
    ,
    dotted,
    dottedYear,
  ] = m;
  const matched = span.trim();
  if (month1 || month2) {
    const month = MONTHS.indexOf((month1 ?? month2).slice(0, 3).toLowerCase()) / 3 + 1;
    const year = year1 ?? year2;
    return { year: year ? Number(year) : undefined, month, day: Number(day1 ?? day2), text: matched };
  }
  // Numeric: month first unless the first number cannot be a month; `19` in `11/18/19` is 2019.
  const [first, second] = [Number(leading), Number(slashed ?? dotted)];
  const [month, day] = first > 12 ? [second, first] : [first, second];
  const year = Number(slashedYear ?? dottedYear);
  return { year: year < 100 ? year + (year > 50 ? 1900 : 2000) : year, month, day, text: matched };
}
