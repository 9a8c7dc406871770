import { describe, expect, it } from 'vitest';
import { mayHoldEnglishDate } from '../../lib/summarize/facts/dates-en';
import { factsOf, textsOf } from './summarize-helpers';

describe('English key facts', () => {
  it('numbers with a currency, scale, percent sign or counted noun; bare numbers and years are not facts', () => {
    const facts = factsOf('In 2019, 3,000 officers spent $2.5 million, up 30% on the 12 of last year.', 'en');
    expect(textsOf(facts, 'number')).toEqual(['3,000 officers', '$2.5 million', '30%']);
  });

  it('the word after a number counts only when it is a plural noun or unit', () => {
    const facts = factsOf(
      'Among 10 wealthy countries, 54 compared well; 93 year-old men and 12 km roads.',
      'en',
    );
    expect(textsOf(facts, 'number')).toEqual(['93 year-old', '12 km']);
  });

  it('dates with chrono-node, absolute from the page date', () => {
    const facts = factsOf(
      'Police said on April 22 that the site opened on 2023-04-20 and closes Monday.',
      'en',
      '2023-04-26',
    );
    expect(facts.filter((f) => f.kind === 'date').map((f) => [f.text, f.value])).toEqual([
      ['April 22', '2023-04-22'],
      ['2023-04-20', '2023-04-20'],
      ['Monday', '2023-04-24'],
    ]);
  });

  it('dates carrying their year get a value without a page date; others do not', () => {
    const facts = factsOf('The law passed on Jan. 5, 2020 and took effect on March 3.', 'en');
    expect(facts.filter((f) => f.kind === 'date').map((f) => [f.text, f.value])).toEqual([
      ['Jan. 5, 2020', '2020-01-05'],
      ['March 3', undefined],
    ]);
  });

  it('a modal "may" is not a date', () => {
    expect(textsOf(factsOf('Officers may arrive late.', 'en'), 'date')).toEqual([]);
  });

  it('places from a dateline and from "in"', () => {
    const facts = factsOf(
      ['LONDON (Reuters) — Crime fell in Greater Manchester.', 'Talks were held in Paris.'],
      'en',
    );
    expect(textsOf(facts, 'place')).toEqual(['LONDON', 'Greater Manchester', 'Paris']);
  });

  it('a place keeps its abbreviation dots, and "and" separates two places', () => {
    const facts = factsOf(
      'Inequality is high in the U.S. today. Talks were held in Britain and South Africa.',
      'en',
    );
    expect(textsOf(facts, 'place')).toEqual(['U.S.', 'Britain']);
  });

  it('a clock time is not part of a date', () => {
    expect(textsOf(factsOf('Updated February 1, 2016: 1:28 AM ET.', 'en'), 'date')).toEqual([
      'February 1, 2016',
    ]);
  });

  it('months and weekdays after "in" are not places', () => {
    expect(textsOf(factsOf('It opened in March and closed in The end.', 'en'), 'place')).toEqual([]);
  });

  it('organisations by suffix or "of" phrase', () => {
    const facts = factsOf(
      'The New York Police Department, the Ministry of Public Security, the University of Michigan and the Federal Bureau of Investigation met.',
      'en',
    );
    expect(textsOf(facts, 'org')).toEqual([
      'New York Police Department',
      'Ministry of Public Security',
      'University of Michigan',
      'Federal Bureau of Investigation',
    ]);
  });

  it('people as speakers or with a role or title', () => {
    const facts = factsOf(
      [
        '"We are ready," said Jane Doe.',
        'John Roe, a spokesman for the city, agreed.',
        'Dr. Ann Lee and Mr. Smith left.',
      ],
      'en',
    );
    expect(textsOf(facts, 'person')).toEqual(['Jane Doe', 'John Roe', 'Ann Lee', 'Smith']);
  });

  it('quoted titles but not quoted speech', () => {
    const facts = factsOf('The “Operation Clean Sweep” campaign began. “We will not stop,” she said.', 'en');
    expect(textsOf(facts, 'quote')).toEqual(['“Operation Clean Sweep”']);
  });

  it('runs chrono only on sentences that name a whole month or weekday, a numeric date or May with a number', () => {
    expect(mayHoldEnglishDate('The market decision was separate.')).toBe(false);
    expect(mayHoldEnglishDate('Officers may return.')).toBe(false);
    for (const text of [
      'It opened on Sept. 3.',
      'It opened in January.',
      'He left on Tuesday.',
      'It closed 2023-04-22.',
      'It closed on 4/22/2023.',
      'It opens May 5.',
      'It opened last May.',
      'It opened yesterday.',
    ]) {
      expect(mayHoldEnglishDate(text)).toBe(true);
    }
  });
});
