// The article's full sentence list, in order: the list Fact.sentence indexes into. Headings are not part of
// it; paragraphs of all sections are flattened in order, as KeySentence.paragraph counts them.
import type { Article } from '../model';
import { splitSentences } from '../text';

export interface ArticleSentence {
  text: string;
  /** Index into the flattened paragraphs of all sections. */
  paragraph: number;
  /** 0 for the first sentence of its paragraph. */
  inParagraph: number;
  /** True for the first sentence of a section that has a heading (a section lead). */
  sectionLead: boolean;
}

export function articleSentences(article: Article, lang: string): ArticleSentence[] {
  const out: ArticleSentence[] = [];
  let paragraph = 0;
  for (const section of article.sections) {
    section.paragraphs.forEach((text, k) => {
      splitSentences(text, lang).forEach((sentence, i) => {
        out.push({
          text: sentence,
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
