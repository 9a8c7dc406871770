// The page's visible text as lines (block and <br> boundaries), for the visible-date and byline readers.
// One iterative walk; link text is kept apart because dates and names inside links belong to other pages.
import { ELEMENT_NODE, TEXT_NODE, pageRoot, walk } from '../dom-walk';

export interface PageLine {
  /** Text outside links, whitespace collapsed. */
  text: string;
  /** Whether the line had text inside links as well. */
  hasLink: boolean;
  /** The whole line, link text included. */
  full: string;
  /** 1–6 when the line is (in) a heading. */
  heading: number;
}

/** Stop after this many lines: bylines and dates sit near the top or right after the body. */
const MAX_LINES = 5_000;

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'SVG',
]);
const BREAKS = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'TD',
  'TH',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'FIGURE',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'HR',
  'ADDRESS',
  'TIME',
  'CENTER',
  'MAIN',
  'ASIDE',
  'NAV',
  'FORM',
]);
const HIDDEN_STYLE = /display\s*:\s*none/i;

export function readPageLines(doc: Document): PageLine[] {
  const root = pageRoot(doc);
  const lines: PageLine[] = [];
  if (!root) return lines;
  let text = '';
  let full = '';
  let hasLink = false;
  let linkDepth = 0;
  let headingDepth = 0;
  let heading = 0;
  const flush = () => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean || hasLink)
      lines.push({ text: clean, hasLink, heading, full: full.replace(/\s+/g, ' ').trim() });
    text = '';
    full = '';
    hasLink = false;
    heading = headingDepth ? heading : 0;
  };
  walk(root, {
    enter(node) {
      if (lines.length >= MAX_LINES) return false;
      if (node.nodeType === TEXT_NODE) {
        const value = node.nodeValue ?? '';
        full += value;
        if (linkDepth > 0) {
          if (value.trim()) hasLink = true;
          text += ' ';
        } else text += value;
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return false;
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED.has(tag) || el.hasAttribute('hidden')) return false;
      const style = el.getAttribute('style');
      if (style && HIDDEN_STYLE.test(style)) return false;
      if (BREAKS.has(tag)) flush();
      if (tag === 'A') linkDepth++;
      const level = /^H([1-6])$/.exec(tag);
      if (level) {
        headingDepth++;
        heading = Number(level[1]);
      }
      return true;
    },
    leave(node) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'A') linkDepth--;
      if (BREAKS.has(tag)) flush();
      if (/^H[1-6]$/.test(tag)) {
        headingDepth--;
        if (!headingDepth) heading = 0;
      }
    },
  });
  flush();
  return lines;
}
