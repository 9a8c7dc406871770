// Every seed gold fact is found by the generic rules, from gold's own sections.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../lib/summarize';
import { makeArticle } from './summarize-helpers';

interface GoldArticle {
  headline: string;
  subheadline: string | null;
  sections: { heading: string | null; paragraphs: string[] }[];
  facts: string[];
}
const goldPath = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'seed',
  'gold.json',
);
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: GoldArticle[] };

describe('seed gold', () => {
  it.each(gold.articles.map((a, i) => [i + 1, a] as const))(
    'article %i: all gold facts found, none too short',
    (_i, ga) => {
      const article = makeArticle([], { headline: ga.headline });
      article.sections = ga.sections.map((s) =>
        s.heading ? { heading: s.heading, paragraphs: s.paragraphs } : { paragraphs: s.paragraphs },
      );
      const { facts, sentences } = summarize(article, { lang: 'zh', publishedAt: '2023-04-26' });
      const texts = facts.map((f) => f.text);
      for (const want of ga.facts) {
        expect(
          texts.some((t) => t.includes(want) || t.includes(want.replace(/[“”]/g, ''))),
          want,
        ).toBe(true);
      }
      expect(facts.every((f) => [...f.text.trim()].length >= 2)).toBe(true);
      expect(sentences.length).toBeGreaterThan(0);
    },
  );
});
