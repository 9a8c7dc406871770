import { describe, expect, it } from 'vitest';
import { EMPTY_SUMMARY } from '../../lib/model';

describe('model', () => {
  it('has a frozen empty summary', () => {
    expect(Object.isFrozen(EMPTY_SUMMARY)).toBe(true);
    expect(EMPTY_SUMMARY.sentences).toEqual([]);
  });
});
