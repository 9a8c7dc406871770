import { describe, expect, it } from 'vitest';
import { byTagName } from './html-tags';

describe('byTagName', () => {
  it('answers on the upper-case tag, whatever case the DOM spells it in', () => {
    const seen: string[] = [];
    const kindOf = byTagName((tag) => (seen.push(tag), tag === 'DIV'));
    expect([kindOf('DIV'), kindOf('div'), kindOf('SPAN'), kindOf('DIV')]).toEqual([true, true, false, true]);
    expect(seen).toEqual(['DIV', 'DIV', 'SPAN']);
  });
});
