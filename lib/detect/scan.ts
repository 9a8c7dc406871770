// The one pass over the page that detection allows: the body's text as lines (block boundaries), each with
// its link share and the element kind that held it, plus counts of <article>s and headline-like links.
// Iterative (no recursion), read-only, no layout.
import { ELEMENT_NODE, TEXT_NODE, pageRoot, walk } from '../extract/dom-walk';
import { LINE_BREAK_TAGS, NON_TEXT_TAGS } from '../extract/html-tags';
import {
  HAN_WEIGHT,
  HEADLINE_MIN_CHARS,
  MAX_LINES,
  MAX_NODES,
  STORY_MAX_LINK_SHARE,
  STORY_MIN_CHARS,
} from './constants';

export interface Line {
  text: string;
  /** Weighted length (Han characters count double) of all text, and of the part inside links. */
  weight: number;
  linkWeight: number;
  /** 1–6 inside h1–h6, 0 otherwise. */
  heading: number;
  /** Inside a <figure>/<figcaption> or holding an image only. */
  figure: boolean;
}

export interface PageScan {
  lines: Line[];
  /** <article> elements holding a story's worth of prose (teaser cards and link lists excluded). */
  stories: number;
  /** Weighted text of each such story, in page order. */
  storyWeights: number[];
  /** Links whose text reads like a headline (long enough), outside nav/footer. */
  headlineLinks: number;
  totalWeight: number;
  linkWeight: number;
  /** schema.org @type values (JSON-LD, microdata) and og:type, found on the way. */
  types: string[];
  /** The <title> text (read from <head>: `document.title` searches the whole tree in some DOMs). */
  title: string;
}

/** JSON-LD read per script at most: types sit at the top, and huge scripts must not stall page load. */
const MAX_JSON_LD_CHARS = 100_000;
const FURNITURE = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM']);
/**
 * Weighted length of visible text: non-space characters, Han ones counted HAN_WEIGHT times. A char-code loop,
 * not regexes: this runs on every text node of every page load.
 */
export function weightOf(text: string): number {
  let weight = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code === 0xa0 || code === 0x3000) continue;
    weight += (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) ? HAN_WEIGHT : 1;
  }
  return weight;
}

