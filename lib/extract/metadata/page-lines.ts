// The page as the metadata readers see it: the visible text as lines (block and <br> boundaries; link text
// kept apart, because dates and names inside links belong to other pages), and the <head> tags (meta, title,
// canonical link), JSON-LD scripts, <time> values and byline elements. Read in detection's one walk of the
// page (lib/detect/scan and lib/extract/page-walk) rather than on a walk of its own.
import { scanPage, type ScanReader } from '../../detect/scan';
import { ITEMPROP_ATTRIBUTE, REL_ATTRIBUTE } from '../attributes';
import type { WalkLimits } from '../budget';
import { classOf } from '../dom-walk';
import { MAX_CACHED_CLASSES } from '../constants';
import { isBareBylineLabel } from '../fields/lines';
import { collapseSpace } from '../fields/text';
import { LINE_BREAK_TAGS, byTagName, headingLevelOf } from '../html-tags';
import { objectList } from '../object-list';
import { remember } from '../remember';
import type { TextFacts } from '../text-facts';

export interface PageLine {
  /** Text outside links, whitespace collapsed. */
  readonly text: string;
  /** Whether the line had text inside links as well. */
  readonly hasLink: boolean;
  /** The whole line, link text included. */
  readonly full: string;
  /** 1–6 when the line is (in) a heading. */
  readonly heading: number;
  /**
   * `text` as read, whitespace not yet collapsed: a pattern that no whitespace can change the match of is
   * tried on this first, so that the many lines it rules out are never collapsed.
   */
  readonly raw: string;
  /** `full` as read, whitespace not yet collapsed (the same use as `raw`). */
  readonly rawFull: string;
}

export interface PageRead {
  lines: PageLine[];
  /** Meta tags by lower-cased name, property, itemprop or http-equiv (first value wins). */
  meta: Map<string, string>;
  title: string;
  canonical?: string;
  htmlLang?: string;
  jsonLd: string[];
  /** datetime values of <time> elements, `pubdate` ones first; those marked as the last change left out. */
  times: string[];
  /** datetime values of <time itemprop="dateModified">: a page's date only when nothing else dates it. */
  modifiedTimes: string[];
  /** Text of elements marked as bylines (rel/itemprop author, byline/author classes). */
  bylines: string[];
}

/** Stop after this many lines: bylines and dates sit near the top or right after the body. */
const MAX_LINES = 5_000;
/** Byline elements longer than this hold more than a name. */
const MAX_BYLINE_CHARS = 80;

/** Page-level containers carry classes like `author-4326` (WordPress) without being bylines. */
const NOT_BYLINE_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'SECTION', 'HEADER', 'FOOTER']);

/** What an element means to the reader, as bit flags read once per distinct tag name (as scanPage does). */
const META = 1;
const TITLE = 2;
const LINK_ELEMENT = 3;
const SCRIPT = 4;
/** The head element kinds above, in the low three bits. */
const HEAD_KIND = 7;
const SKIPPED = 1 << 3;
/** Ends a line; a <time> element is a line of its own in a page's credit and date lines. */
const BREAK = 1 << 4;
const TIME = 1 << 6;
const NOT_BYLINE = 1 << 7;
/** h1–h6: the level, 1–6, in three bits. */
const HEADING_SHIFT = 8;
const HEADING = 7 << HEADING_SHIFT;
const HEAD_KINDS: Record<string, number> = { META, TITLE, LINK: LINK_ELEMENT, SCRIPT };

function tagFlagsOf(tag: string): number {
  let flags = HEAD_KINDS[tag] ?? 0;
  // Left out besides what the scan leaves out (scripts, styles, form fields, hidden elements).
  if (tag === 'OPTION') flags |= SKIPPED;
  if (LINE_BREAK_TAGS.has(tag) || tag === 'TIME') flags |= BREAK;
  if (tag === 'TIME') flags |= TIME;
  if (NOT_BYLINE_TAGS.has(tag)) flags |= NOT_BYLINE;
  return flags | (headingLevelOf(tag) << HEADING_SHIFT);
}

const flagsOf = byTagName(tagFlagsOf);
const HIDDEN_STYLE = /display\s*:\s*none/i;

