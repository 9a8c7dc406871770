// Finds the content region of a page: the element holding the article(s), and which of its descendants are
// page furniture. Readability-style scoring (text length, clause punctuation, class weights, link density),
// with two changes for bulletins: several stories on one page widen the region to hold them all, and the
// headline just outside the body container is taken in. The scores are read as detection's scan walks the
// page (a reader riding along lib/detect/scan), so extract walks the page once; the document is not changed.
import { scanPage, type ScanReader } from '../detect/scan';
import { ARIA_HIDDEN_ATTRIBUTE, ID_ATTRIBUTE, ROLE_ATTRIBUTE } from './attributes';
import type { WalkLimits } from './budget';
import { precedes, type ElementTest } from './dom-walk';
import { MAX_CACHED_CLASSES } from './constants';
import { BLOCK_CONTAINER_TAGS, byTagName } from './html-tags';
import { objectList } from './object-list';
import { remember } from './remember';
import type { TextFacts } from './text-facts';
import * as C from './region-constants';

export interface ContentRegion {
  root: Element;
  /** Holds the elements whose whole subtree is boilerplate (nav, share bars, comments, hidden…). */
  skip: ElementTest;
  /** The search stopped at its node or time limit: the region was chosen from the part read. */
  truncated?: boolean;
}

interface Stats {
  /** Characters of visible text (whitespace collapsed), furniture excluded. */
  text: number;
  /** …of which inside links. */
  link: number;
  commas: number;
  /** Text held directly or by inline children (a `<div>` with `<br>`-separated lines). */
  inlineText: number;
  inlineCommas: number;
  hasBlockChild: boolean;
  /** Score received from paragraphs below. */
  score: number;
  /** Links reading like an e-paper page list (`第01版`). */
  pageLinks: number;
  /** The first text inside is a "related news" / "comments" heading. */
  openedByFurnitureHeading: boolean;
  /** Visible text while short enough to test against furniture patterns (textContent would include scripts). */
  short: string | null;
  /** The element's tag in upper case, read once on the way in, and its TAG_GROUPS bits. */
  tag: string;
  groups: number;
  el: Element;
  /** The class attribute as the scan read it (null: the element has no attributes). */
  cls: string | null;
  /** The nearest scored ancestor's stats: paragraphs' scores climb these, not the DOM. */
  parent: Stats | undefined;
}

/** The stats an element starts with: no text read yet. */
function textlessStats(
  el: Element,
  tag: string,
  groups: number,
  cls: string | null,
  parent: Stats | undefined,
): Stats {
  return {
    text: 0,
    link: 0,
    commas: 0,
    inlineText: 0,
    inlineCommas: 0,
    hasBlockChild: false,
    score: 0,
    pageLinks: 0,
    openedByFurnitureHeading: false,
    short: '',
    tag,
    groups,
    el,
    cls,
    parent,
  };
}

interface Paragraph {
  /** Where the paragraph's score goes first: its own element (mixed content) or its parent's. */
  from: Stats | undefined;
  score: number;
}

