// summarize(article) → key sentences, key facts and keywords. Deterministic and offline: Intl.Segmenter,
// chrono-node and a committed background table, no model.
import type { Article, Summary } from '../model';
import { articleSentences } from './article-sentences';
import { extractFacts } from './facts';
import { keySentences } from './key-sentences';
import { keywords } from './keywords';
import { termsOf } from './terms';

export interface SummarizeContext {
  lang: string;
  publishedAt?: string;
}

export function summarize(article: Article, ctx: SummarizeContext): Summary {
  const lang = ctx.lang || 'und';
  const sentences = articleSentences(article, lang);
  const headlineTerms = termsOf([article.headline, article.subheadline].filter(Boolean).join(' '), lang);
  return {
    sentences: keySentences(sentences, headlineTerms),
    facts: extractFacts(sentences, ctx.publishedAt ?? article.publishedAt),
    keywords: keywords(headlineTerms, sentences),
  };
}

export { articleSentences, type ArticleSentence } from './article-sentences';
export { keySentenceCount, readingLength } from './key-sentences';
