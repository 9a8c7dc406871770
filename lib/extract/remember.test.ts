import { describe, expect, it } from 'vitest';
import { remember } from './remember';

describe('remember', () => {
  it('computes each key once, and stops adding keys at its bound', () => {
    const computed: string[] = [];
    const lengthOf = remember((key) => {
      computed.push(key);
      return key.length;
    }, 2);
    expect(['a', 'bb', 'a', 'ccc', 'ccc', 'bb'].map(lengthOf)).toEqual([1, 2, 1, 3, 3, 2]);
    // 'ccc' came after the bound: it is computed again each time, with the same answer.
    expect(computed).toEqual(['a', 'bb', 'ccc', 'ccc']);
  });

  it('remembers falsy answers other than undefined', () => {
    let calls = 0;
    const never = remember(() => (calls++, false), 10);
    never('x');
    never('x');
    expect(calls).toBe(1);
  });
});