/** Elements scored as paragraphs whatever their children (Readability's DEFAULT_TAGS_TO_SCORE, less headings). */
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'TD']);
/** Elements scored as paragraphs when they hold no block children (Readability turns such divs into <p>). */
const PARAGRAPH_IF_LEAF_TAGS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'CENTER',
  'FONT',
  'SPAN',
  'BLOCKQUOTE',
  'LI',
  'DD',
]);
const LIST_ITEM_TAGS = new Set(['LI', 'DD']);
/** Containers that text-based furniture rules (link lists, footer lines, "related" headings) apply to. */
const FURNITURE_CANDIDATE_TAGS = new Set([
  'DIV',
  'SECTION',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'TR',
  'TD',
  'P',
  'HEADER',
  'CENTER',
  'LI',
  'SPAN',
  'FONT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'ARTICLE',
  'MAIN',
]);
/** Labels ("相关新闻", "Comments", "第01版") are at most this long… */
const SHORT_LABEL_CHARS = 24;
/** …and a furniture heading naming whose stories follow (`Jane Doe's Most Recent Stories`) at most this. */
const FURNITURE_HEADING_MAX_CHARS = 2 * SHORT_LABEL_CHARS;
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CONDITIONAL_TAGS = new Set(['DIV', 'SECTION', 'UL', 'OL', 'DL', 'TABLE', 'HEADER']);
/** The groups above as bits, found once per distinct tag name: each element's tests read one number. */
const TAG_GROUPS = [
  PARAGRAPH_TAGS,
  PARAGRAPH_IF_LEAF_TAGS,
  LIST_ITEM_TAGS,
  FURNITURE_CANDIDATE_TAGS,
  HEADING_TAGS,
  CONDITIONAL_TAGS,
  BLOCK_CONTAINER_TAGS,
  C.BOILERPLATE_TAGS,
];
const [
  PARAGRAPH,
  PARAGRAPH_IF_LEAF,
  LIST_ITEM,
  FURNITURE_CANDIDATE,
  HEADING,
  CONDITIONAL,
  BLOCK,
  BOILERPLATE,
] = TAG_GROUPS.map((_, i) => 1 << i);
const TAG_SCORE: Record<string, number> = {
  DIV: 5,
  PRE: 3,
  TD: 3,
  BLOCKQUOTE: 3,
  ADDRESS: -3,
  OL: -3,
  UL: -3,
  DL: -3,
  DD: -3,
  DT: -3,
  LI: -3,
  FORM: -3,
  H1: -5,
  H2: -5,
  H3: -5,
  H4: -5,
  H5: -5,
  H6: -5,
  TH: -5,
};

/** The region on a scan of its own; without a budget the whole page is scanned (tests). */
export function findContent(doc: Document, budget?: WalkLimits): ContentRegion {
  const strict = regionReader(true);
  const scan = scanPage(doc, strict, budget, false);
  return contentRegionOf(doc, strict, scan.truncated === true, budget);
}

/**
 * The content region from a reader that rode along a scan of the page (extract reads the page, its
 * metadata and its region in one walk). `truncated`: that walk stopped at its limits.
 */
export function contentRegionOf(
  doc: Document,
  strict: RegionReader,
  truncated: boolean,
  budget?: WalkLimits,
): ContentRegion {
  const first = strict.result(truncated);
  // Readability's retry: class-name filtering sometimes removes the article itself (`comment-body` blogs).
  // A page cut short by the budget gets no second scan: there is no time for it.
  if (first.textLength >= 200 || first.region.truncated) return first.region;
  const loose = regionReader(false);
  const second = loose.result(scanPage(doc, loose, budget, false).truncated === true);
  return second.textLength > first.textLength ? second.region : first.region;
}

interface ScanResult {
  region: ContentRegion;
  textLength: number;
}

/** What the region reader hands the scan for an open element: it left the element's subtree out. */
const LEFT_OUT = 1;
/** …or the element sits inside such a subtree (nothing to undo on leaving it). */
const INSIDE_LEFT_OUT = 2;

/** A scan reader that scores the page for its content region; `result` then chooses the region. */
export interface RegionReader extends ScanReader {
  /** The region chosen from what was read; `truncated`: the walk stopped at its limits. */
  result(truncated: boolean): ScanResult;
}

/**
 * Scores the page's elements as a scan walks it: text, link text and clause marks per element, paragraphs
 * voting for their ancestors, furniture subtrees left out.
 */
export function regionReader(useClassFilter: boolean): RegionReader {
  return new RegionScorer(useClassFilter);
}

