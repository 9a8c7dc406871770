// Sentence highlight in the page: found across nodes and width/whitespace differences, restored exactly.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter, findSentence, HIGHLIGHT_ATTRIBUTE, wrapSpans } from '../../lib/content/highlight';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  root.append(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('findSentence', () => {
  it('finds a sentence inside one text node', () => {
    const root = page('<p>前言。全区公安机关多措并举。后记。</p>');
    const spans = findSentence(root, '全区公安机关多措并举。');
    expect(spans).toHaveLength(1);
    expect(spans[0]!.node.data.slice(spans[0]!.start, spans[0]!.end)).toBe('全区公安机关多措并举。');
  });

  it('finds a sentence broken across paragraphs (a column break) and inline elements', () => {
    const root = page('<p>近年来,打造全</p><p>区公安<b>机关</b>铁军。</p>');
    const spans = findSentence(root, '近年来，打造全区公安机关铁军。');
    expect(spans.map((s) => s.node.data.slice(s.start, s.end)).join('')).toBe(
      '近年来,打造全区公安机关铁军。',
    );
    expect(spans).toHaveLength(4);
  });

  it('ignores whitespace differences and script text', () => {
    const root = page('<script>var x = "The council met";</script><p>The   council\n met on Monday.</p>');
    const spans = findSentence(root, 'The council met on Monday.');
    expect(spans).toHaveLength(1);
    expect(spans[0]!.node.parentElement!.tagName).toBe('P');
  });

  it('returns nothing for text not in the page or empty text', () => {
    const root = page('<p>Hello world.</p>');
    expect(findSentence(root, 'Goodbye.')).toEqual([]);
    expect(findSentence(root, '   ')).toEqual([]);
  });
});

describe('wrapSpans', () => {
  it('marks the sentence and restores the DOM exactly, keeping node identity', () => {
    const root = page('<p id="a">前面的话。打造全</p><p>区公安机关。<i>后面</i></p>');
    const before = root.cloneNode(true);
    const firstText = root.querySelector('#a')!.firstChild as Text;
    const { marks, restore } = wrapSpans(findSentence(root, '打造全区公安机关。'));
    expect(marks).toHaveLength(2);
    expect(root.querySelectorAll(`mark[${HIGHLIGHT_ATTRIBUTE}]`)).toHaveLength(2);
    expect(marks.map((m) => m.textContent).join('')).toBe('打造全区公安机关。');
    restore();
    expect(root.isEqualNode(before)).toBe(true);
    expect(root.querySelector('#a')!.firstChild).toBe(firstText);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    restore(); // twice is harmless
    expect(root.isEqualNode(before)).toBe(true);
  });
});

describe('createHighlighter', () => {
  it('highlights for a while, then restores; a second highlight ends the first', () => {
    vi.useFakeTimers();
    try {
      const root = page('<p>One sentence here. Another sentence there.</p>');
      const before = root.cloneNode(true);
      const highlighter = createHighlighter(() => root);
      expect(highlighter.highlight('One sentence here.', 2_000)).toBe(true);
      expect(root.querySelector('mark')!.textContent).toBe('One sentence here.');
      expect(highlighter.highlight('Another sentence there.', 2_000)).toBe(true);
      expect(root.querySelectorAll('mark')).toHaveLength(1);
      expect(root.querySelector('mark')!.textContent).toBe('Another sentence there.');
      vi.advanceTimersByTime(2_001);
      expect(root.isEqualNode(before)).toBe(true);
      expect(highlighter.highlight('Not in the page.')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
