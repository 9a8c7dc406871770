// The one pass over the page that detection allows: the body's text as lines (block boundaries), each with
// its link share and the element kind that held it, plus counts of <article>s and headline-like links.
// Iterative (no recursion), read-only, no layout. Extraction's readers ride along the same walk (ScanReader).
import { CLASS_ATTRIBUTE, HIDDEN_ATTRIBUTE, STYLE_ATTRIBUTE, attributesOf } from '../extract/attributes';
import type { WalkLimits } from '../extract/budget';
import { CLOCK_CHECK_EVERY_NODES } from '../extract/constants';
import { ELEMENT_NODE, TEXT_NODE, classOf, pageRoot } from '../extract/dom-walk';
import {
  LINE_BREAK_TAGS,
  NON_TEXT_TAGS,
  byTagName,
  headingLevelOf,
  mayHostShadow,
} from '../extract/html-tags';
import { newTextFacts, readTextFacts, type TextFacts } from '../extract/text-facts';
import { HEADLINE_MIN_CHARS, MAX_LINES, MAX_NODES, STORY_MAX_LINK_SHARE, STORY_MIN_CHARS } from './constants';

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
  /** The walk stopped at its node cap or deadline: what was read is the page's first part. */
  truncated?: boolean;
}

/**
 * Rides along the scan to read more of the page in the same walk (extraction's metadata lines and head tags,
 * its content region's scores), so the page is walked once. Called only for what the scan itself visits.
 */
export interface ScanReader {
  /** Before the walk: the document and the element walked from. */
  begin(doc: Document, root: Element): void;
  /** Each child of <head>, and each meta, title, link or script element met in the walk. */
  headElement(el: Element, tag: string): void;
  /**
   * An element entered (every one the scan enters, `empty` ones too); the number returned comes back on
   * leaving it (0–255). The scan reads the attributes both readers test, once: `cls` is the class
   * attribute ('' when absent), or null when the element has no attributes at all; `style` the style
   * attribute; `attributes` the attributesOf bits, so that a reader reads only attributes that are there.
   */
  enter(
    el: Element,
    tag: string,
    empty: boolean,
    cls: string | null,
    style: string | null,
    attributes: number,
  ): number;
  leave(el: Element, entered: number): void;
  /** An element the scan leaves out, with its subtree, for its `hidden` attribute. */
  hidden(el: Element): void;
  /** A text node's value, whether it sits inside a link, and its facts (read only during the call). */
  text(value: string, inLink: boolean, facts: Readonly<TextFacts>): void;
  /** After the walk (or after it stopped at its limits). */
  end(): void;
}

/** JSON-LD read per script at most: types sit at the top, and huge scripts must not stall page load. */
const MAX_JSON_LD_CHARS = 100_000;
const FURNITURE = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM']);

/** What an element means to the scan, as bit flags read once per distinct tag name. */
const READS_TYPES = 1 << 0;
const TITLE = 1 << 1;
const NON_TEXT = 1 << 2;
const MICRODATA = 1 << 3;
const LINE_BREAK = 1 << 4;
const LINK = 1 << 5;
const FIGURE = 1 << 6;
const ARTICLE = 1 << 7;
const FURNITURE_FLAG = 1 << 8;
/** h1–h6: the level, 1–6, in three bits. */
const HEADING_SHIFT = 9;
const HEADING = 7 << HEADING_SHIFT;
/** meta, title, link and script: what a reader takes from <head> wherever they sit. */
const HEAD_ELEMENT = 1 << 14;
/** A <time>: a reader reads its datetime even when it is empty. */
const TIME = 1 << 15;
/** A <head> met in the walk (markup wrapped whole into a body): a reader still reads its tags. */
const NESTED_HEAD = 1 << 16;
/** Flags the scan's own enter and leave act on: other elements (span, b, img…) need neither call. */
const SCAN_ACTS = MICRODATA | LINE_BREAK | LINK | FIGURE | ARTICLE | FURNITURE_FLAG | HEADING;
/** Flags whose element changes the scan even when it has no children (so its `hidden` must be read). */
const ACTS_WHEN_EMPTY = SCAN_ACTS | TIME;
/** On an open shadow host while its shadow content is walked: its own (slotted) children come next. */
const IN_SHADOW = 1 << 12;
/** An element that may carry a shadow root (html-tags' mayHostShadow): only these are asked for one. */
const MAY_HOST_SHADOW = 1 << 13;

