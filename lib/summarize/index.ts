// summarize(article) → key sentences, key facts and keywords. Deterministic and offline: Intl.Segmenter,
// chrono-node and a committed background table, no model.
import type { Article, Summary } from '../model';
import { articleSentences, isWordSplit, sentenceTerms } from './article-sentences';
import { extractFacts } from './facts';
import { keySentences } from './key-sentences';
import { keywords, sentenceWords } from './keywords';
import { toHalfWidth } from '../text';
import { termsOf } from './terms';

export interface SummarizeContext {
  lang: string;
  publishedAt?: string;
}

export function summarize(article: Article, ctx: SummarizeContext): Summary {
  const lang = ctx.lang || 'und';
  const wordSplit = isWordSplit(article);
  const sentences = articleSentences(article, lang, wordSplit);
  const words = sentenceWords(sentences, lang);
  const headline = toHalfWidth([article.headline, article.subheadline].filter(Boolean).join(' '));
  return {
    sentences: keySentences(
      sentences,
      { normalized: headline, ...sentenceTerms(headline, wordSplit, lang) },
      wordSplit,
    ),
    facts: extractFacts(sentences, lang, ctx.publishedAt ?? article.publishedAt, words),
    keywords: keywords(termsOf(headline, lang), sentences, words),
  };
}

export { articleSentences, type ArticleSentence } from './article-sentences';
export { keySentenceCount, readingLength } from './key-sentences';
