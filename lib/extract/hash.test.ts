import { describe, expect, it } from 'vitest';
import { articleId, stableHash } from './hash';

describe('stableHash', () => {
  // Saved articles are keyed by these ids: the same text must give the same id in every release.
  it.each([
    ['', '811c9dc5050c5d1f'],
    ['abc', '1a47e90bb9de7311'],
    ['本报讯（记者 张三）\n第一段', '96fbaf69016e5c43'],
    ['x😀y', '4dc20e49705e3173'],
  ])('hashes %j as it always has', (text, hash) => {
    expect(stableHash(text)).toBe(hash);
  });

  it('builds article ids from headline and first paragraph', () => {
    expect(articleId('本报讯（记者 张三）', '第一段')).toBe(stableHash('本报讯（记者 张三）\n第一段'));
  });
});
