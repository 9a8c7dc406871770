// Finds a sentence in the page and marks it briefly, then puts every text node back exactly as it was.
// The sentence comes from the extracted text, which mended column breaks and may differ from the page in
// whitespace and in half-/full-width punctuation: both sides are compared after NFKC and with all
// whitespace removed, across text-node and element boundaries.

/** How long a highlight stays. */
export const HIGHLIGHT_MS = 2_000;
/** Elements whose text is not page text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);
export const HIGHLIGHT_ATTRIBUTE = 'data-bd-highlight';

interface Position {
  node: Text;
  offset: number;
}

const normalizeChar = (c: string) => c.normalize('NFKC').replace(/\s+/g, '');

/** The flattened, normalised text of `root`, with the source position of each character. */
function flatten(root: Node): { text: string; positions: Position[] } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) => {
      for (let el = node.parentElement; el; el = el.parentElement) {
        if (SKIP.has(el.tagName.toUpperCase())) return 2; // FILTER_REJECT
        if (el === root) break;
      }
      return 1; // FILTER_ACCEPT
    },
  });
  let text = '';
  const positions: Position[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const n = normalizeChar(data[i]!);
      for (let k = 0; k < n.length; k++) positions.push({ node, offset: i });
      text += n;
    }
  }
  return { text, positions };
}

export interface TextSpan {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces that hold `sentence`, or [] when it is not in the page. */
export function findSentence(root: Node, sentence: string): TextSpan[] {
  const needle = normalizeChar(sentence);
  if (!needle) return [];
  const { text, positions } = flatten(root);
  const at = text.indexOf(needle);
  if (at < 0) return [];
  const last = positions[at + needle.length - 1]!;
  const spans: TextSpan[] = [];
  for (let i = at; i < at + needle.length; i++) {
    const { node, offset } = positions[i]!;
    const span = spans[spans.length - 1];
    if (span && span.node === node) span.end = offset + 1;
    else spans.push({ node, start: offset, end: offset + 1 });
  }
  // The last character may be several source characters wide after normalisation: end at its end.
  const tail = spans[spans.length - 1]!;
  tail.end = Math.max(tail.end, last.offset + 1);
  return spans;
}

interface Wrapped {
  node: Text;
  original: string;
  inserted: Node[];
}

/** Wraps the spans in <mark data-bd-highlight>; returns the function that restores the page exactly. */
export function wrapSpans(spans: TextSpan[]): { marks: HTMLElement[]; restore: () => void } {
  const wrapped: Wrapped[] = [];
  const marks: HTMLElement[] = [];
  for (const { node, start, end } of spans) {
    const doc = node.ownerDocument;
    const parent = node.parentNode;
    if (!parent) continue;
    const original = node.data;
    const mark = doc.createElement('mark');
    mark.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
    // Inline style: the page's own stylesheet is not touched.
    mark.setAttribute(
      'style',
      'background:#ffe066;color:#000;border-radius:2px;box-shadow:0 0 0 2px #ffe066',
    );
    mark.textContent = original.slice(start, end);
    const after = doc.createTextNode(original.slice(end));
    node.data = original.slice(0, start);
    parent.insertBefore(after, node.nextSibling);
    parent.insertBefore(mark, after);
    wrapped.push({ node, original, inserted: [mark, after] });
    marks.push(mark);
  }
  let restored = false;
  return {
    marks,
    restore() {
      if (restored) return;
      restored = true;
      for (const { node, original, inserted } of wrapped.toReversed()) {
        inserted.forEach((n) => n.parentNode?.removeChild(n));
        node.data = original;
      }
    },
  };
}

/** Finds, scrolls to and marks a sentence for `ms`; a new highlight ends the previous one first. */
export function createHighlighter(root: () => Node, schedule = globalThis.setTimeout.bind(globalThis)) {
  let current: { restore: () => void; timer: ReturnType<typeof setTimeout> } | undefined;
  const clear = () => {
    if (!current) return;
    clearTimeout(current.timer);
    current.restore();
    current = undefined;
  };
  return {
    clear,
    highlight(sentence: string, ms = HIGHLIGHT_MS): boolean {
      clear();
      const spans = findSentence(root(), sentence);
      if (!spans.length) return false;
      const { marks, restore } = wrapSpans(spans);
      marks[0]?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      current = { restore, timer: schedule(clear, ms) };
      return true;
    },
  };
}

/** The key, for Symbol.for, under which the highlighter waits in the extension's isolated world of a page. */
export const HIGHLIGHTER_KEY = 'bulletin-digest.highlighter';
/** The longest sentence the highlighter takes, as the content script's requests were capped. */
const MAX_SENTENCE_CHARS = 100_000;

type Hook = ((sentence: unknown) => boolean) & { clear: () => void };

/**
 * Leaves a highlighter in `world` (the isolated world's global object, which the page can neither see nor
 * call), for the popup to call through scripting.executeScript (lib/extension/tabs). It takes only a string
 * of a sentence's length; a copy installed before is cleared and replaced.
 */
export function installHighlighter(world: object, root: () => Node): void {
  const shared = world as Record<symbol, Hook | undefined>;
  const key = Symbol.for(HIGHLIGHTER_KEY);
  try {
    shared[key]?.clear();
  } catch {
    // A copy orphaned by an extension reload may fail to clear: the new one still takes over.
  }
  const highlighter = createHighlighter(root);
  shared[key] = Object.assign(
    (sentence: unknown) =>
      typeof sentence === 'string' &&
      sentence.length <= MAX_SENTENCE_CHARS &&
      highlighter.highlight(sentence),
    { clear: highlighter.clear },
  );
}
