export { splitSentences } from './sentences';
export {
  splitWords,
  wordTokens,
  wordLookup,
  tokenLookup,
  spacedWords,
  recoverTerms,
  forEachHanBigram,
  type WordToken,
} from './words';
export { toHalfWidth, toFullWidthPunctuation, isHan, countHan, hanRatio, isCjkLang } from './normalize';
