// One iterative walk over the page for the metadata readers: the visible text as lines (block and <br>
// boundaries; link text kept apart, because dates and names inside links belong to other pages), and on the
// way the <head> tags (meta, title, canonical link), JSON-LD scripts, <time> values and byline elements.
// No selector queries: some DOM implementations answer them recursively, which deep markup overflows.
import { walkLimit, type WalkLimits } from '../budget';
import { ELEMENT_NODE, TEXT_NODE, classOf, walk } from '../dom-walk';
import { LINE_BREAK_TAGS, byTagName, headingLevelOf } from '../html-tags';

export interface PageLine {
  /** Text outside links, whitespace collapsed. */
  readonly text: string;
  /** Whether the line had text inside links as well. */
  readonly hasLink: boolean;
  /** The whole line, link text included. */
  readonly full: string;
  /** 1–6 when the line is (in) a heading. */
  readonly heading: number;
}

export interface PageRead {
  lines: PageLine[];
  /** Meta tags by lower-cased name, property, itemprop or http-equiv (first value wins). */
  meta: Map<string, string>;
  title: string;
  canonical?: string;
  htmlLang?: string;
  jsonLd: string[];
  /** datetime values of <time> elements, `pubdate` ones first. */
  times: string[];
  /** Text of elements marked as bylines (rel/itemprop author, byline/author classes). */
  bylines: string[];
}

/** Stop after this many lines: bylines and dates sit near the top or right after the body. */
const MAX_LINES = 5_000;
/** Byline elements longer than this hold more than a name. */
const MAX_BYLINE_CHARS = 80;