function tagFlagsOf(tag: string): number {
  const headingLevel = headingLevelOf(tag);
  let flags = 0;
  if (tag === 'SCRIPT' || tag === 'META') flags |= READS_TYPES;
  if (tag === 'SCRIPT' || tag === 'META' || tag === 'TITLE' || tag === 'LINK') flags |= HEAD_ELEMENT;
  if (tag === 'TIME') flags |= TIME;
  if (tag === 'HEAD') flags |= NESTED_HEAD;
  if (tag === 'TITLE') flags |= TITLE;
  if (NON_TEXT_TAGS.has(tag)) flags |= NON_TEXT;
  if (tag === 'BODY' || tag === 'ARTICLE' || tag === 'MAIN') flags |= MICRODATA;
  if (LINE_BREAK_TAGS.has(tag)) flags |= LINE_BREAK;
  if (tag === 'A') flags |= LINK;
  else if (headingLevel) flags |= headingLevel << HEADING_SHIFT;
  else if (tag === 'FIGURE' || tag === 'FIGCAPTION') flags |= FIGURE;
  else if (tag === 'ARTICLE') flags |= ARTICLE;
  if (FURNITURE.has(tag)) flags |= FURNITURE_FLAG;
  if (mayHostShadow(tag)) flags |= MAY_HOST_SHADOW;
  return flags;
}

const flagsOf = byTagName(tagFlagsOf);

/**
 * One depth-first walk of the page root, iterative (20,000 levels of nesting cannot overflow the stack), into
 * open shadow roots and then the host's own children, as lib/extract/dom-walk walks. It is written out here
 * rather than through walk(): detection runs on every page load, and keeping the open elements' flags on a
 * stack saves re-reading each element's tag and parent on the way up. A `reader` reads more in the same walk
 * (extraction's metadata and content region): the walk then visits up to `limits.maxNodes`, or the whole page
 * without limits, instead of detection's MAX_NODES, and stops at the limits' deadline. `detecting` false
 * leaves out what only detection reads (the lines' text, the schema types): extract given a detection
 * walks for its readers alone. A `second` reader rides along too, called right after the first (extract's
 * metadata and region readers): a wrapper that forwarded each event to both cost a call per event.
 * Each reader's number for an open element keeps to its own byte.
 */