export function scanPage(doc: Document): PageScan {
  let visited = 0;
  const nodeCapReached = () => ++visited > MAX_NODES;
  const scan: PageScan = {
    title: '',
    types: [],
    lines: [],
    stories: 0,
    storyWeights: [],
    headlineLinks: 0,
    totalWeight: 0,
    linkWeight: 0,
  };
  const root = pageRoot(doc);
  if (!root) return scan;
  const types = new Set<string>();
  // <head> is short and flat: its meta tags and JSON-LD are read directly, the body in the one walk below.
  for (let el = doc.head?.firstElementChild; el; el = el.nextElementSibling) {
    if (el.tagName.toUpperCase() === 'TITLE' && !scan.title) scan.title = el.textContent ?? '';
    readTypes(el, types);
  }
  readMicrodata(doc.documentElement, types);
  let text = '';
  let weight = 0;
  let linkWeight = 0;
  let linkDepth = 0;
  let linkText = '';
  let headingLevel = 0;
  let figureDepth = 0;
  let furnitureDepth = 0;
  /** Weighted text and link text seen when each open <article> started. */
  const articleStarts: number[] = [];
  const articleLinkStarts: number[] = [];
  const flush = () => {
    if (weight > 0 && scan.lines.length < MAX_LINES) {
      // Raw text: the line patterns tolerate stray whitespace, and skipping the clean-up saves garbage.
      scan.lines.push({ text, weight, linkWeight, heading: headingLevel, figure: figureDepth > 0 });
    }
    text = '';
    weight = 0;
    linkWeight = 0;
  };
  walk(
    root,
    {
      enter(node) {
        if (node.nodeType === TEXT_NODE) {
          const value = node.nodeValue ?? '';
          const w = weightOf(value);
          if (!w) {
            if (text) text += ' ';
            return false;
          }
          text += value;
          weight += w;
          scan.totalWeight += w;
          if (linkDepth > 0) {
            linkWeight += w;
            scan.linkWeight += w;
            linkText += value;
          }
          return false;
        }
        if (node.nodeType !== ELEMENT_NODE) return false;
        const el = node as Element;
        const tag = el.tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'META') readTypes(el, types);
        if (tag === 'TITLE') {
          // Markup without <head> leaves the title in the body.
          scan.title ||= el.textContent ?? '';
          return false;
        }
        if (NON_TEXT_TAGS.has(tag) || el.hasAttribute('hidden')) return false;
        if (tag === 'BODY' || tag === 'ARTICLE' || tag === 'MAIN') readMicrodata(el, types);
        if (LINE_BREAK_TAGS.has(tag)) flush();
        if (tag === 'A') {
          linkDepth++;
          if (linkDepth === 1) linkText = '';
        } else if (tag.length === 2 && tag[0] === 'H' && tag[1] >= '1' && tag[1] <= '6')
          headingLevel = Number(tag[1]);
        else if (tag === 'FIGURE' || tag === 'FIGCAPTION') figureDepth++;
        else if (tag === 'ARTICLE') {
          articleStarts.push(scan.totalWeight);
          articleLinkStarts.push(scan.linkWeight);
        }
        if (FURNITURE.has(tag)) furnitureDepth++;
        return true;
      },
      leave(node) {
        const tag = (node as Element).tagName.toUpperCase();
        if (LINE_BREAK_TAGS.has(tag)) flush();
        if (tag === 'A') {
          linkDepth--;
          if (linkDepth === 0 && furnitureDepth === 0 && weightOf(linkText) >= HEADLINE_MIN_CHARS * 2)
            scan.headlineLinks++;
        } else if (tag.length === 2 && tag[0] === 'H' && tag[1] >= '1' && tag[1] <= '6') headingLevel = 0;
        else if (tag === 'FIGURE' || tag === 'FIGCAPTION') figureDepth--;
        else if (tag === 'ARTICLE') {
          const size = scan.totalWeight - (articleStarts.pop() ?? scan.totalWeight);
          const links = scan.linkWeight - (articleLinkStarts.pop() ?? scan.linkWeight);
          if (size >= STORY_MIN_CHARS && links <= size * STORY_MAX_LINK_SHARE && articleStarts.length === 0) {
            scan.stories++;
            scan.storyWeights.push(size);
          }
        }
        if (FURNITURE.has(tag)) furnitureDepth--;
      },
    },
    nodeCapReached,
  );
  flush();
  scan.types = [...types];
  return scan;
}

/** og:type from a meta tag; @type values from a JSON-LD script, by regex (cannot throw on broken JSON). */
function readTypes(el: Element, types: Set<string>): void {
  const tag = el.tagName.toUpperCase();
  if (tag === 'META') {
    if (el.getAttribute('property') === 'og:type') {
      const og = el.getAttribute('content')?.trim();
      if (og) types.add(og);
    }
    return;
  }
  if (tag !== 'SCRIPT' || el.getAttribute('type')?.toLowerCase() !== 'application/ld+json') return;
  const text = (el.textContent ?? '').slice(0, MAX_JSON_LD_CHARS);
  for (const m of text.matchAll(/"@type"\s*:\s*(?:"([^"]{1,60})"|\[([^\]]{1,200})\])/g)) {
    for (const t of (m[1] ?? m[2]).split(',')) {
      const clean = t.replace(/["\s]/g, '');
      if (clean) types.add(clean);
    }
  }
}

function readMicrodata(el: Element | null, types: Set<string>): void {
  const itemtype = el?.getAttribute('itemtype');
  const type = itemtype && /schema\.org\/(\w+)/.exec(itemtype)?.[1];
  if (type) types.add(type);
}
