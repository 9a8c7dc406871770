// Page language: the declared one when it is a real tag, else guessed from the scripts of the text
// (Han, kana, Hangul, Cyrillic, Arabic…). Declared tags are often wrong on CJK pages (`en` templates), so a
// page whose text is mostly Han but declares a non-CJK language is taken as Chinese.
import type { PageLine } from './page-lines';

/** Share of letters in a script above which the text is taken to be in that script's language. */
const SCRIPT_SHARE = 0.3;
/** Characters sampled: enough to judge, cheap on huge pages. */
const SAMPLE_CHARS = 5_000;
/** Lines shorter than this are left out of the sample while longer ones give enough text. */
const MIN_SAMPLE_LINE_CHARS = 10;
/** Japanese mixes Han with kana; a little kana already marks it. */
const KANA_SHARE = 0.05;

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
  // Lines of some length first (menus and labels are short and often in another language); a short text
  // made only of short lines is read whole.
  return guessFromSample(sampleOf(lines, MIN_SAMPLE_LINE_CHARS)) ?? guessFromSample(sampleOf(lines, 1));
}

function sampleOf(lines: PageLine[], minLineChars: number): string {
  let sample = '';
  for (const line of lines) {
    if (line.text.length < minLineChars) continue;
    sample += line.text;
    if (sample.length > SAMPLE_CHARS) break;
  }
  return sample;
}

function guessFromSample(sample: string): string | undefined {
  // One pass over the sample's code units (a handful of regex scans cost more on every page). Every range
  // counted is in the BMP, so surrogate halves fall through as the code points they form would.
  let letters = 0;
  let kana = 0;
  let hangul = 0;
  let han = 0;
  let cyrillic = 0;
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f))
      latin++;
    else if (code >= 0x3040 && code <= 0x30ff) kana++;
    else if (code >= 0xac00 && code <= 0xd7af) hangul++;
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) han++;
    else if (code >= 0x400 && code <= 0x4ff) cyrillic++;
    else if (code >= 0x600 && code <= 0x6ff) arabic++;
    else continue;
    letters++;
  }
  if (letters < 20) return undefined;
  if (kana / letters > KANA_SHARE) return 'ja';
  if (hangul / letters > SCRIPT_SHARE) return 'ko';
  if (han / letters > SCRIPT_SHARE) return 'zh';
  if (cyrillic / letters > SCRIPT_SHARE) return 'ru';
  if (arabic / letters > SCRIPT_SHARE) return 'ar';
  if (latin / letters > SCRIPT_SHARE) return 'en';
  return undefined;
}
