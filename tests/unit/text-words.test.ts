import { describe, expect, it } from 'vitest';
import {
  hanNgrams,
  hanRatio,
  recoverTerms,
  splitWords,
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

  it('gives character n-grams of Han runs only', () => {
    expect(hanNgrams('政工ab部门', 2)).toEqual(['政工', '部门']);
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
