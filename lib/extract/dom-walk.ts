// Iterative tree walks over DOM Core pointers (firstChild/nextSibling/parentNode): no recursion, so
// 20,000 levels of nesting cannot overflow the stack, and no childNodes arrays are built.
import { LINE_BREAK_TAGS } from './html-tags';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

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

/**
 * The next node at the same level: after a shadow root's last node come the host's own children (slotted
 * content is shown too, so its text is kept, after the shadow content).
 */
export function nextOf(node: Node): Node | null {
  const next = node.nextSibling;
  if (next) return next;
  const parent = node.parentNode;
  if (parent && parent.nodeType === DOCUMENT_FRAGMENT_NODE)
    return (parent as ShadowRoot).host?.firstChild ?? null;
  return null;
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
  let node: Node | null = root;
  while (node) {
    if (stop?.()) {
      // Close the open ancestors, so that what they gathered is complete for the part walked.
      for (let open = node === root ? null : parentOf(node); open; open = parentOf(open)) {
        visitor.leave?.(open);
        if (open === root) break;
      }
      return false;
    }
    const descend: boolean = visitor.enter(node);
    const first: Node | null = descend ? firstChildOf(node) : null;
    if (first) {
      node = first;
      continue;
    }
    if (descend) visitor.leave?.(node);
    // Climb until a node with a next sibling, finishing each parent on the way.
    while (node && node !== root && !nextOf(node)) {
      node = parentOf(node);
      if (node) visitor.leave?.(node);
    }
    if (!node || node === root) return true;
    node = nextOf(node);
  }
  return true;
}

/** The text of `root` minus the subtrees `skip` rejects, whitespace collapsed; blocks separated by newlines. */
export function collectText(root: Element, skip: (el: Element) => boolean = () => false): string {
  const parts: string[] = [];
  walk(root, {
    enter(node) {
      if (node.nodeType === TEXT_NODE) {
        parts.push(node.nodeValue ?? '');
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return false;
      const el = node as Element;
      if (el !== root && skip(el)) return false;
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
 * The class attribute as written. Read through the attribute node: some DOM implementations (linkedom)
 * rebuild the string from the class list on every getAttribute('class'), ten times slower, on every element.
 */
export function classOf(el: Element): string {
  return el.getAttributeNode('class')?.value ?? '';
}
