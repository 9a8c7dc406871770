export { splitSentences } from './sentences';
export {
  splitWords,
  wordTokens,
  wordLookup,
  spacedWords,
  recoverTerms,
  hanNgrams,
  type WordToken,
} from './words';
export {
  toHalfWidth,
  toFullWidthPunctuation,
  normalizeWhitespace,
  isHan,
  countHan,
  hanRatio,
  isCjkLang,
} from './normalize';