/** What a class attribute says, as bit flags. */
const BYLINE_CLASS_FLAG = 1;
const COMMENT_CLASS_FLAG = 2;
const COMMENT_AREA = /comment|respond|replies|discuss/i;
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|author|writer)(?:$|[\s_-])/i;
const classFlagsOf = remember(
  (cls) =>
    (BYLINE_CLASS.test(cls) ? BYLINE_CLASS_FLAG : 0) | (COMMENT_AREA.test(cls) ? COMMENT_CLASS_FLAG : 0),
  MAX_CACHED_CLASSES,
);

/** What the reader hands the scan for an open element: it hid its subtree (style `display: none`, <option>). */
const MUTES = 1;
/** …or it read the element, which ends a line (`LINE_END`) or is a heading (`IN_HEADING`). */
const OPENED = 2;
const LINE_END = 4;
const IN_HEADING = 8;

/**
 * Reads the page's lines and head on a scan of its own; `limits` stop the walk on huge pages (the top of a
 * page holds its metadata). extract() reads them on its one walk of the page instead (lib/extract/page-walk).
 */
export function readPage(doc: Document, limits?: WalkLimits): PageRead {
  const reader = pageReader();
  scanPage(doc, reader, limits, false);
  return reader.page;
}

/** A scan reader filling the metadata readers' page. */
export interface PageReader extends ScanReader {
  readonly page: PageRead;
}

/**
 * The metadata readers' view of the page, filled as the scan walks it. Its lines break where the scan's do
 * and at <time> elements as well, and leave out subtrees hidden by an inline style, which the scan reads.
 */
export function pageReader(): PageReader {
  return new PageLineReader();
}

/**
 * A class, not closures made per call: the scan's calls then meet the same methods on every extract, and
 * the optimised walk is not thrown away on the second call for a call target it has not seen. Its state is
 * in plain properties (private by name, the trailing underscore), not #private fields: the scan calls these
 * methods on every node, and with #fields extract took 3–5% longer in Chromium (both builds on the same
 * pages, per-page medians).
 */
class PageLineReader implements PageReader {
  readonly page: PageRead = {
    lines: objectList(),
    meta: new Map(),
    title: '',
    jsonLd: objectList(),
    times: objectList(),
    modifiedTimes: objectList(),
    bylines: objectList(),
    // Present from the start, so that the object keeps one shape as the walk fills it in.
    canonical: undefined,
    htmlLang: undefined,
  };
  private lineText_ = '';
  /** The line with its link text, kept apart from `lineText_` only once a link starts. */
  private lineFull_: string | null = null;
  /** Some text outside links is more than whitespace. */
  private visible_ = false;
  private hasLink_ = false;
  private headingDepth_ = 0;
  private heading_ = 0;
  /** Open elements whose subtree is left out (while above 0, nothing is read). */
  private muted_ = 0;
  /** `done` once a line break inside it follows a name: what comes after (an author card) is not the byline. */
  private byline_: { el: Element; text: string; done: boolean } | null = null;
  /** Comment threads have author elements too; theirs are not the page's authors. */
  private commentArea_: Element | null = null;

  private flush_(): void {
    if ((this.visible_ || this.hasLink_) && this.page.lines.length < MAX_LINES) {
      this.page.lines.push(
        new Line(this.lineText_, this.hasLink_ ? this.lineFull_ : null, this.hasLink_, this.heading_),
      );
    }
    this.lineText_ = '';
    this.lineFull_ = null;
    this.visible_ = false;
    this.hasLink_ = false;
    if (!this.headingDepth_) this.heading_ = 0;
  }

  begin(doc: Document, root: Element): void {
    const html = doc.documentElement;
    if (!html) return;
    this.page.htmlLang = html.getAttribute('lang') ?? html.getAttribute('xml:lang') ?? undefined;
    // The walk starts at <body>: a comment-thread class on <html> still marks the whole page.
    if (root !== html && classFlagsOf(classOf(html)) & COMMENT_CLASS_FLAG) this.commentArea_ = html;
  }

  headElement(el: Element, tag: string): void {
    if (!this.muted_) readHeadElement(el, flagsOf(tag) & HEAD_KIND, this.page);
  }

