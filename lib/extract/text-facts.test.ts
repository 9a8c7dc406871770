import { describe, expect, it } from 'vitest';
import { HAN_WEIGHT } from '../detect/constants';
import { CLAUSE_PUNCTUATION } from './region-constants';
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
  isSpaceCode,
  readTextFacts,
  type TextFacts,
} from './text-facts';

/** Detection's weight as first defined: controls and the no-break and ideographic spaces weigh nothing. */
function referenceWeight(text: string): number {
  let weight = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code === 0xa0 || code === 0x3000) continue;
    weight += (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) ? HAN_WEIGHT : 1;
  }
  return weight;
}

/** The language guess's scripts as first defined, by code-unit ranges. */
function referenceScript(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f))
    return LATIN;
  if (code >= 0x3040 && code <= 0x30ff) return KANA;
  if (code >= 0xac00 && code <= 0xd7af) return HANGUL;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return HAN;
  if (code >= 0x400 && code <= 0x4ff) return CYRILLIC;
  if (code >= 0x600 && code <= 0x6ff) return ARABIC;
  return 0;
}

/** The definitions the one loop stands in for: detection's weight, trim, `\S`, whitespace runs, clause marks. */
function expected(text: string): TextFacts {
  const trimmed = text.trim();
  const start = trimmed ? text.indexOf(trimmed) : 0;
  return {
    weight: referenceWeight(text),
    commas: [...text].filter((c) => CLAUSE_PUNCTUATION.includes(c)).length,
    visible: text.match(/\S/g)?.length ?? 0,
    start,
    end: trimmed ? start + trimmed.length : 0,
    runs: trimmed.match(/\s+/g)?.length ?? 0,
  };
}

describe('readTextFacts', () => {
  const cases = [
    '',
    ' \n\t ',
    'plain words',
    '  two  spaces\n\nand lines  ',
    '本报讯（记者 张三）近日，市公安局召开会议；会议指出、要求。',
    '\u3000\u3000段首全角空格，正文',
    'no\u00a0break\u2003em\u2028line\ufeffbom',
    '\u0001control\u0002',
    '𠀀 astral Han 😀, emoji',
  ];

  it.each(cases)('agrees with the regex and weight definitions on %j', (text) => {
    const facts: TextFacts = { weight: -1, commas: -1, visible: -1, start: -1, end: -1, runs: -1 };
    readTextFacts(text, facts);
    expect(facts).toEqual(expected(text));
    expect(text.slice(facts.start, facts.end)).toBe(text.trim());
    expect(facts.visible + facts.runs).toBe(text.trim().replace(/\s+/g, ' ').length);
  });

  it('agrees on every character of the Basic Multilingual Plane, as do isSpaceCode, the scripts and HAN_CHAR', () => {
    const facts: TextFacts = { weight: 0, commas: 0, visible: 0, start: 0, end: 0, runs: 0 };
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      readTextFacts(text, facts);
      const want = expected(text);
      const got = {
        ...facts,
        isSpaceCode: isSpaceCode(code),
        script: CHAR_FACTS[code]! >> SCRIPT_SHIFT,
        hanChar: HAN_CHAR.test(String.fromCharCode(code)),
      };
      const wanted = {
        ...want,
        isSpaceCode: want.visible === 2,
        script: referenceScript(code),
        hanChar: referenceScript(code) === HAN,
      };
      // One expect per mismatch only: 65,536 expects would take seconds.
      if (JSON.stringify(got) !== JSON.stringify(wanted))
        expect({ code, ...got }).toEqual({ code, ...wanted });
    }
  });
});
