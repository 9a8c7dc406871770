// Hostile text must not hang the page that summarises it: each case finishes within a bound generous enough
// for a loaded machine (a hang or a quadratic blow-up takes far longer), with bounded output and no throw.
import { describe, expect, it } from 'vitest';
import { summarize, articleSentences } from '../../lib/summarize';
import { MAX_SENTENCE_CHARS, MAX_SUMMARY_CHARS, MAX_SUMMARY_SENTENCES } from '../../lib/summarize/constants';
import { splitSentences } from '../../lib/text';
import { chineseNumbers, chinesePeople, chineseQuotes } from '../../lib/summarize/facts/zh-facts';
import { chineseDates } from '../../lib/summarize/facts/dates-zh';
import {
  englishNumbers,
  englishOrgs,
  englishPeople,
  englishPlaces,
  englishQuotes,
} from '../../lib/summarize/facts/en-facts';
import { megabyteParagraphText } from '../pathological/cases';
import { seededRandom } from '../pathological/random';
import { makeArticle } from './summarize-helpers';

const TIME_BOUND_MS = 5_000;

/** A PDF's bytes read as windows-1252 text: every byte a character. */
function pdfBytes(): string {
  const random = seededRandom(0x504446);
  let binary = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n';
  for (let i = 0; i < 200_000; i++) binary += String.fromCharCode(Math.floor(random() * 256));
  return binary;
}

/** Fragments that lure a rule into scanning on: numerals, counts, quotes and titles never closed, role and
 * organisation words, abbreviations, half dates. */
const BAIT = [
  '市公安局',
  '1',
  '一',
  '第1',
  '1,',
  '“',
  '《',
  '"',
  '记者张',
  '自治区',
  'Mr. ',
  'A. ',
  'Ministry of ',
  'said Jane ',
  '3,000 ',
  'April 2 ',
  '2023-04-',
  '4月',
  '...',
];
const line = (fragment: string, length = 100_000) => fragment.repeat(Math.ceil(length / fragment.length));

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function expectBounded(paragraphs: string[], lang: string) {
  const { result, ms } = timed(() => summarize(makeArticle(paragraphs, { headline: 'Report' }), { lang }));
  expect(ms).toBeLessThan(TIME_BOUND_MS);
  expect(result.sentences.length).toBeLessThanOrEqual(5);
  expect(result.facts.length).toBeLessThanOrEqual(MAX_SUMMARY_SENTENCES * 10);
  for (const s of result.sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  for (const f of result.facts) expect([...f.text].length).toBeGreaterThanOrEqual(2);
  return result;
}

describe('summarize on hostile text', () => {
  it('a 1 MB paragraph without punctuation', () => {
    const text = megabyteParagraphText();
    expectBounded([text], 'zh');
    const sentences = articleSentences(makeArticle([text]), 'zh');
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.every((s) => s.text.length <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(sentences.reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
  });

  it("a PDF's bytes served as HTML", () => {
    expectBounded([pdfBytes()], 'en');
  });

  it.each(BAIT)('a 100 kB line of %j', (fragment) => {
    expectBounded([line(fragment)], /\p{sc=Han}/u.test(fragment) ? 'zh' : 'en');
  });

  it('many paragraphs: later ones are left out, earlier indexes stay as they were', () => {
    const paragraphs = Array.from(
      { length: 5_000 },
      (_, i) => `Paragraph ${i} says the council met on road ${i}.`,
    );
    const result = expectBounded(paragraphs, 'en');
    const sentences = articleSentences(makeArticle(paragraphs), 'en');
    expect(sentences.length).toBeLessThanOrEqual(MAX_SUMMARY_SENTENCES);
    sentences.forEach((s, i) => expect(s).toMatchObject({ paragraph: i, text: paragraphs[i] }));
    for (const f of result.facts) expect(sentences[f.sentence]!.normalized).toContain(f.text);
  });
});

describe('fact and sentence rules on 100 kB lines', () => {
  const rules: [string, (text: string) => unknown][] = [
    ['chineseNumbers', chineseNumbers],
    ['chineseQuotes', chineseQuotes],
    ['chinesePeople', chinesePeople],
    ['chineseDates', (t) => chineseDates(t, { publishedAt: new Date('2023-04-22') })],
    ['englishNumbers', englishNumbers],
    ['englishOrgs', englishOrgs],
    ['englishPeople', englishPeople],
    ['englishPlaces', (t) => englishPlaces(t, true)],
    ['englishQuotes', englishQuotes],
    ['splitSentences', (t) => splitSentences(t, 'und', MAX_SENTENCE_CHARS)],
  ];
  it.each(rules)('%s stays linear', (_, rule) => {
    for (const fragment of BAIT) {
      const { ms } = timed(() => rule(line(fragment)));
      expect(ms, JSON.stringify(fragment)).toBeLessThan(TIME_BOUND_MS);
    }
  });
});
