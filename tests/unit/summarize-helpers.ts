import type { Article, Fact } from '../../lib/model';
import { summarize } from '../../lib/summarize';

/** An article from paragraphs (one section each when headings are given). */
export function makeArticle(
  paragraphs: string[],
  options: { headline?: string; headings?: (string | undefined)[] } = {},
): Article {
  const sections = options.headings
    ? paragraphs.map((p, i) =>
        options.headings![i] ? { heading: options.headings![i], paragraphs: [p] } : { paragraphs: [p] },
      )
    : [{ paragraphs }];
  return {
    id: 'test',
    headline: options.headline ?? '',
    authors: [],
    figures: [],
    sections,
    summary: { sentences: [], facts: [], keywords: [] },
  };
}

export function factsOf(text: string | string[], lang: string, publishedAt?: string): Fact[] {
  return summarize(makeArticle(Array.isArray(text) ? text : [text]), { lang, publishedAt }).facts;
}

export function textsOf(facts: Fact[], kind: Fact['kind']): string[] {
  return facts.filter((f) => f.kind === kind).map((f) => f.text);
}
