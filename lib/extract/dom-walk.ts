// Iterative tree walks over DOM Core pointers (firstChild/nextSibling/parentNode): no recursion, so
// 20,000 levels of nesting cannot overflow the stack, and no childNodes arrays are built.
import { LINE_BREAK_TAGS } from './html-tags';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Answers for any element, as a Set's `has` does for its members (the elements a walk leaves out). */
export interface ElementTest {
  has(el: Element): boolean;
}

export interface WalkVisitor {
  /** Called before a node's children; return false to leave its subtree out. */
  enter(node: Node): boolean;
  /** Called after a node's children (only for nodes whose enter returned true). */
  leave?(node: Node): void;
}

/**
 * The children to walk under `node`: an open shadow root's content where the element has one (that is what
 * the page shows; DOM Core `element.shadowRoot`), otherwise its own children.
 */
export function firstChildOf(node: Node): Node | null {
  const shadow = (node as Element).shadowRoot;
  return shadow?.firstChild ?? node.firstChild;
}

/** The parent to climb to: a shadow root's top-level nodes climb to its host. */
export function parentOf(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && parent.nodeType === DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent;
}

const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * Depth-first pre-/post-order walk of `root` and its descendants, into open shadow roots. `stop`, read
 * before each node, ends the walk early (a node or time budget); the open ancestors are then left in
 * order and the result says the walk did not finish.
 */
export function walk(root: Node, visitor: WalkVisitor, stop?: () => boolean): boolean {
  let node: Node = root;
  for (;;) {
    if (stop?.()) {
      // Close the open ancestors, so that what they gathered is complete for the part walked.
      for (let open = node === root ? null : parentOf(node); open; open = parentOf(open)) {
        visitor.leave?.(open);
        if (open === root) break;
      }
      return false;
    }
    if (visitor.enter(node)) {
      const first = firstChildOf(node);
      if (first) {
        node = first;
        continue;
      }
      visitor.leave?.(node);
    }
    // On to the next node in document order, finishing each parent climbed out of. Each step reads
    // nextSibling once, and parentNode only after a last child.
    for (;;) {
      if (node === root) return true;
      const next = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      const parent = node.parentNode;
      if (!parent) return true;
      if (parent.nodeType === DOCUMENT_FRAGMENT_NODE) {
        // After a shadow root's content come the host's own (slotted) children, then the host ends.
        const host = (parent as ShadowRoot).host;
        if (!host) return true;
        const slotted = host.firstChild;
        if (slotted) {
          node = slotted;
          break;
        }
        node = host;
      } else node = parent;
      visitor.leave?.(node);
    }
  }
}

/** The text of `root` minus the subtrees `skip` rejects, whitespace collapsed; blocks separated by newlines. */
export function collectText(root: Element, skip?: ElementTest): string {
  const parts: string[] = [];
  walk(root, {
    enter(node) {
      if (node.nodeType === TEXT_NODE) {
        parts.push(node.nodeValue ?? '');
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return false;
      const el = node as Element;
      if (el !== root && skip?.has(el)) return false;
      if (INVISIBLE_TAGS.has(el.tagName)) return false;
      if (LINE_BREAK_TAGS.has(el.tagName)) parts.push('\n');
      return true;
    },
    leave(node) {
      if (node.nodeType === ELEMENT_NODE && LINE_BREAK_TAGS.has((node as Element).tagName)) parts.push('\n');
    },
  });
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Whether `a` comes before `b` in document order (an ancestor comes before what it holds). Written out
 * because linkedom, the CLI's DOM, answers compareDocumentPosition by depth instead of position, so the same
 * page gave the CLI and the browser different results.
 */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const pathOf = (node: Node) => {
    const path: Node[] = [];
    for (let n: Node | null = node; n; n = n.parentNode) path.push(n);
    return path;
  };
  const pathA = pathOf(a);
  const pathB = pathOf(b);
  let i = pathA.length - 1;
  let j = pathB.length - 1;
  if (pathA[i] !== pathB[j]) return false; // in different trees
  while (i > 0 && j > 0 && pathA[i - 1] === pathB[j - 1]) {
    i--;
    j--;
  }
  if (i === 0) return true; // a holds b
  if (j === 0) return false; // b holds a
  // pathA[i - 1] and pathB[j - 1] are children of one parent: the earlier one is first.
  for (let sibling = pathA[i - 1]!.nextSibling; sibling; sibling = sibling.nextSibling) {
    if (sibling === pathB[j - 1]) return true;
  }
  return false;
}

const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'NOFRAMES', 'TEMPLATE', 'HEAD']);

/**
 * Where page text lives: <body>, unless the parser left it empty (markup without <html>/<body>, or
 * several <html> sections) — then the whole document element.
 */
export function pageRoot(doc: Document): Element {
  const body = doc.body;
  if (body && body.firstElementChild) return body;
  return doc.documentElement ?? body;
}

/**
 * The class attribute as written. HTML elements answer through `className`, which browsers read without
 * converting an attribute name (extract was about 3% faster in Chromium than through the attribute node);
 * an SVG element's `className` is an object, so it is asked for the attribute.
 */
export function classOf(el: Element): string {
  const cls = (el as Partial<HTMLElement>).className;
  return typeof cls === 'string' ? cls : (el.getAttribute('class') ?? '');
}