export function scanPage(
  doc: Document,
  reader?: ScanReader,
  limits?: WalkLimits,
  detecting = true,
  second?: ScanReader,
): PageScan {
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
  reader?.begin(doc, root);
  second?.begin(doc, root);
  const types = new Set<string>();
  // <head> is short and flat: its meta tags and JSON-LD are read directly, the body in the one walk below.
  for (let el = doc.head?.firstElementChild; el; el = el.nextElementSibling) {
    const tag = el.tagName;
    if (tag.toUpperCase() === 'TITLE' && !scan.title) scan.title = el.textContent ?? '';
    if (detecting) readTypes(el, types);
    reader?.headElement(el, tag);
    second?.headElement(el, tag);
  }
  readMicrodata(doc.documentElement, types);
  let text = '';
  let weight = 0;
  let linkWeight = 0;
  let linkDepth = 0;
  /** Weighted text of the outermost open link so far. */
  let linkRunWeight = 0;
  let headingLevel = 0;
  let figureDepth = 0;
  let furnitureDepth = 0;
  /** Weighted text and link text seen when each open <article> started. */
  const articleStarts: number[] = [];
  const articleLinkStarts: number[] = [];
  const flush = () => {
    if (detecting && weight > 0 && scan.lines.length < MAX_LINES) {
      // Raw text: the line patterns tolerate stray whitespace, and skipping the clean-up saves garbage.
      scan.lines.push({ text, weight, linkWeight, heading: headingLevel, figure: figureDepth > 0 });
    }
    text = '';
    weight = 0;
    linkWeight = 0;
  };
  const facts = newTextFacts();
  const readText = (value: string) => {
    // Detection reads the same facts as the readers (one loop over a text's characters for every walk of
    // the page): a detect call before extract then leaves that loop warmed for extract's walk.
    readTextFacts(value, facts);
    const w = facts.weight;
    if (reader) {
      reader.text(value, linkDepth > 0, facts);
      second?.text(value, linkDepth > 0, facts);
    }
    if (!w) {
      if (text) text += ' ';
      return;
    }
    if (detecting) text += value;
    weight += w;
    scan.totalWeight += w;
    if (linkDepth > 0) {
      linkWeight += w;
      scan.linkWeight += w;
      linkRunWeight += w;
    }
  };
  const enter = (el: Element, flags: number) => {
    if (!(flags & SCAN_ACTS)) return;
    if (flags & MICRODATA) readMicrodata(el, types);
    if (flags & LINE_BREAK) flush();
    if (flags & LINK) {
      linkDepth++;
      if (linkDepth === 1) linkRunWeight = 0;
    } else if (flags & HEADING) headingLevel = (flags & HEADING) >> HEADING_SHIFT;
    else if (flags & FIGURE) figureDepth++;
    else if (flags & ARTICLE) {
      articleStarts.push(scan.totalWeight);
      articleLinkStarts.push(scan.linkWeight);
    }
    if (flags & FURNITURE_FLAG) furnitureDepth++;
  };
  const leave = (flags: number) => {
    if (!(flags & SCAN_ACTS)) return;
    if (flags & LINE_BREAK) flush();
    if (flags & LINK) {
      linkDepth--;
      if (linkDepth === 0 && furnitureDepth === 0 && linkRunWeight >= HEADLINE_MIN_CHARS * 2)
        scan.headlineLinks++;
    } else if (flags & HEADING) headingLevel = 0;
    else if (flags & FIGURE) figureDepth--;
    else if (flags & ARTICLE) {
      const size = scan.totalWeight - (articleStarts.pop() ?? scan.totalWeight);
      const links = scan.linkWeight - (articleLinkStarts.pop() ?? scan.linkWeight);
      if (size >= STORY_MIN_CHARS && links <= size * STORY_MAX_LINK_SHARE && articleStarts.length === 0) {
        scan.stories++;
        scan.storyWeights.push(size);
      }
    }
    if (flags & FURNITURE_FLAG) furnitureDepth--;
  };

  // The elements entered and not yet left (the current node's ancestors up to the root), with their flags.
  const openElements: Element[] = [];
  const openFlags: number[] = [];
  /** The readers' numbers for each open element (the second's shifted a byte up), when there is a reader. */
  const openEntered: number[] = [];
  const maxNodes = !reader ? MAX_NODES : limits ? limits.maxNodes : Infinity;
  let visited = 0;
  let node: Node = root;
  walk: for (;;) {
    if (
      ++visited > maxNodes ||
      (limits && visited % CLOCK_CHECK_EVERY_NODES === 0 && limits.now() > limits.deadline)
    ) {
      // Close the open elements, so that what they gathered is complete for the part walked.
      while (openFlags.length) {
        const el = openElements.pop()!;
        leave(openFlags.pop()!);
        if (reader) {
          const e = openEntered.pop()!;
          reader.leave(el, e & 0xff);
          second?.leave(el, e >> 8);
        }
      }
      scan.truncated = true;
      break;
    }
    const type = node.nodeType;
    // A text node's data is its nodeValue, read through a cheaper accessor.
    if (type === TEXT_NODE) readText((node as Text).data);
    else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName;
      const flags = flagsOf(tag);
      if (flags & HEAD_ELEMENT) {
        if (flags & READS_TYPES && detecting) readTypes(el, types);
        reader?.headElement(el, tag);
        second?.headElement(el, tag);
      }
      // Markup without <head> leaves the title in the body.
      if (flags & TITLE) scan.title ||= el.textContent ?? '';
      else if (flags & NESTED_HEAD) {
        for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
          reader?.headElement(child, child.tagName);
          second?.headElement(child, child.tagName);
        }
      } else if (!(flags & NON_TEXT)) {
        // The shadow content is what the page shows; the host's own children follow it.
        const shadowFirst = flags & MAY_HOST_SHADOW ? (el.shadowRoot?.firstChild ?? null) : null;
        const first = shadowFirst ?? el.firstChild;
        // With a reader, one call tells which attributes the element has (the many without any cannot be
        // hidden), and the readers read only those.
        const attributes = reader ? attributesOf(el) : 0;
        // An empty element that means nothing to the scan is the same hidden or not: its attribute is not read
        // (a reader sees every element: an empty one may be an image to leave out).
        if (reader ? attributes & HIDDEN_ATTRIBUTE : (first || flags & ACTS_WHEN_EMPTY) && isHidden(el)) {
          reader?.hidden(el);
          second?.hidden(el);
        } else {
          enter(el, flags);
          let entered = 0;
          if (reader) {
            const cls = attributes ? (attributes & CLASS_ATTRIBUTE ? classOf(el) : '') : null;
            const style = attributes & STYLE_ATTRIBUTE ? el.getAttribute('style') : null;
            entered = reader.enter(el, tag, !first, cls, style, attributes);
            if (second) entered |= second.enter(el, tag, !first, cls, style, attributes) << 8;
          }
          if (first) {
            openElements.push(el);
            openFlags.push(shadowFirst ? flags | IN_SHADOW : flags);
            if (reader) openEntered.push(entered);
            node = first;
            continue;
          }
          leave(flags);
          if (reader) {
            reader.leave(el, entered & 0xff);
            second?.leave(el, entered >> 8);
          }
        }
      }
    }
    // On to the next sibling, or up to the nearest open element that has one, leaving those passed.
    for (;;) {
      const top = openFlags.length - 1;
      if (top < 0) break walk;
      let next = node.nextSibling;
      if (!next && openFlags[top]! & IN_SHADOW) {
        openFlags[top]! &= ~IN_SHADOW;
        next = openElements[top]!.firstChild;
      }
      if (next) {
        node = next;
        continue walk;
      }
      const el = openElements.pop()!;
      node = el;
      leave(openFlags.pop()!);
      if (reader) {
        const e = openEntered.pop()!;
        reader.leave(el, e & 0xff);
        second?.leave(el, e >> 8);
      }
    }
  }
  flush();
  reader?.end();
  second?.end();
  scan.types = [...types];
  return scan;
}

/**
 * The `hidden` attribute is present. HTML elements answer through their `hidden` property (true, or
 * "until-found", whenever the attribute is there), which browsers read without converting an attribute
 * name; SVG and MathML elements have no such property and are asked for the attribute.
 */
function isHidden(el: Element): boolean {
  const hidden = (el as Partial<HTMLElement>).hidden;
  return hidden === undefined ? el.hasAttribute('hidden') : !!hidden;
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
