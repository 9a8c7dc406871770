// The seed page must come out exactly as its gold says, from the plain text and both e-paper layouts, on
// both DOM implementations; the single-article and index pages must be told apart from bulletins.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPage, type Parser } from './extract-support';

// The repository sits beside the shared fixtures in development and in CI.
const SEED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/seed');
const PARSERS: Parser[] = ['happy-dom', 'linkedom'];

interface GoldArticle {
  headline: string;
  subheadline: string | null;
  dateline: string | null;
  authors: string[];
  figures: { caption: string; credit: string }[];
  sections: { heading: string | null; paragraphs: string[] }[];
}

function read(name: string): string {
  return readFileSync(join(SEED_DIR, name), 'utf8');
}

function goldArticles(): GoldArticle[] {
  const gold = JSON.parse(read('gold.json')) as { articles: (GoldArticle & Record<string, unknown>)[] };
  return gold.articles.map(({ headline, subheadline, dateline, authors, figures, sections }) => ({
    headline,
    subheadline,
    dateline,
    authors,
    figures,
    sections,
  }));
}

describe('seed gold', () => {
  it('finds the seed fixtures beside the repository', () => {
    expect(existsSync(join(SEED_DIR, 'gold.json'))).toBe(true);
  });

  const multi: [string, 'html' | 'text'][] = [
    ['bulletin.txt', 'text'],
    ['epaper-text.html', 'html'],
    ['epaper-structured.html', 'html'],
  ];
  describe.each(PARSERS)('on %s', (parser) => {
    it.each(multi)('%s gives every gold article, field and paragraph', (file, kind) => {
      const bulletin = extractPage(read(file), kind, parser);
      expect(bulletin.detection.kind).toBe('bulletin');
      expect(bulletin.lang.split('-')[0]).toBe('zh');
      const got = bulletin.articles.map((a) => ({
        headline: a.headline,
        subheadline: a.subheadline ?? null,
        dateline: a.dateline ?? null,
        authors: a.authors,
        figures: a.figures.map((f) => ({ caption: f.caption, credit: f.credit })),
        sections: a.sections.map((s) => ({ heading: s.heading ?? null, paragraphs: s.paragraphs })),
      }));
      expect(got).toEqual(goldArticles());
    });

    it('single-article.html is one article dated 2023-04-26', () => {
      const bulletin = extractPage(read('single-article.html'), 'html', parser);
      const gold = goldArticles()[3];
      expect(bulletin.detection.kind).toBe('article');
      expect(bulletin.articles).toHaveLength(1);
      const [article] = bulletin.articles;
      expect(article.headline).toBe(gold.headline);
      expect(article.dateline).toBe(gold.dateline);
      expect(article.authors).toEqual(gold.authors);
      expect(article.sections.flatMap((s) => s.paragraphs)).toEqual(gold.sections[0].paragraphs);
      expect(article.publishedAt?.slice(0, 10)).toBe('2023-04-26');
    });

    it('index-page.html is a listing without articles', () => {
      const bulletin = extractPage(read('index-page.html'), 'html', parser);
      expect(bulletin.detection.kind).toBe('listing');
      expect(bulletin.articles).toEqual([]);
    });
  });
});