/**
 * A class, not closures made per call: the scan's calls then meet the same methods on every extract, and
 * the optimised walk is not thrown away on the second call for a call target it has not seen. Its state is
 * in plain properties (private by name, the trailing underscore), not #private fields: the scan calls these
 * methods on every node, and with #fields extract took 3–5% longer in Chromium (both builds on the same
 * pages, per-page medians).
 */
class RegionScorer implements RegionReader {
  private body_!: Element;
  private readonly skipped_ = new Set<Element>();
  private readonly stats_ = new Map<Element, Stats>();
  private readonly paragraphs_: Paragraph[] = objectList();
  private readonly paragraphMarks_: number[] = [];
  private readonly stack_: Stats[] = objectList();
  private readonly stories_: Element[] = objectList();
  private linkDepth_ = 0;
  private headline_: Element | null = null;
  /** Open elements whose subtree is left out (while above 0, nothing is read). */
  private leftOut_ = 0;

  private readonly useClassFilter_: boolean;

  constructor(useClassFilter: boolean) {
    this.useClassFilter_ = useClassFilter;
  }

  begin(_doc: Document, root: Element): void {
    this.body_ = root;
  }

  headElement(): void {}

  hidden(el: Element): void {
    if (!this.leftOut_) this.skipped_.add(el);
  }

  text(raw: string, _inLink: boolean, facts: Readonly<TextFacts>): void {
    const stack = this.stack_;
    const top = lastOf(stack);
    if (this.leftOut_ || !top || !facts.visible) return;
    // The trimmed text's length; a long one counts each whitespace run as one space.
    const trimmed = facts.end - facts.start;
    const length = trimmed < 40 ? trimmed : facts.visible + facts.runs;
    const commas = facts.commas;
    top.text += length;
    top.commas += commas;
    top.inlineText += length;
    top.inlineCommas += commas;
    if (this.linkDepth_ > 0) top.link += length;
    // Sliced only while the element's text is short enough to be a furniture line.
    if (top.short !== null) {
      top.short =
        top.short.length + trimmed > C.BOILERPLATE_TEXT_MAX_CHARS
          ? null
          : appendShort(top.short, raw.slice(facts.start, facts.end));
    }
  }

  enter(
    el: Element,
    tagName: string,
    _empty: boolean,
    cls: string | null,
    style: string | null,
    attributes: number,
  ): number {
    if (this.leftOut_) return INSIDE_LEFT_OUT;
    const { tag, groups } = tagKindOf(tagName);
    if (
      el !== this.body_ &&
      isFurnitureByMarkup(el, tag, groups, this.useClassFilter_, cls, style, attributes)
    ) {
      this.skipped_.add(el);
      this.leftOut_++;
      return LEFT_OUT;
    }
    const stack = this.stack_;
    const s = textlessStats(el, tag, groups, cls, lastOf(stack));
    this.stats_.set(el, s);
    stack.push(s);
    this.paragraphMarks_.push(this.paragraphs_.length);
    if (tag === 'A') this.linkDepth_++;
    return 0;
  }

