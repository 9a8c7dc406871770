// Width and whitespace normalisation. Bulletins mix half- and full-width forms (`,` for `，`, `１１６` for
// `116`); matching runs on one form while offsets stay valid, so every mapping here is one char to one char.

const FULLWIDTH = /[\uff01-\uff5e\u3000]/g;
const WIDTH_OFFSET = 0xfee0;

/** Full-width ASCII variants (！ to ～) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(FULLWIDTH, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - WIDTH_OFFSET),
  );
}

const HALF_TO_FULL_PUNCT: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

/** Half-width punctuation between Chinese characters becomes full-width, for display next to Chinese text. */
export function toFullWidthPunctuation(text: string): string {
  return text.replace(
    /(?<=\p{sc=Han})[,;:!?()](?=\p{sc=Han}|$)|(?<=^|\p{sc=Han})[,;:!?()](?=\p{sc=Han})/gu,
    (p) => HALF_TO_FULL_PUNCT[p] ?? p,
  );
}

const HAN = /\p{sc=Han}/u;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

const NOT_HAN_RUN = /\P{sc=Han}+/gu;
const HIGH_SURROGATE = /[\uD800-\uDBFF]/g;

/** Han characters (code points) in `text`. One replace that keeps the Han text, rather than an array of one
 * string per character: Chinese text is mostly Han, so there are few runs to drop. */
export function countHan(text: string): number {
  const han = text.replace(NOT_HAN_RUN, '');
  return han.length - (han.match(HIGH_SURROGATE)?.length ?? 0);
}

/** Share of letters that are Han characters: decides character- versus word-level processing. */
export function hanRatio(text: string): number {
  let han = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (HAN.test(ch)) han++;
    }
  }
  return letters === 0 ? 0 : han / letters;
}

/** True for languages written without spaces between words (Chinese, Japanese). */
export function isCjkLang(lang: string): boolean {
  return /^(zh|ja|ko)\b/i.test(lang);
}
