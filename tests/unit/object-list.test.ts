// objectList: a fresh, empty, ordinary array on every call (the readers' lists must never be shared).
import { describe, expect, it } from 'vitest';
import { objectList } from '../../lib/extract/object-list';

describe('objectList', () => {
  it('gives a new empty array each time', () => {
    const first = objectList<{ n: number }>();
    const second = objectList<{ n: number }>();
    expect(first).toEqual([]);
    expect(first).not.toBe(second);
    first.push({ n: 1 });
    expect(second).toHaveLength(0);
  });

  it('holds any values in order, with no hole left by the shrinking', () => {
    const list = objectList<unknown>();
    list.push({ a: 1 }, 'text', 2, null);
    expect(list).toEqual([{ a: 1 }, 'text', 2, null]);
    expect(0 in list).toBe(true);
    expect(Array.isArray(list)).toBe(true);
  });
});
