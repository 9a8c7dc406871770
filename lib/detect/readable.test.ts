import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JUNK_CHAR_SHARE, MIN_WORD_CHAR_SHARE } from '../extract/constants';
import { isReadableSample } from './readable';

/** The gate's definition by regex, the oracle the char-code count must agree with. */
const WORD_CHARS = /[\p{L}\p{M}\p{N}]/gu;
/** Controls (but not line breaks and tabs), format characters, lone surrogates, unassigned, private use, U+FFFD. */
const JUNK_CHARS = /(?![\t\n\v\f\r])[\p{Cc}\p{Cf}\p{Cs}\p{Cn}\p{Co}\uFFFD]/gu;
const VISIBLE_CHARS = /\S/gu;
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
function isReadableText(text: string): boolean {
  const visible = count(text, VISIBLE_CHARS);
  if (visible === 0) return false;
  return (
    count(text, WORD_CHARS) >= visible * MIN_WORD_CHAR_SHARE &&
    count(text, JUNK_CHARS) <= visible * MAX_JUNK_CHAR_SHARE
  );
}

/** Sample ends up to past the longest generated text, so cuts fall everywhere, inside surrogate pairs too. */
const MAX_SAMPLE = 70;
/** Characters from every category the gate counts: letters, marks, digits, spaces, controls, format, private use, unassigned, U+FFFD. */
const TRICKY = [
  'a',
  'Z',
  '7',
  '中',
  '文',
  '٣',
  'é',
  'e\u0301',
  ' ',
  '\u3000',
  '\u00a0',
  '\ufeff',
  '\t',
  '\n',
  '\u000b',
  '\u0000',
  '\u0085',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\ue000',
  '\ufffd',
  '\u0378',
  '\ud800',
  '\udc00',
  '😀',
  '𠀀',
  '\udb40\udc01',
  '\u{10ffff}',
  '。',
  '，',
  '-',
  '!',
  '²',
  'Ⅻ',
];
const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

describe('isReadableSample', () => {
  it('gives the verdict of isReadableText on the same sample, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText, anyText), fc.nat({ max: MAX_SAMPLE }), (text, end) => {
        expect(isReadableSample(text, end)).toBe(isReadableText(text.slice(0, end)));
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads prose as text and noise as not', () => {
    expect(isReadableSample('全区公安机关多措并举,推动工作转型升级。', 2_000)).toBe(true);
    expect(isReadableSample('The council voted on Tuesday, officials said.', 2_000)).toBe(true);
    expect(isReadableSample('\u0000\u0001\u0002 ### %%% \ufffd\ufffd', 2_000)).toBe(false);
    expect(isReadableSample('   ', 2_000)).toBe(false);
  });

  it('counts a surrogate pair cut by the sample end as a lone surrogate, as slicing does', () => {
    // Eight letters and a lone surrogate: one junk character in nine visible ones is too many.
    const text = `${'a'.repeat(8)}😀`;
    expect(isReadableText(text.slice(0, 9))).toBe(false);
    expect(isReadableSample(text, 9)).toBe(false);
    expect(isReadableSample(text, 10)).toBe(true);
    expect(isReadableSample('\ud83d'.repeat(5), 10)).toBe(false);
  });
});
