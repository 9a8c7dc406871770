export { splitSentences } from './sentences';
export {
  splitWords,
  wordTokens,
  wordLookup,
  tokenLookup,
  spacedWords,
  recoverTerms,
  hanNgrams,
  forEachHanBigram,
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