  leave(el: Element, entered: number): void {
    if (entered === LEFT_OUT) this.leftOut_--;
    if (entered) return;
    const stack = this.stack_;
    const s = stack.pop()!;
    const tag = s.tag;
    const mark = this.paragraphMarks_.pop()!;
    if (tag === 'A') {
      this.linkDepth_--;
      if (s.text <= SHORT_LABEL_CHARS && C.PAGE_LIST_LINK.test(s.short ?? '')) s.pageLinks++;
    }
    const parent = lastOf(stack);
    // No text below it: no label, no furniture by text, no vote, no story or headline, nothing to add up.
    if (s.text === 0) {
      if (parent) {
        parent.short = parent.short === null || s.short === null ? null : appendShort(parent.short, s.short);
        if (s.groups & BLOCK) parent.hasBlockChild = true;
      }
      return;
    }
    const label =
      s.link === 0 && s.text <= FURNITURE_HEADING_MAX_CHARS && C.BOILERPLATE_HEADING.test(s.short ?? '');
    // A short "相关新闻" / "Comments" label opening its container condemns the container.
    if (label && parent && parent.text === 0) parent.openedByFurnitureHeading = true;
    if (el !== this.body_ && (label || isFurnitureByText(s))) {
      this.skipped_.add(el);
      this.paragraphs_.length = mark; // its paragraphs must not vote for any candidate
      return;
    }
    const paragraph = paragraphOf(s, parent);
    if (paragraph) this.paragraphs_.push(paragraph);
    if (tag === 'ARTICLE' && s.text >= C.MIN_STORY_CHARS && s.link < s.text * C.LINK_LIST_DENSITY)
      this.stories_.push(el);
    // A logo or site-name <h1> is a link; the story's headline is not.
    if (tag === 'H1' && !this.headline_ && s.link < s.text / 2) this.headline_ = el;
    if (!parent) return;
    parent.short = parent.short === null || s.short === null ? null : appendShort(parent.short, s.short);
    parent.pageLinks += s.pageLinks;
    parent.text += s.text;
    parent.link += s.link;
    parent.commas += s.commas;
    if (s.groups & BLOCK) parent.hasBlockChild = true;
    else {
      parent.inlineText += s.text;
      parent.inlineCommas += s.commas;
    }
  }

  end(): void {}

  result(truncated: boolean): ScanResult {
    const body = this.body_;
    // Each paragraph votes for the elements above it (Readability: full, half, then a third per level).
    const candidates = new Set<Stats>();
    for (const p of this.paragraphs_) {
      let s = p.from;
      for (let level = 0; s && level < C.SCORE_ANCESTOR_LEVELS; level++, s = s.parent) {
        s.score += p.score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
        candidates.add(s);
        if (s.el === body) break;
      }
    }
    const finalScore = new Map<Element, number>();
    for (const s of candidates) {
      const init = (TAG_SCORE[s.tag] ?? 0) + classWeight(s);
      finalScore.set(s.el, (s.score + init) * (1 - linkDensity(s)));
    }

    const region = chooseRegion(body, this.stats_, finalScore, this.stories_, this.headline_, this.skipped_);
    if (truncated) region.truncated = true;
    const rootStats = this.stats_.get(region.root);
    return { region, textLength: rootStats ? rootStats.text : 0 };
  }
}

function chooseRegion(
  body: Element,
  stats: Map<Element, Stats>,
  score: Map<Element, number>,
  stories: Element[],
  headline: Element | null,
  skipped: Set<Element>,
): ContentRegion {
  const ranked = [...score.entries()].toSorted((a, b) => b[1] - a[1]);
  let top: Element = ranked.length ? ranked[0][0] : body;
  top = settleTopCandidate(top, ranked, score, body);

  let root = top;
  const storyRoot = storiesRoot(stories, top);
  if (storyRoot) root = storyRoot;
  else root = withSiblings(top, body, stats, score, skipped);
  if (headline && !skipped.has(headline)) root = withHeadline(root, headline, body, stats, skipped);

  return { root, skip: new RegionSkip(root, top, stats, skipped) };
}

/** Readability's refinements: several near-best candidates agree on an ancestor; a better-scoring parent wins. */
function settleTopCandidate(
  top: Element,
  ranked: [Element, number][],
  score: Map<Element, number>,
  body: Element,
): Element {
  const topScore = score.get(top) ?? 0;
  const alternatives = ranked
    .slice(1, C.TOP_CANDIDATES)
    .filter(([, s]) => s >= topScore * C.ALTERNATIVE_CANDIDATE_SHARE)
    .map(([el]) => el);
  if (alternatives.length >= C.MIN_AGREEING_CANDIDATES) {
    for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
      let agreeing = 0;
      for (const alt of alternatives) if (parent.contains(alt)) agreeing++;
      if (agreeing >= C.MIN_AGREEING_CANDIDATES) {
        top = parent;
        break;
      }
    }
  }
  let lastScore = score.get(top) ?? 0;
  const threshold = lastScore / 3;
  for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const parentScore = score.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = parent;
      break;
    }
    lastScore = parentScore;
  }
  // A wrapper holding only the candidate adds nothing but widens the net; Readability climbs it too.
  while (top.parentElement && top.parentElement !== body && top.parentElement.childElementCount === 1) {
    top = top.parentElement;
  }
  return top;
}

