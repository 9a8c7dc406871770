// The popup's sentence highlight: the highlighter injected into the tab on the first click, called after.
import { createContext, runInContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HIGHLIGHTER_KEY, installHighlighter } from '../../lib/content/highlight';
import { HIGHLIGHTER_FILE, highlightInTab } from '../../lib/extension/tabs';

type Injection = {
  target: unknown;
  files?: string[];
  func?: (...args: unknown[]) => unknown;
  args?: unknown[];
};

/**
 * executeScript with this test's document as the tab's and a context of its own as the extension's isolated
 * world: a file injection installs the highlighter there; a function is run there from its source, as the
 * browser sends it, so it cannot lean on this module's scope.
 */
function fakeTab() {
  const world = createContext({});
  const injections: Injection[] = [];
  const spy = vi.fn(async (injection: Injection) => {
    injections.push(injection);
    if (injection.files) {
      expect(injection.files).toEqual([HIGHLIGHTER_FILE]);
      installHighlighter(world, () => document.body);
      return [{ frameId: 0, result: undefined }];
    }
    const func = runInContext(`(${injection.func!.toString()})`, world) as (...args: unknown[]) => unknown;
    return [{ frameId: 0, result: func(...injection.args!) }];
  });
  Object.assign(fakeBrowser, { scripting: { executeScript: spy } });
  return { injections, world };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('highlightInTab', () => {
  it('injects the highlighter on the first click only, into the top frame', async () => {
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: 'First one. Second one.' }),
    );
    const { injections, world } = fakeTab();
    expect(await highlightInTab(3, 'Second one.')).toBe(true);
    expect(document.querySelector('mark')?.textContent).toBe('Second one.');
    // Called, found missing, injected, called again.
    expect(injections.map((i) => (i.files ? 'inject' : 'call'))).toEqual(['call', 'inject', 'call']);
    expect(injections.every((i) => JSON.stringify(i.target) === '{"tabId":3,"frameIds":[0]}')).toBe(true);

    expect(await highlightInTab(3, 'First one.')).toBe(true);
    expect(injections).toHaveLength(4);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['First one.']);
    expect(await highlightInTab(3, 'Not on the page.')).toBe(false);
    expect(document.querySelector('mark')).toBeNull();
    // Nothing was left in this module's own global: the highlighter lives in the tab's isolated world.
    expect((globalThis as Record<symbol, unknown>)[Symbol.for(HIGHLIGHTER_KEY)]).toBeUndefined();
    expect(typeof (world as Record<symbol, unknown>)[Symbol.for(HIGHLIGHTER_KEY)]).toBe('function');
  });
});

describe('installHighlighter', () => {
  it('takes only a sentence-sized string', () => {
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'A sentence.' }));
    const world: Record<symbol, unknown> = {};
    installHighlighter(world, () => document.body);
    const hook = world[Symbol.for(HIGHLIGHTER_KEY)] as (sentence: unknown) => boolean;
    expect(hook({ toString: () => 'A sentence.' })).toBe(false);
    expect(hook('A sentence.'.repeat(10_000))).toBe(false);
    expect(document.querySelector('mark')).toBeNull();
    expect(hook('A sentence.')).toBe(true);
    (hook as unknown as { clear(): void }).clear();
    expect(document.querySelector('mark')).toBeNull();
  });

  it('a copy installed again clears the earlier copy’s highlight and replaces it', () => {
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'A sentence.' }));
    const world: Record<symbol, unknown> = {};
    installHighlighter(world, () => document.body);
    const first = world[Symbol.for(HIGHLIGHTER_KEY)] as (sentence: string) => boolean;
    expect(first('A sentence.')).toBe(true);
    installHighlighter(world, () => document.body);
    expect(document.querySelector('mark')).toBeNull();
    expect(world[Symbol.for(HIGHLIGHTER_KEY)]).not.toBe(first);
  });
});
