// The text-quality gate: what a PDF served as HTML or a page of random characters yields is not an article,
// however the segmenter cut it. Counting by Unicode category works for every script alike.
import type { Article } from '../model';
import { isReadableSample } from '../detect/readable';

/**
 * True when `text` reads as language: mostly letters (or digits), almost no control or replacement characters.
 * Counted by detect's remembered character categories (no array per character); the regex definition it
 * must agree with is the oracle of its property test.
 */
export function isReadableText(text: string): boolean {
  return isReadableSample(text, text.length);
}

/** An article is kept when its text as a whole is readable and it has a headline or a readable paragraph. */
export function isRealArticle(article: Pick<Article, 'headline' | 'sections'>): boolean {
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  if (!isReadableText([article.headline, ...paragraphs].join('\n'))) return false;
  return article.headline.trim() !== '' || paragraphs.some(isReadableText);
}