/** Several substantial <article>s around the best candidate: the region is their common ancestor. */
function storiesRoot(stories: Element[], top: Element): Element | null {
  // Outermost stories by climbing each one's ancestors against a set: comparing every pair is quadratic,
  // and a page of 5,000 <article>s took minutes on happy-dom.
  const storySet = new Set(stories);
  const isNested = (story: Element) => {
    for (let el = story.parentElement; el; el = el.parentElement) if (storySet.has(el)) return true;
    return false;
  };
  const outer = stories.filter((story) => !isNested(story));
  if (outer.length < 2) return null;
  const related = outer.some((story) => story.contains(top) || top.contains(story));
  if (!related) return null;
  let root: Element | null = outer[0];
  for (const story of outer.slice(1)) root = commonAncestor(root!, story);
  return root && !root.contains(top) ? commonAncestor(root, top) : root;
}

/** Readability's sibling pass, without moving nodes: qualifying siblings widen the root to the parent. */
function withSiblings(
  top: Element,
  body: Element,
  stats: Map<Element, Stats>,
  score: Map<Element, number>,
  skipped: Set<Element>,
): Element {
  const parent = top.parentElement;
  if (!parent || top === body) return top;
  const topScore = score.get(top) ?? 0;
  const threshold = Math.max(C.SIBLING_MIN_SCORE, topScore * C.SIBLING_SCORE_SHARE);
  const topClass = stats.get(top)?.cls;
  const kept: Element[] = [];
  const dropped: Element[] = [];
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === top || skipped.has(sib)) continue;
    const s = stats.get(sib);
    if (!s) continue;
    let sibScore = score.get(sib) ?? 0;
    const sameClass = topClass && s.cls === topClass;
    if (sameClass) sibScore += topScore * C.SIBLING_SCORE_SHARE;
    // A part of the body split off around a figure or sidebar may hold its paragraphs too deep to score.
    if (
      sibScore >= threshold ||
      isProseParagraph(sib, s) ||
      (sameClass && s.commas >= C.PROSE_MIN_COMMAS && linkDensity(s) < C.CONDITIONAL_LINK_DENSITY)
    )
      kept.push(sib);
    // A figure beside the body's parts is the story's own; the rest is left out once the parent is taken.
    else if (s.tag !== 'FIGURE') dropped.push(sib);
  }
  if (!kept.length) return top;
  for (const sib of dropped) skipped.add(sib);
  return parent;
}

function isProseParagraph(el: Element, s: Stats): boolean {
  if (s.tag !== 'P') return false;
  const density = linkDensity(s);
  if (s.text > 80) return density < 0.25;
  return s.text > 0 && density === 0 && /[.。!！?？]\s*$/.test(el.textContent ?? '');
}

