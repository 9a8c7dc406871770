// The seed page's expected structure (the shared gold file), read where the tests need it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from './harness';

export interface GoldArticle {
  headline: string;
  subheadline: string | null;
  dateline: string | null;
  authors: string[];
  sections: { heading: string | null; paragraphs: string[] }[];
}

export const seedGold = (): { articles: GoldArticle[] } =>
  JSON.parse(readFileSync(join(SEED_DIR, 'gold.json'), 'utf8'));

/** Whitespace and width differences do not count when comparing page text with extracted text. */
export const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

export const articleText = (article: GoldArticle) =>
  squash(article.sections.flatMap((section) => section.paragraphs).join(''));