/** Page-level containers carry classes like `author-4326` (WordPress) without being bylines. */
const NOT_BYLINE_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'SECTION', 'HEADER', 'FOOTER']);
const SKIPPED_TAGS = new Set(['STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'OPTION', 'SVG']);

/** What an element means to the walk, as bit flags read once per distinct tag name (as scanPage does). */
const META = 1;
const TITLE = 2;
const LINK_ELEMENT = 3;
const SCRIPT = 4;
/** The head element kinds above, in the low three bits. */
const HEAD_KIND = 7;
const SKIPPED = 1 << 3;
/** Ends a line; a <time> element is a line of its own in a page's credit and date lines. */
const BREAK = 1 << 4;
const LINK = 1 << 5;
const TIME = 1 << 6;
const NOT_BYLINE = 1 << 7;
/** h1–h6: the level, 1–6, in three bits. */
const HEADING_SHIFT = 8;
const HEADING = 7 << HEADING_SHIFT;
const HEAD_KINDS: Record<string, number> = { META, TITLE, LINK: LINK_ELEMENT, SCRIPT };

function tagFlagsOf(tag: string): number {
  let flags = HEAD_KINDS[tag] ?? 0;
  if (SKIPPED_TAGS.has(tag)) flags |= SKIPPED;
  if (LINE_BREAK_TAGS.has(tag) || tag === 'TIME') flags |= BREAK;
  if (tag === 'A') flags |= LINK;
  if (tag === 'TIME') flags |= TIME;
  if (NOT_BYLINE_TAGS.has(tag)) flags |= NOT_BYLINE;
  return flags | (headingLevelOf(tag) << HEADING_SHIFT);
}

const flagsOf = byTagName(tagFlagsOf);
const HIDDEN_STYLE = /display\s*:\s*none/i;
const COMMENT_AREA = /comment|respond|replies|discuss/i;
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|author|writer)(?:$|[\s_-])/i;

/** Reads the page's lines and head; `limits` stops the walk on huge pages (the top of a page holds its metadata). */
export function readPage(doc: Document, limits?: WalkLimits): PageRead {
  const page: PageRead = { lines: [], meta: new Map(), title: '', jsonLd: [], times: [], bylines: [] };
  const root = doc.documentElement;
  if (!root) return page;
  page.htmlLang = root.getAttribute('lang') ?? root.getAttribute('xml:lang') ?? undefined;
  let text = '';
  /** The line with its link text, kept apart from `text` only once a link starts. */
  let full: string | null = null;
  /** Some text outside links is more than whitespace. */
  let visible = false;
  let hasLink = false;
  let linkDepth = 0;
  let headingDepth = 0;
  let heading = 0;
  let byline: { el: Element; text: string } | null = null;
  /** Comment threads have author elements too; theirs are not the page's authors. */
  let commentArea: Element | null = null;
  const flush = () => {
    if ((visible || hasLink) && page.lines.length < MAX_LINES) {
      page.lines.push(new Line(text, hasLink ? full : null, hasLink, heading));
    }
    text = '';
    full = null;
    visible = false;
    hasLink = false;
    heading = headingDepth ? heading : 0;
  };
  walk(
    root,
    {
      enter(node) {
        if (node.nodeType === TEXT_NODE) {
          const value = node.nodeValue ?? '';
          if (byline && byline.text.length <= MAX_BYLINE_CHARS) byline.text += value;
          if (linkDepth > 0) {
            full = (full ?? text) + value;
            if (!hasLink && NOT_SPACE.test(value)) hasLink = true;
            text += ' ';
          } else {
            if (full !== null) full += value;
            if (!visible && NOT_SPACE.test(value)) visible = true;
            text += value;
          }
          return false;
        }
        if (node.nodeType !== ELEMENT_NODE) return false;
        const el = node as Element;
        const flags = flagsOf(el.tagName);
        if (flags & HEAD_KIND && readHeadElement(el, flags & HEAD_KIND, page)) return false;
        if (flags & SKIPPED) return false;
        // The attribute tests, skipped with one call for the many elements that carry none.
        if (el.hasAttributes()) {
          if (el.hasAttribute('hidden')) return false;
          const style = el.getAttribute('style');
          if (style && HIDDEN_STYLE.test(style)) return false;
          if (flags & TIME) {
            const datetime = el.getAttribute('datetime');
            if (datetime) page.times[el.hasAttribute('pubdate') ? 'unshift' : 'push'](datetime);
          }
          const cls = classOf(el);
          if (!commentArea && cls && COMMENT_AREA.test(cls)) commentArea = el;
          if (!byline && !commentArea && !(flags & NOT_BYLINE) && isBylineElement(el, cls)) {
            byline = { el, text: '' };
          }
        }
        if (flags & BREAK) flush();
        if (flags & LINK) linkDepth++;
        const level = (flags & HEADING) >> HEADING_SHIFT;
        if (level) {
          headingDepth++;
          heading = level;
        }
        return true;
      },
      leave(node) {
        const el = node as Element;
        const flags = flagsOf(el.tagName);
        if (flags & LINK) linkDepth--;
        if (flags & BREAK) flush();
        if (flags & HEADING) {
          headingDepth--;
          if (!headingDepth) heading = 0;
        }
        if (commentArea === el) commentArea = null;
        if (byline?.el === el) {
          const value = byline.text.replace(/\s+/g, ' ').trim();
          if (value && value.length <= MAX_BYLINE_CHARS) page.bylines.push(value);
          byline = null;
        }
      },
    },
    limits && walkLimit(limits.maxNodes, limits.deadline, limits.now),
  );
  flush();
  return page;
}

/** Meta, title, canonical link and JSON-LD, wherever they sit; true when the element is done with. */
function readHeadElement(el: Element, kind: number, page: PageRead): boolean {
  switch (kind) {
    case META: {
      const key = (
        el.getAttribute('property') ??
        el.getAttribute('name') ??
        el.getAttribute('itemprop') ??
        el.getAttribute('http-equiv')
      )
        ?.trim()
        .toLowerCase();
      const content = el.getAttribute('content')?.trim();
      if (key && content && !page.meta.has(key)) page.meta.set(key, content);
      return true;
    }
    case TITLE:
      if (!page.title) page.title = el.textContent ?? '';
      return true;
    case LINK_ELEMENT:
      if (!page.canonical && el.getAttribute('rel')?.toLowerCase() === 'canonical') {
        page.canonical = el.getAttribute('href') ?? undefined;
      }
      return true;
    case SCRIPT:
      if (el.getAttribute('type')?.toLowerCase() === 'application/ld+json')
        page.jsonLd.push(el.textContent ?? '');
      return true;
    default:
      return false;
  }
}

function isBylineElement(el: Element, cls: string): boolean {
  if (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author') return true;
  return !!cls && BYLINE_CLASS.test(cls);
}

const NOT_SPACE = /\S/;

/**
 * A line of the page, its whitespace collapsed on first read: most lines are never read (the readers stop
 * at structured metadata or at the first match), and collapsing every line was a tenth of extract's time.
 */
class Line implements PageLine {
  private cleanText?: string;
  private cleanFull?: string;

  constructor(
    private readonly rawText: string,
    /** The line with its link text; null when it had none (then it is the text). */
    private readonly rawFull: string | null,
    readonly hasLink: boolean,
    readonly heading: number,
  ) {}

  get text(): string {
    return (this.cleanText ??= collapse(this.rawText));
  }

  get full(): string {
    return this.rawFull === null ? this.text : (this.cleanFull ??= collapse(this.rawFull));
  }
}

/** Whitespace runs as one space, ends trimmed (trimming first skips the regex on whitespace-only text). */
function collapse(text: string): string {
  const trimmed = text.trim();
  return trimmed && trimmed.replace(/\s+/g, ' ');
}