/** Take in the page's headline when it sits just outside the root, with the short lines between (deck, byline, date). */
function withHeadline(
  root: Element,
  headline: Element,
  body: Element,
  stats: Map<Element, Stats>,
  skipped: Set<Element>,
): Element {
  if (root.contains(headline)) return root;
  let ancestor: Element | null = root.parentElement;
  for (let level = 0; ancestor && level < C.HEADLINE_CLIMB_LEVELS; level++) {
    // Climbing to <body> would take in the whole page; a headline that far away is not this text's.
    if (ancestor === body) return root;
    if (ancestor.contains(headline)) break;
    ancestor = ancestor.parentElement;
  }
  if (!ancestor || !ancestor.contains(headline)) return root;
  // The headline must come before the body text, as headlines do.
  if (!precedes(headline, root)) return root;
  for (let path: Element = root; path !== ancestor; path = path.parentElement!) {
    const parent = path.parentElement!;
    let afterHeadline = parent !== ancestor; // below the common ancestor everything follows the headline
    let beforePath = true;
    for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (sib === path) {
        beforePath = false;
        continue;
      }
      const holdsHeadline = sib === headline || sib.contains(headline);
      const s = stats.get(sib);
      const short = !s || s.text <= C.HEADLINE_ZONE_MAX_CHARS;
      const keep = beforePath && (holdsHeadline || (afterHeadline && short));
      if (holdsHeadline) afterHeadline = true;
      if (!keep) skipped.add(sib);
    }
  }
  return ancestor;
}

/**
 * What the block walk leaves out of the region: the furniture found while scoring, and Readability's
 * cleanConditionally, reduced (link-heavy blocks with little prose inside the region). The second is asked
 * of each element as the block walk meets it, top down, rather than on a walk of its own: the block walk
 * never enters a dropped element, so it asks exactly what a walk of the region would decide. A class, not a
 * closure made per extract: the block walk's call meets the same method on every extract.
 */
class RegionSkip implements ElementTest {
  private readonly root_: Element;
  private readonly stats_: Map<Element, Stats>;
  private readonly skipped_: Set<Element>;
  /** Ancestors of the best candidate are the region's spine and stay whatever their link share. */
  private readonly spine_ = new Set<Element>();
  private readonly topText_: number;

  constructor(root: Element, top: Element, stats: Map<Element, Stats>, skipped: Set<Element>) {
    this.root_ = root;
    this.stats_ = stats;
    this.skipped_ = skipped;
    this.topText_ = stats.get(top)?.text ?? 0;
    for (let el: Element | null = top; el && el !== root; el = el.parentElement) this.spine_.add(el);
  }

  has(el: Element): boolean {
    if (this.skipped_.has(el)) return true;
    if (el === this.root_ || this.spine_.has(el)) return false;
    const s = this.stats_.get(el);
    // A block holding most of the candidate's text is its body, however many links it carries.
    return (
      s !== undefined &&
      s.text < this.topText_ * C.CONDITIONAL_MAX_SHARE &&
      (s.groups & CONDITIONAL) > 0 &&
      s.commas < C.PROSE_MIN_COMMAS &&
      linkDensity(s) > C.CONDITIONAL_LINK_DENSITY
    );
  }
}

/** The upper-case tag and its groups, each distinct name converted once per page load. */
const tagKindOf = byTagName((tag) => ({
  tag,
  groups: TAG_GROUPS.reduce((bits, group, i) => (group.has(tag) ? bits | (1 << i) : bits), 0),
}));

/** `cls`, `style` and `attributes` as the scan read them: `cls` null when the element has no attributes. */
function isFurnitureByMarkup(
  el: Element,
  tag: string,
  groups: number,
  useClassFilter: boolean,
  cls: string | null,
  style: string | null,
  attributes: number,
): boolean {
  if (groups & BOILERPLATE) return true;
  // Every test below reads an attribute: none applies to the many elements without any.
  // (Elements with `hidden` never get here: the scan leaves them out.)
  if (cls === null) return false;
  if (attributes & ARIA_HIDDEN_ATTRIBUTE && el.getAttribute('aria-hidden') === 'true') return true;
  if (style && C.HIDDEN_STYLE.test(style)) return true;
  const role = attributes & ROLE_ATTRIBUTE ? el.getAttribute('role') : null;
  if (role && C.BOILERPLATE_ROLES.test(role)) return true;
  if (!useClassFilter || tag === 'A' || tag === 'BODY' || tag === 'ARTICLE' || tag === 'MAIN') return false;
  // Most elements have no id: they are looked up by the class alone, without building a string per element.
  if (!(attributes & ID_ATTRIBUTE)) return cls !== '' && isUnlikelyByClass(cls);
  const match = cls + ' ' + el.id;
  return match.length > 1 && isUnlikelyByName(match);
}

