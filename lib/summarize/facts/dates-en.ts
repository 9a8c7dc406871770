// English dates with chrono-node. Kept: results that name a month, a weekday or a full numeric date; dropped:
// bare times (`3 p.m.`), `now`, and a lone `May`, which is as often the verb.
import { en } from 'chrono-node';
import type { DateContext, FactCandidate } from './types';
import { isoDate } from './iso';

/** Without a page date chrono still needs a reference; a fixed one keeps output deterministic, and values are
 * then given only for dates that carry their year. */
const FIXED_REFERENCE = new Date(Date.UTC(2000, 0, 1));
const NAMED =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues?|wed|thu|fri|sat|sun)[a-z]*day\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\b(?:yesterday|today|tomorrow)\b/i;

/** Cheap test for a sentence chrono can yield a kept date from: a whole month or weekday name (not just its
 * first letters, as in `market`, `decision`), a numeric date, or `May` next to a number or a `last`/`next`
 * (the modal verb `may` alone never gives a kept date: a bare `May` is dropped below). */
const MAY_DATE =
  /\bmay\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?may\b|\b(?:last|next|this|early|late|mid-?)\s*may\b/i;
const DATE_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\b(?:yesterday|today|tomorrow)\b/i;

/** True when chrono may find a date worth keeping in `text`: chrono is the slowest fact rule, so it runs only
 * where this passes. */
export function mayHoldEnglishDate(text: string): boolean {
  return DATE_WORD.test(text) || MAY_DATE.test(text);
}

export function englishDates(text: string, ctx: DateContext): FactCandidate[] {
  const out: FactCandidate[] = [];
  if (!mayHoldEnglishDate(text)) return out;
  const ref = ctx.publishedAt ?? FIXED_REFERENCE;
  for (const r of en.parse(text, { instant: ref, timezone: 0 })) {
    // The date without a leading preposition or a trailing clock time (`February 1, 2016: 1:28 AM ET`).
    const phrase = r.text
      .replace(/^(?:on|in|at|since|by|from)\s+/i, '')
      .replace(/[\s,:]*\d{1,2}:\d{2}.*$/, '')
      .replace(/[\s,.;:]+$/, '');
    if (!NAMED.test(phrase) || /^may$/i.test(phrase)) continue;
    const start = r.start;
    let value: string | undefined;
    if (start.isCertain('year') || ctx.publishedAt) {
      // A weekday or `yesterday` fixes the day against the page date even when chrono calls the month implied.
      const dayKnown = start.isCertain('day') || start.isCertain('weekday');
      const monthKnown = start.isCertain('month') || dayKnown;
      value = isoDate(
        start.get('year')!,
        monthKnown ? start.get('month')! : undefined,
        dayKnown ? start.get('day')! : undefined,
      );
    }
    const at = r.index + r.text.indexOf(phrase);
    out.push({ kind: 'date', text: phrase, start: at, end: at + phrase.length, value });
  }
  return out;
}
