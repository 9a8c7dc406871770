// Key facts of an article: every rule's candidates per sentence, overlaps resolved, in order of first
// appearance, each text once.
import type { Fact } from '../../model';
import type { ArticleSentence } from '../article-sentences';
import type { WordToken } from '../../text';
import { FACT_MIN_LENGTH } from '../constants';
import type { DateContext, FactCandidate } from './types';
import { chineseDates } from './dates-zh';
import { englishDates } from './dates-en';
import { chineseNumbers, chinesePeople, chineseQuotes } from './zh-facts';
import { chineseOrgs, chinesePlaces, segmentation, type Segmentation } from './zh-names';
import { englishNumbers, englishOrgs, englishPeople, englishPlaces, englishQuotes } from './en-facts';

const HAN = /\p{sc=Han}/u;

function overlaps(a: FactCandidate, b: FactCandidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Drops a candidate that overlaps a quoted name (its parts are the quote's business), a number inside a
 * date, and one contained in a longer candidate of its own kind. */
function resolveOverlaps(candidates: FactCandidate[]): FactCandidate[] {
  const quotes = candidates.filter((c) => c.kind === 'quote');
  const dates = candidates.filter((c) => c.kind === 'date');
  return candidates.filter((c) => {
    if (c.kind !== 'quote' && quotes.some((q) => overlaps(q, c))) return false;
    if (c.kind === 'number' && dates.some((d) => overlaps(d, c))) return false;
    return !candidates.some(
      (o) =>
        o !== c &&
        o.kind === c.kind &&
        o.start <= c.start &&
        o.end >= c.end &&
        o.end - o.start > c.end - c.start,
    );
  });
}

/** `words`: each sentence's Intl.Segmenter words where already split (see sentenceWords); other Chinese
 * sentences have their word boundaries looked up where a rule needs one. */
export function extractFacts(
  sentences: ArticleSentence[],
  lang: string,
  publishedAt?: string,
  words: (WordToken[] | undefined)[] = [],
): Fact[] {
  const ref = publishedAt ? new Date(publishedAt) : undefined;
  const ctx: DateContext = { publishedAt: ref && !Number.isNaN(ref.getTime()) ? ref : undefined };
  const texts = sentences.map((s) => s.normalized);
  const isChinese = texts.map((t) => HAN.test(t));
  const segs: (Segmentation | undefined)[] = texts.map((t, i) =>
    isChinese[i] ? segmentation(t, lang, words[i]) : undefined,
  );

  // Places first: organisation names may start at any place named anywhere in the article.
  const places = texts.map((t, i) => (isChinese[i] ? chinesePlaces(t, segs[i]!) : englishPlaces(t, i === 0)));
  const knownPlaces = new Set(places.flatMap((p, i) => (isChinese[i] ? p.map((c) => c.text) : [])));

  const facts: Fact[] = [];
  const seen = new Set<string>();
  texts.forEach((sentenceText, i) => {
    const candidates = isChinese[i]
      ? [
          ...chineseDates(sentenceText, ctx),
          ...chineseNumbers(sentenceText),
          ...chineseQuotes(sentenceText),
          ...chinesePeople(sentenceText),
          ...places[i]!,
          ...chineseOrgs(sentenceText, segs[i]!, knownPlaces),
        ]
      : [
          ...englishDates(sentenceText, ctx),
          ...englishNumbers(sentenceText),
          ...englishQuotes(sentenceText),
          ...englishPeople(sentenceText),
          ...places[i]!,
          ...englishOrgs(sentenceText),
        ];
    const kept = resolveOverlaps(candidates).toSorted((a, b) => a.start - b.start || b.end - a.end);
    for (const c of kept) {
      const text = c.text.trim();
      if ([...text].length < FACT_MIN_LENGTH || seen.has(text)) continue;
      seen.add(text);
      facts.push(
        c.value ? { kind: c.kind, text, sentence: i, value: c.value } : { kind: c.kind, text, sentence: i },
      );
    }
  });
  return facts;
}
