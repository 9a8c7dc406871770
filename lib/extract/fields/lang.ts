// A language guess from the script of the text, for pages and plain text that do not declare one.
// Only scripts that name a language almost alone are guessed; Latin text is reported as `en` only when
// common English words dominate, otherwise `und` (undetermined, BCP 47).

const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u3400-\u9fff]/g, 'zh'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0600-\u06ff]/g, 'ar'],
];
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|is|was|for|on|that|with|said)\b/gi;
/** Share of characters in one script that names the language. */
const SCRIPT_SHARE = 0.2;
/** Share of words that are common English function words in English prose (typically 0.25+). */
const ENGLISH_WORD_SHARE = 0.1;

export function guessLang(text: string): string {
  const sample = text.slice(0, 5000);
  const visible = sample.replace(/\s/g, '').length || 1;
  // Japanese text carries Han characters too: kana decide first.
  for (const [pattern, lang] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count / visible >= (lang === 'ja' ? SCRIPT_SHARE / 4 : SCRIPT_SHARE)) return lang;
  }
  const words = sample.split(/\s+/).length || 1;
  return (sample.match(ENGLISH_WORDS)?.length ?? 0) / words >= ENGLISH_WORD_SHARE ? 'en' : 'und';
}
