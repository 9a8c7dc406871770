import { describe, expect, it } from 'vitest';
import { featureVector, Vocabulary } from '../../lib/summarize/vectors';
import { hanBigramKey, hanBigramIdf, idf } from '../../lib/summarize/df-table';

/** The Han bigrams of `text` as strings, spelled out character by character: the oracle of the keyed path. */
function hanBigramStrings(text: string): string[] {
  return [...text.matchAll(/\p{sc=Han}+/gu)].flatMap(([run]) => {
    const chars = [...run];
    return chars.slice(1).map((char, i) => chars[i]! + char);
  });
}

describe('feature vectors', () => {
  it('read Han bigrams from the text as the same features their strings give', () => {
    const text = '公安机关,推动𠀀𠀁部门工作。Police 公安';
    const fromText = featureVector(['police'], new Vocabulary(), false, text);
    const fromStrings = featureVector([...hanBigramStrings(text), 'police'], new Vocabulary(), false);
    expect(fromText.ids).toEqual(fromStrings.ids);
    expect(fromText.weights).toEqual(fromStrings.weights);
  });

  it('key every pair of BMP Han characters apart, with the IDF of its string', () => {
    const han = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (/\p{sc=Han}/u.test(String.fromCharCode(code))) han.push(code);
    }
    const packed = new Set(han.map((code) => hanBigramKey(code, code) >> 15));
    expect(packed.size).toBe(han.length);
    expect(Math.max(...han.map((code) => hanBigramKey(code, code)))).toBeLessThan(2 ** 30);
    expect(Math.min(...han.map((code) => hanBigramKey(code, code)))).toBeGreaterThanOrEqual(0);
    for (const bigram of ['公安', '工作', '翁牛']) {
      expect(hanBigramIdf(hanBigramKey(bigram.charCodeAt(0), bigram.charCodeAt(1)))).toBe(idf(bigram));
    }
    expect(hanBigramKey(0x20000, 0x516c)).toBe(-1);
  });
});
