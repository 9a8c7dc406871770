// The char-code helpers against their definitions by regex (the oracles), on random text built from the
// characters that matter to them: Han at the range edges, closers, terminals, every kind of space.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CJK_SHARE } from '../constants';
import {
  collapseSpace,
  endsSentence,
  hanCount,
  isCjkText,
  normalizeSpace,
  withoutTrailingSeparators,
} from './text';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const TERMINAL = /[。.!?！？…;；]$/;
const TRAILING_CLOSERS = /[”’"')）】」』》\]\s]+$/;

function hanCountByRegex(text: string): number {
  return text.match(HAN)?.length ?? 0;
}
function isCjkTextByRegex(text: string): boolean {
  const visible = text.replace(/\s/g, '').length;
  return visible > 0 && hanCountByRegex(text) / visible >= CJK_SHARE;
}
/** Every run of whitespace or zero-width spaces as one space, the ends trimmed. */
function normalizeSpaceByRegex(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}
function endsSentenceByRegex(text: string): boolean {
  const trimmed = text.trimEnd();
  const core = trimmed.replace(TRAILING_CLOSERS, '');
  if (TERMINAL.test(core)) return true;
  return core.length === 0 && trimmed.length > 0;
}

const CHARS = [
  ...'a Z7.,!?;:',
  ...'中文。！？；…，、“”‘’（）【】「」『』《》',
  '"',
  "'",
  ')',
  ']',
  '\u33ff',
  '\u3400',
  '\u9fff',
  '\ua000',
  '\uf8ff',
  '\uf900',
  '\ufaff',
  '\ufb00',
  '\u3000',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\t',
  '\n',
  '\u200b',
  '\ud840\udc00',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((chars) => chars.join(''));
const PARAMS = { numRuns: 2000, seed: 20261126 } as const;

describe('text helpers agree with their regex definitions', () => {
  it('hanCount and isCjkText', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(hanCount(t)).toBe(hanCountByRegex(t));
        expect(isCjkText(t)).toBe(isCjkTextByRegex(t));
      }),
      PARAMS,
    );
  });

  it('normalizeSpace and collapseSpace', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizeSpace(t)).toBe(normalizeSpaceByRegex(t));
        expect(collapseSpace(t)).toBe(t.replace(/\s+/g, ' '));
      }),
      PARAMS,
    );
    for (const [t, normal] of [
      ['a  b', 'a b'],
      ['a\n\t b', 'a b'],
      ['公安\u3000局', '公安 局'],
      ['a\u200bb', 'a b'],
      ['\u200b a \u200b', 'a'],
    ] as const) {
      expect(normalizeSpace(t)).toBe(normal);
    }
  });

  it('endsSentence', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(endsSentence(t)).toBe(endsSentenceByRegex(t));
      }),
      PARAMS,
    );
    for (const [t, ended] of [
      ['民警走进校园。', true],
      ['他说:“要做好。”', true],
      ['绘就乡村振兴“新画卷”', false],
      ['” ）', true],
      ['   ', false],
      ['', false],
    ] as const) {
      expect(endsSentence(t)).toBe(ended);
    }
  });
});

describe('withoutTrailingSeparators', () => {
  it.each([
    ['城郊菜市场为何总在清晨堵车- -', '城郊菜市场为何总在清晨堵车'],
    ['谁来为无序拆房“埋单”？- -', '谁来为无序拆房“埋单”？'],
    ['The library reopens |', 'The library reopens'],
    ['Stocks fall _ ~', 'Stocks fall'],
    ['A - B -', 'A - B'],
  ])('drops the padding of %s', (headline, tidy) => {
    expect(withoutTrailingSeparators(headline)).toBe(tidy);
  });

  it.each(['Notes on C--', 'Score 2-1', 'Q&A: the new hours', '- -', '北京—上海'])(
    'keeps %s: glued to a word or number, inside the text, or all there is',
    (headline) => {
      expect(withoutTrailingSeparators(headline)).toBe(headline);
    },
  );
});
