// The reference the property tests check output against: the page's visible text in comparable form, with
// the places where one element's text ends and another's begins (where column mending may join).

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

/**
 * The comparison form of text: NFKC (full- and half-width punctuation alike), without any whitespace and
 * without hyphens. Mending joins `打造全` + `区公安` with no space and `imple-` + `mentation` without the
 * hyphen, and paragraphs are re-spaced: with whitespace and hyphens gone, these compare equal.
 */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff\-\u2010\u2011]+/gu, '');
}

export interface PageText {
  /** The visible text (script, style, template, head left out) in document order, in comparable form. */
  text: string;
  /** Offsets in `text` where an element starts or ends. */
  boundaries: Set<number>;
}

export function pageText(doc: Document): PageText {
  const parts: string[] = [];
  const boundaries = new Set<number>([0]);
  let length = 0;
  const root = doc.body ?? doc.documentElement;
  // Iterative: random and hostile trees can be deeper than the stack.
  let node: Node | null = root;
  while (node) {
    let descend = true;
    if (node.nodeType === 3) {
      const piece = comparable(node.nodeValue ?? '');
      parts.push(piece);
      length += piece.length;
    } else if (node.nodeType === 1) {
      boundaries.add(length);
      if (INVISIBLE.has((node as Element).tagName.toUpperCase())) descend = false;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      boundaries.add(length);
    }
    if (!node || node === root) break;
    node = node.nextSibling;
    boundaries.add(length);
  }
  return { text: parts.join(''), boundaries };
}

/** Most pieces one paragraph may be mended from (a story broken over several print columns). */
const MAX_PIECES = 6;

/**
 * Where `needle` can be placed in the page at or after `from`: as one run of the page's text, or mended from
 * up to MAX_PIECES runs in page order, each join falling where one element's text ends and a later one's
 * begins (the first piece may start, and the last may end, anywhere: a dateline or credit was cut off).
 * Returns the end offset of the placement, or -1.
 */
function place(page: PageText, needle: string, from: number, pieces: number): number {
  const joined = pieces > 1;
  for (let at = page.text.indexOf(needle, from); at >= 0; at = page.text.indexOf(needle, at + 1)) {
    if (!joined || page.boundaries.has(at)) return at + needle.length;
  }
  if (pieces >= MAX_PIECES) return -1;
  // Longest first piece first: fewest joins.
  for (let length = needle.length - 1; length >= 1; length--) {
    const head = needle.slice(0, length);
    for (let at = page.text.indexOf(head, from); at >= 0; at = page.text.indexOf(head, at + 1)) {
      if (joined && !page.boundaries.has(at)) continue;
      if (!page.boundaries.has(at + length)) continue;
      const end = place(page, needle.slice(length), at + length, pieces + 1);
      if (end >= 0) return end;
      break; // a later occurrence of the same head can only place the rest later or not at all
    }
  }
  return -1;
}

export interface Placement {
  /** Paragraphs that cannot be made from the page's text, even with mending joins. */
  missing: string[];
  /** Paragraphs that can, but not after the previous one: repeated, shared by two articles, or reordered. */
  outOfOrder: string[];
}

/**
 * Places every paragraph, article after article, in the page's text, each after the one before. Disjoint
 * articles whose paragraphs each appear once place cleanly; a paragraph emitted twice, or claimed by two
 * articles, needs a second occurrence in the page, and fails without one.
 */
export function placeParagraphs(page: PageText, articles: string[][]): Placement {
  const placement: Placement = { missing: [], outOfOrder: [] };
  let position = 0;
  for (const paragraphs of articles) {
    for (const paragraph of paragraphs) {
      const needle = comparable(paragraph);
      if (!needle) continue;
      const end = place(page, needle, position, 1);
      if (end >= 0) position = end;
      else if (place(page, needle, 0, 1) >= 0) placement.outOfOrder.push(paragraph);
      else placement.missing.push(paragraph);
    }
  }
  return placement;
}
