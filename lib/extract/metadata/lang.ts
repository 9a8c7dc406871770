// Page language: the declared one when it is a real tag, else guessed from the scripts of the text
// (Han, kana, Hangul, Cyrillic, Arabic…). Declared tags are often wrong on CJK pages (`en` templates), so a
// page whose text is mostly Han but declares a non-CJK language is taken as Chinese.
import {
  ARABIC,
  CHAR_FACTS,
  CYRILLIC,
  HAN,
  HANGUL,
  HAN_CHAR,
  KANA,
  LATIN,
  SCRIPT_SHIFT,
  SPACE,
} from '../text-facts';
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
  if (tag && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) {
    const primary = tag.split('-')[0].toLowerCase();
    // A CJK tag stands whatever the text: the text is only read to catch a Chinese page declared otherwise,
    // and a page without a single Han character cannot be one (a native search per line rules it out, where
    // counting the sample's letters reads each character in script).
    if (
      !['zh', 'ja', 'ko', 'yue'].includes(primary) &&
      lines.some((line) => HAN_CHAR.test(line.raw)) &&
      guessFromText(lines) === 'zh'
    ) {
      return 'zh';
    }
    return primary + tag.slice(primary.length);
  }
  return guessFromText(lines) ?? 'und';
}

function guessFromText(lines: PageLine[]): string | undefined {
  // Lines of some length first (menus and labels are short and often in another language); a short text
  // made only of short lines is read whole.
  return guessFromLetters(lettersOf(lines, MIN_SAMPLE_LINE_CHARS)) ?? guessFromLetters(lettersOf(lines, 1));
}

/**
 * Letters per script (indexed by the text-facts script ids) in a sample of the lines: those of at least
 * `minLineChars` with their whitespace collapsed, up to SAMPLE_CHARS. Counted on each line as read:
 * whitespace is no letter, so collapsing it first (a string per line) would change no count. A line is
 * first measured only until it is long enough, so a short one costs a few characters' reads.
 */
function lettersOf(lines: PageLine[], minLineChars: number): number[] {
  const letters = [0, 0, 0, 0, 0, 0, 0];
  let sampled = 0;
  for (const { raw } of lines) {
    if (raw.length < minLineChars || collapsedLength(raw, minLineChars) < minLineChars) continue;
    sampled += collapsedLength(raw, Infinity, letters);
    if (sampled > SAMPLE_CHARS) break;
  }
  return letters;
}

/**
 * The length of `text` with each whitespace run inside it as one space and its ends trimmed, counted up to
 * `limit`; with `letters`, each character is also counted by script.
 */
function collapsedLength(text: string, limit: number, letters?: number[]): number {
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length && length < limit; i++) {
    const bits = CHAR_FACTS[text.charCodeAt(i)]!;
    if (letters) letters[bits >> SCRIPT_SHIFT]!++;
    if (bits & SPACE) space = length > 0;
    else {
      length += space ? 2 : 1;
      space = false;
    }
  }
  return length;
}

function guessFromLetters(letters: number[]): string | undefined {
  // Index 0 counts what is no letter.
  const total = letters.reduce((sum, n) => sum + n, 0) - letters[0]!;
  if (total < 20) return undefined;
  const share = (script: number) => letters[script]! / total;
  if (share(KANA) > KANA_SHARE) return 'ja';
  if (share(HANGUL) > SCRIPT_SHARE) return 'ko';
  if (share(HAN) > SCRIPT_SHARE) return 'zh';
  if (share(CYRILLIC) > SCRIPT_SHARE) return 'ru';
  if (share(ARABIC) > SCRIPT_SHARE) return 'ar';
  if (share(LATIN) > SCRIPT_SHARE) return 'en';
  return undefined;
}
