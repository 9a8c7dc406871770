// Page language: the declared one when it is a real tag, else guessed from the scripts of the text
// (Han, kana, Hangul, Cyrillic, Arabic…). Declared tags are often wrong on CJK pages (`en` templates), so a
// page whose text is mostly Han but declares a non-CJK language is taken as Chinese.
import type { PageLine } from './page-lines';

/** Share of letters in a script above which the text is taken to be in that script's language. */
const SCRIPT_SHARE = 0.3;
/** Characters sampled: enough to judge, cheap on huge pages. */
const SAMPLE_CHARS = 5_000;

export function detectLanguage(declared: string | undefined, lines: PageLine[]): string {
  const tag = declared?.trim().replace('_', '-');
  const guessed = guessFromText(lines);
  if (tag && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) {
    const primary = tag.split('-')[0].toLowerCase();
    if (guessed === 'zh' && !['zh', 'ja', 'ko', 'yue'].includes(primary)) return 'zh';
    return primary + tag.slice(primary.length);
  }
  return guessed ?? 'und';
}

function guessFromText(lines: PageLine[]): string | undefined {
  let sample = '';
  for (const line of lines) {
    if (line.text.length < 10) continue;
    sample += line.text;
    if (sample.length > SAMPLE_CHARS) break;
  }
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return undefined;
  const share = (re: RegExp) => (sample.match(re)?.length ?? 0) / letters;
  if (share(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0.05) return 'ja';
  if (share(/\p{Script=Hangul}/gu) > SCRIPT_SHARE) return 'ko';
  if (share(/\p{Script=Han}/gu) > SCRIPT_SHARE) return 'zh';
  if (share(/\p{Script=Cyrillic}/gu) > SCRIPT_SHARE) return 'ru';
  if (share(/\p{Script=Arabic}/gu) > SCRIPT_SHARE) return 'ar';
  if (share(/\p{Script=Latin}/gu) > SCRIPT_SHARE) return 'en';
  return undefined;
}
