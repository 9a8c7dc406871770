import { describe, expect, it } from 'vitest';
import {
  forEachHanBigram,
  hanRatio,
  recoverTerms,
  spacedWords,
  splitWords,
  wordLookup,
  tokenLookup,
  toFullWidthPunctuation,
  toHalfWidth,
  wordTokens,
} from '../../lib/text';

describe('word splitting', () => {
  it('splits English into lower-cased word-like segments', () => {
    expect(splitWords('The Police said: 3,000 officers!', 'en')).toEqual([
      'the',
      'police',
      'said',
      '3,000',
      'officers',
    ]);
  });

  it('splits Chinese into dictionary words and drops punctuation', () => {
    expect(splitWords('全区公安机关，推动工作。', 'zh')).toEqual(['全区', '公安', '机关', '推动', '工作']);
  });

  it('recovers terms the dictionary splits into single characters', () => {
    // Intl.Segmenter gives 在|翁|牛|特|旗|举行 and 政|工|工作.
    expect(recoverTerms(wordTokens('在翁牛特旗举行', 'zh')).some((t) => t.includes('翁牛特'))).toBe(true);
    expect(recoverTerms(wordTokens('推动政工工作转型', 'zh'))).toContain('政工');
  });

  it('gives character bigrams of Han runs only', () => {
    const bigrams = (text: string) => {
      const out: string[] = [];
      forEachHanBigram(text, (first, second) => out.push(String.fromCodePoint(first, second)));
      return out;
    };
    expect(bigrams('政工ab部门')).toEqual(['政工', '部门']);
    // Characters outside the BMP count as one character each.
    expect(bigrams('𠀀𠀁部')).toEqual(['𠀀𠀁', '𠀁部']);
  });

  it('finds the words of spaced scripts by regex, as the segmenter does, and leaves Han text out', () => {
    const text = "The Police said: 3,000 officers! U.S. don't rav4 naïve my_var 公安ab";
    expect(spacedWords(text)).toEqual([
      'the',
      'police',
      'said',
      '3,000',
      'officers',
      'u.s',
      "don't",
      'rav4',
      'naïve',
      'my_var',
      'ab',
    ]);
    const english = 'Officers in Hohhot, the capital, said on Monday they had closed 116 cases in 2022.';
    expect(spacedWords(english)).toEqual(splitWords(english, 'en'));
  });

  it('looks up the word covering an offset, the same word the full split gives', () => {
    const text = '在翁牛特旗举行，呼和浩特市公安局召开会议。';
    const lookup = wordLookup(text, 'zh');
    const tokens = wordTokens(text, 'zh');
    for (let i = 0; i < text.length; i++) {
      const expected = tokens.find((t) => t.index <= i && i < t.index + t.text.length);
      expect(lookup(i)).toEqual(expected);
    }
    expect(lookup(text.indexOf('，'))).toBeUndefined();
    expect(lookup(-1)).toBeUndefined();
    expect(lookup(text.length)).toBeUndefined();
  });

  it('looks up the covering word in tokens already split, as the segmenter does', () => {
    const text = '在翁牛特旗举行，呼和浩特市公安局召开会议。Police said 3,000.';
    const fromTokens = tokenLookup(wordTokens(text, 'zh'));
    const fromSegmenter = wordLookup(text, 'zh');
    for (let i = -1; i <= text.length; i++) expect(fromTokens(i)).toEqual(fromSegmenter(i));
    expect(tokenLookup([])(0)).toBeUndefined();
  });
});

describe('normalisation', () => {
  it('maps full-width ASCII to half-width, one character for one', () => {
    const text = '１１６所，（好）　ＯＫ';
    const half = toHalfWidth(text);
    expect(half).toBe('116所,(好) OK');
    expect(half.length).toBe(text.length);
  });

  it('makes half-width punctuation between Chinese characters full-width, and leaves English alone', () => {
    expect(toFullWidthPunctuation('近年来,全区(旗县)公安;好!Hello, world (x).')).toBe(
      '近年来，全区（旗县）公安；好!Hello, world (x).',
    );
  });

  it('measures how Chinese a text is', () => {
    expect(hanRatio('公安机关')).toBe(1);
    expect(hanRatio('police')).toBe(0);
  });
});