  enter(
    el: Element,
    tag: string,
    empty: boolean,
    cls: string | null,
    style: string | null,
    attributes: number,
  ): number {
    if (this.muted_) return 0;
    const flags = flagsOf(tag);
    // An empty element adds no text: only a <time>'s value and a line break count.
    if (flags & HEAD_KIND || (empty && !(flags & (TIME | BREAK)))) return 0;
    if (flags & SKIPPED) {
      this.muted_++;
      return MUTES;
    }
    // The attribute tests, skipped for the many elements that carry none.
    if (cls !== null) {
      if (style && HIDDEN_STYLE.test(style)) {
        this.muted_++;
        return MUTES;
      }
      if (flags & TIME) {
        const datetime = el.getAttribute('datetime');
        if (datetime && attributes & ITEMPROP_ATTRIBUTE && el.getAttribute('itemprop') === 'dateModified') {
          this.page.modifiedTimes.push(datetime);
        } else if (datetime) this.page.times[el.hasAttribute('pubdate') ? 'unshift' : 'push'](datetime);
      }
      const classFlags = cls ? classFlagsOf(cls) : 0;
      if (!this.commentArea_ && classFlags & COMMENT_CLASS_FLAG) this.commentArea_ = el;
      if (
        !this.byline_ &&
        !this.commentArea_ &&
        !(flags & NOT_BYLINE) &&
        (classFlags & BYLINE_CLASS_FLAG ||
          (attributes & REL_ATTRIBUTE && el.getAttribute('rel') === 'author') ||
          (attributes & ITEMPROP_ATTRIBUTE && el.getAttribute('itemprop') === 'author'))
      ) {
        this.byline_ = { el, text: '', done: false };
      }
    }
    if (flags & BREAK) {
      // A break after a bare label (`By`, `作者：`) comes before the name, not after it.
      const byline = this.byline_;
      const named = byline?.text.trim();
      if (byline && named && !isBareBylineLabel(named)) byline.done = true;
      this.flush_();
    }
    const level = (flags & HEADING) >> HEADING_SHIFT;
    if (level) {
      this.headingDepth_++;
      this.heading_ = level;
    }
    return OPENED | (flags & BREAK ? LINE_END : 0) | (level ? IN_HEADING : 0);
  }

  leave(el: Element, entered: number): void {
    if (entered & MUTES) this.muted_--;
    if (!(entered & OPENED)) return;
    if (entered & LINE_END) this.flush_();
    if (entered & IN_HEADING && !--this.headingDepth_) this.heading_ = 0;
    if (this.commentArea_ === el) this.commentArea_ = null;
    const byline = this.byline_;
    if (byline?.el === el) {
      const value = collapse(byline.text);
      if (value && value.length <= MAX_BYLINE_CHARS) this.page.bylines.push(value);
      this.byline_ = null;
    }
  }

  hidden(): void {}

  text(value: string, inLink: boolean, facts: Readonly<TextFacts>): void {
    if (this.muted_) return;
    const byline = this.byline_;
    if (byline && !byline.done && byline.text.length <= MAX_BYLINE_CHARS) byline.text += value;
    const shows = facts.weight > 0 && facts.visible > 0;
    if (inLink) {
      this.lineFull_ = (this.lineFull_ ?? this.lineText_) + value;
      if (shows) this.hasLink_ = true;
      this.lineText_ += ' ';
    } else {
      if (this.lineFull_ !== null) this.lineFull_ += value;
      if (shows) this.visible_ = true;
      this.lineText_ += value;
    }
  }

  // The walk closed every open element before it ends: the last line is all that is left.
  end(): void {
    this.flush_();
  }
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

/**
 * A line of the page, its whitespace collapsed on first read: most lines are never read (the readers stop
 * at structured metadata or at the first match, and test the raw text first), and collapsing every line
 * was a tenth of extract's time.
 */
class Line implements PageLine {
  private cleanText?: string;
  private cleanFull?: string;

  constructor(
    readonly raw: string,
    /** The line with its link text; null when it had none (then it is the text). */
    private readonly linked: string | null,
    readonly hasLink: boolean,
    readonly heading: number,
  ) {}

  get text(): string {
    return (this.cleanText ??= collapse(this.raw));
  }

  get full(): string {
    return this.linked === null ? this.text : (this.cleanFull ??= collapse(this.linked));
  }

  get rawFull(): string {
    return this.linked ?? this.raw;
  }
}

/** Whitespace runs as one space, ends trimmed (trimming first skips the regex on whitespace-only text). */
function collapse(text: string): string {
  const trimmed = text.trim();
  return trimmed && collapseSpace(trimmed);
}
