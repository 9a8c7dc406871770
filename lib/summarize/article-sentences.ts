// The article's full sentence list, in order: the list Fact.sentence indexes into. Headings are not part of
// it; paragraphs of all sections are flattened in order, as KeySentence.paragraph counts them. Each sentence
// is normalised and word-split once here, and every later step reads that.
import type { Article } from '../model';
import { splitSentences, toHalfWidth, wordTokens, type WordToken } from '../text';
import { termsFromTokens } from './terms';

export interface ArticleSentence {
  /** As written. */
  text: string;
  /** Half-width form of `text`, same length (offsets are shared). */
  normalized: string;
  tokens: WordToken[];
  terms: string[];
  /** Index into the flattened paragraphs of all sections. */
  paragraph: number;
  /** 0 for the first sentence of its paragraph. */
  inParagraph: number;
  /** True for the first sentence of a section that has a heading (a section lead). */
  sectionLead: boolean;
}

export function analyseSentence(text: string, lang: string) {
  const normalized = toHalfWidth(text);
  const tokens = wordTokens(normalized, lang);
  return { text, normalized, tokens, terms: termsFromTokens(tokens) };
}

export function articleSentences(article: Article, lang: string): ArticleSentence[] {
  const out: ArticleSentence[] = [];
  let paragraph = 0;
  for (const section of article.sections) {
    section.paragraphs.forEach((text, k) => {
      splitSentences(text, lang).forEach((sentence, i) => {
        out.push({
          ...analyseSentence(sentence, lang),
          paragraph,
          inParagraph: i,
          sectionLead: k === 0 && i === 0 && !!section.heading,
        });
      });
      paragraph++;
    });
  }
  return out;
}