/** Readability's class and id filter on `class id`. */
const isUnlikely = (match: string) => C.UNLIKELY_CANDIDATE.test(match) && !C.MAYBE_CANDIDATE.test(match);
/** The filter remembered per class-and-id string, and per class for an element without an id (`class `). */
const isUnlikelyByName = remember(isUnlikely, MAX_CACHED_CLASSES);
const isUnlikelyByClass = remember((cls) => isUnlikely(cls + ' '), MAX_CACHED_CLASSES);

function isFurnitureByText(s: Stats): boolean {
  const tag = s.tag;
  if (!(s.groups & FURNITURE_CANDIDATE) || s.text === 0) return false;
  const plain = s.text - s.link;
  if (s.link > s.text * C.LINK_LIST_DENSITY && plain < C.LINK_LIST_MAX_PLAIN_CHARS && !(s.groups & HEADING)) {
    return true;
  }
  // Furniture lines are short and carry little clause punctuation (prose does).
  if (s.short !== null && s.commas <= 2 && C.BOILERPLATE_TEXT.test(s.short)) return true;
  if (s.openedByFurnitureHeading && tag !== 'ARTICLE' && tag !== 'MAIN') return true;
  return s.pageLinks >= 2 && plain < C.LINK_LIST_MAX_PLAIN_CHARS;
}

/** Joins text while the result stays within the furniture-line limit; null once it is longer. */
function appendShort(short: string | null, text: string): string | null {
  if (short === null || short.length + text.length > C.BOILERPLATE_TEXT_MAX_CHARS) return null;
  return short ? short + ' ' + text : text;
}

/** The element as a paragraph: its score goes to its parent; mixed content's own text scores the element itself. */
function paragraphOf(s: Stats, parent: Stats | undefined): Paragraph | null {
  const isParagraph = s.groups & PARAGRAPH || (s.groups & PARAGRAPH_IF_LEAF && !s.hasBlockChild);
  if (isParagraph) {
    if (s.text < C.MIN_PARAGRAPH_CHARS) return null;
    // List items vote only as prose: a menu item is all link.
    if (s.groups & LIST_ITEM && s.link > s.text * C.LINK_LIST_DENSITY) return null;
    return { from: parent, score: pointsFor(s.text, s.commas) };
  }
  if (s.hasBlockChild && s.inlineText >= C.MIN_PARAGRAPH_CHARS && !(s.groups & HEADING)) {
    return { from: s, score: pointsFor(s.inlineText, s.inlineCommas) };
  }
  return null;
}

function pointsFor(length: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(length / C.CHARS_PER_POINT), C.MAX_LENGTH_POINTS);
}

function classWeight(s: Stats): number {
  if (s.cls === null) return 0;
  return nameWeight(s.cls) + nameWeight(s.el.id);
}

/** Readability's class weight of one class or id value, remembered per value. */
const nameWeight = remember(
  (value) =>
    (C.POSITIVE_CLASS.test(value) ? C.CLASS_WEIGHT : 0) - (C.NEGATIVE_CLASS.test(value) ? C.CLASS_WEIGHT : 0),
  MAX_CACHED_CLASSES,
);

function linkDensity(s: Stats): number {
  return s.text ? s.link / s.text : 0;
}

/**
 * The list's last item, or undefined when it is empty. Reading `list[-1]` on an empty stack (the walk's first
 * and last element) is a lookup of the property "-1", not an index: optimised code compiled without having
 * met it is thrown away when it comes.
 */
function lastOf<T>(list: T[]): T | undefined {
  return list.length ? list[list.length - 1] : undefined;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}
