// The article's full sentence list, in order: the list Fact.sentence indexes into. Headings are not part of
// it; paragraphs of all sections are flattened in order, as KeySentence.paragraph counts them. Each sentence
// is normalised and given its scoring terms once here. Chinese text is word-split whole only up to
// WORD_SPLIT_MAX_CHARS: beyond that Intl.Segmenter would take most of the time budget, so sentences are
// compared on character bigrams, and fact rules look word boundaries up only where they need one.
import type { Article } from '../model';
import { countHan, splitSentences, toHalfWidth, wordTokens, type WordToken } from '../text';
import {
  MAX_SENTENCE_CHARS,
  MAX_SUMMARY_CHARS,
  MAX_SUMMARY_SENTENCES,
  WORD_SPLIT_MAX_CHARS,
} from './constants';
import { scoringWords, termsFromTokens } from './terms';

export interface ArticleSentence {
  /** As written. */
  text: string;
  /** Half-width form of `text`, same length (offsets are shared). */
  normalized: string;
  /** Scoring words: dictionary words when the article is word-split, else those of spaced scripts, the Han
   * text being compared on its character bigrams (see scoringWords). */
  terms: string[];
  /** Intl.Segmenter words, present when the article is short enough to word-split whole. */
  words?: WordToken[];
  /** Index into the flattened paragraphs of all sections. */
  paragraph: number;
  /** 0 for the first sentence of its paragraph. */
  inParagraph: number;
  /** True for the first sentence of a section that has a heading (a section lead). */
  sectionLead: boolean;
}

const HAS_HAN = /\p{sc=Han}/u;

/** The paragraphs summarised, in flattened order: the first MAX_SUMMARY_CHARS characters of text, the last
 * one cut there. Later paragraphs are left out whole, so the indexes of those kept do not change. */
function* consideredParagraphs(
  article: Article,
): Generator<{ text: string; sectionIndex: number; inSection: number }> {
  let budget = MAX_SUMMARY_CHARS;
  for (const [sectionIndex, section] of article.sections.entries()) {
    for (const [inSection, text] of section.paragraphs.entries()) {
      if (budget <= 0) return;
      yield { text: text.length > budget ? text.slice(0, budget) : text, sectionIndex, inSection };
      budget -= text.length;
    }
  }
}

/** True when the article's Chinese text (within MAX_SUMMARY_CHARS) is short enough to word-split whole
 * (WORD_SPLIT_MAX_CHARS). Other scripts need no segmenter: spacedWords finds their words. */
export function isWordSplit(article: Article): boolean {
  let n = 0;
  for (const { text } of consideredParagraphs(article)) n += countHan(text);
  return n <= WORD_SPLIT_MAX_CHARS;
}

/** Scoring words of half-width text, and its Intl.Segmenter words where they were split; the headline goes
 * through here too, so it is compared on the same features as the sentences. */
export function sentenceTerms(
  normalized: string,
  wordSplit: boolean,
  lang: string,
): { terms: string[]; words?: WordToken[] } {
  if (!wordSplit || !HAS_HAN.test(normalized)) return { terms: scoringWords(normalized) };
  const words = wordTokens(normalized, lang);
  return { terms: termsFromTokens(words), words };
}

export function articleSentences(
  article: Article,
  lang: string,
  wordSplit = isWordSplit(article),
): ArticleSentence[] {
  const out: ArticleSentence[] = [];
  let paragraph = 0;
  for (const { text, sectionIndex, inSection } of consideredParagraphs(article)) {
    const heading = article.sections[sectionIndex]!.heading;
    for (const [i, sentence] of splitSentences(text, lang, MAX_SENTENCE_CHARS).entries()) {
      // Stopping here keeps the list a prefix of the article's, so every index into it stays right.
      if (out.length >= MAX_SUMMARY_SENTENCES) return out;
      const normalized = toHalfWidth(sentence);
      out.push({
        text: sentence,
        normalized,
        ...sentenceTerms(normalized, wordSplit, lang),
        paragraph,
        inParagraph: i,
        sectionLead: inSection === 0 && i === 0 && !!heading,
      });
    }
    paragraph++;
  }
  return out;
}
