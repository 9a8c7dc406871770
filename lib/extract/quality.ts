// The text-quality gate: what a PDF served as HTML or a page of random characters yields is not an article,
// however the segmenter cut it. Counting by Unicode category works for every script alike.
import type { Article } from '../model';
import { isReadableSample } from '../detect/readable';
import { MAX_JUNK_CHAR_SHARE, MIN_WORD_CHAR_SHARE } from './constants';

const WORD_CHARS = /[\p{L}\p{M}\p{N}]/gu;
/**
 * Controls (but not the line breaks and tabs that join a text's lines), format characters, lone surrogates,
 * unassigned and private-use code points, U+FFFD.
 */
const JUNK_CHARS = /(?![\t\n\v\f\r])[\p{Cc}\p{Cf}\p{Cs}\p{Cn}\p{Co}\uFFFD]/gu;
const VISIBLE_CHARS = /\S/gu;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * True when `text` reads as language: mostly letters (or digits), almost no control or replacement characters.
 * The definition, by regex; the gate itself counts with detect's remembered character categories (the same
 * verdict, pinned by a property test there), which build no array per character.
 */
export function isReadableText(text: string): boolean {
  const visible = count(text, VISIBLE_CHARS);
  if (visible === 0) return false;
  return (
    count(text, WORD_CHARS) >= visible * MIN_WORD_CHAR_SHARE &&
    count(text, JUNK_CHARS) <= visible * MAX_JUNK_CHAR_SHARE
  );
}

/** An article is kept when its text as a whole is readable and it has a headline or a readable paragraph. */
export function isRealArticle(article: Pick<Article, 'headline' | 'sections'>): boolean {
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  if (!readable([article.headline, ...paragraphs].join('\n'))) return false;
  return article.headline.trim() !== '' || paragraphs.some(readable);
}

const readable = (text: string): boolean => isReadableSample(text, text.length);
