// Blocks → articles. A headline starts an article; an author credit or the next headline ends one.
// On marked-up pages the heading level that most often opens a story is the headline level; on flat
// pages (every line a <p>) a short unpunctuated line opens a story when the previous one has ended, when
// it is the first, or when the story's own opening follows it (a date line, byline or dateline); other such
// lines are the deck (straight after the headline) or section heads.
import type { Budget } from './budget';
import type { Figure, Section } from '../model';
import type { Block } from './blocks';
import {
  CLOCK_CHECK_EVERY_BLOCKS,
  MAX_BLOCKS,
  MAX_LINK_DENSITY,
  MIN_UNTITLED_ARTICLE_CHARS,
} from './constants';
import { takeTrailingCredit } from './fields/authors';
import { readDateline } from './fields/dateline';
import { readCaption } from './fields/figures';
import { headlineMatcher, isPartLabel } from './fields/text';
import { remember } from './remember';
import { PLAIN_LINE_RANK, type Role, roleOf, TITLE_CLASS_RANK } from './roles';

export interface DraftArticle {
  headline: string;
  rank: number;
  subheadline?: string;
  dateline?: string;
  /** Month/day written in the dateline, completed with the page's year later. */
  datelineDate?: string;
  publishedAt?: string;
  /** A date line labelled as the last update, kept for a story that prints no other date. */
  updatedAt?: string;
  authors: string[];
  sections: DraftSection[];
  figures: Figure[];
  /** An author credit after the body has closed the story. */
  closed: boolean;
  /** The headline is a link to the story's own page: with a short body, the story is a teaser. */
  linked: boolean;
  /** Date, byline or masthead lines followed the headline (a following heading starts a new story). */
  headerLines: boolean;
  /** The story was opened on evidence (its own <article>, a closed story before it, a date line, byline or
   * dateline after its headline), not merely by a heading. */
  evidence: boolean;
  /** Opened only because its heading is set like the page's headlines (no other evidence of a new story). */
  openedByRank: boolean;
  group: number;
}

export interface DraftSection extends Section {
  /**
   * The heading was a plain line of text, neither a link nor set as a heading: left with nothing under it,
   * it may be a line of a list (see finish).
   */
  plain?: boolean;
}

interface Item {
  block: Block;
  role: Role;
}

/** Characters of the story's paragraphs. */
export function textLength(draft: DraftArticle): number {
  return draft.sections.reduce((n, s) => n + s.paragraphs.join('').length, 0);
}

/** A block at `group` may join `draft`: it sits outside every <article> element, or in the draft's own. */
function inGroupOf(draft: DraftArticle, group: number): boolean {
  return group < 0 || group === draft.group;
}

function hasBody(draft: DraftArticle): boolean {
  return draft.sections.some((s) => s.paragraphs.length > 0);
}

function addAuthors(draft: DraftArticle, authors: string[]): void {
  for (const name of authors) if (!draft.authors.includes(name)) draft.authors.push(name);
}

/** Does a story's own opening (date line, byline, dateline) follow the heading at `index`? */
function opensStory(items: Item[], index: number): boolean {
  const heading = items[index].role;
  const rank = heading.kind === 'heading' ? heading.rank : PLAIN_LINE_RANK;
  let skippedDeck = false;
  for (let i = index + 1; i < items.length; i++) {
    const { role, block } = items[i];
    if (role.kind === 'image' || role.kind === 'caption' || role.kind === 'skip') continue;
    if (role.kind === 'heading' && !skippedDeck && (role.rank > rank || role.deck)) {
      skippedDeck = true;
      continue;
    }
    if (role.kind === 'date' || role.kind === 'byline' || role.kind === 'meta') return true;
    return role.kind === 'body' && readDateline(block.text) !== undefined;
  }
  return false;
}

/**
 * Evidence that the heading at `index` opens a story, from what precedes and follows it: it opens an
 * <article> element (the first text of its group), a credit closed the story before it, or a story's own
 * opening follows it.
 */
function startEvidence(items: Item[], index: number): boolean {
  const { block } = items[index];
  for (let i = index - 1; i >= 0; i--) {
    const { role, block: before } = items[i];
    if (role.kind === 'image' || role.kind === 'caption' || role.kind === 'skip') continue;
    if (block.group >= 0 && before.group !== block.group) return true;
    if (role.kind === 'credit') return true;
    return opensStory(items, index);
  }
  return block.group >= 0 || opensStory(items, index);
}

/** The h1–h6 (or title-class) rank that most often opens a story; ties go to the higher rank. */
function headlineRank(items: Item[], evidence: boolean[]): number {
  const counts = new Map<number, number>();
  items.forEach((item, i) => {
    if (
      item.role.kind === 'heading' &&
      item.role.rank <= TITLE_CLASS_RANK &&
      evidence[i] &&
      !item.role.deck
    ) {
      counts.set(item.role.rank, (counts.get(item.role.rank) ?? 0) + 1);
    }
  });
  let best = 0;
  for (const [rank, count] of counts) {
    if (!best || count > counts.get(best)! || (count === counts.get(best) && rank < best)) best = rank;
  }
  if (best) return best;
  const firstHeading = items.findIndex((item) => item.role.kind === 'heading');
  const firstBody = items.findIndex((item) => item.role.kind === 'body');
  const first = items[firstHeading]?.role;
  const leads = firstHeading >= 0 && (firstBody < 0 || firstHeading < firstBody);
  return first?.kind === 'heading' && leads && first.rank <= TITLE_CLASS_RANK ? first.rank : 0;
}

class Segmenter {
  readonly drafts: DraftArticle[] = [];
  private pendingImage?: string;
  private pendingFigures: Figure[] = [];
  private pendingAuthors: string[] = [];
  private pendingDate?: string;

  constructor(
    private readonly items: Item[],
    private readonly evidence: boolean[],
    private readonly topRank: number,
    private readonly pageHasCredits: boolean,
    /** The headline of the one article the page declares itself to be, if it does. */
    private readonly articleHeadline: string,
  ) {
    this.isDeclaredHeadline = remember(headlineMatcher(articleHeadline), MAX_BLOCKS);
  }

  /** Whether a text is the declared headline, remembered per text: headings are asked again and again. */
  private readonly isDeclaredHeadline: (text: string) => boolean;

  private isArticleHeadline(text: string): boolean {
    return this.articleHeadline !== '' && text !== '' && this.isDeclaredHeadline(text);
  }

  private get current(): DraftArticle | undefined {
    return this.drafts[this.drafts.length - 1];
  }

  private start(headline: string, rank: number, group: number, evidence = false): DraftArticle {
    const after = this.current;
    const draft: DraftArticle = {
      headline,
      rank,
      authors: [],
      sections: [],
      figures: [],
      closed: false,
      linked: false,
      headerLines: false,
      openedByRank: false,
      group,
      evidence: evidence || Boolean(after?.closed) || (group >= 0 && group !== after?.group),
    };
    addAuthors(draft, this.pendingAuthors);
    draft.figures.push(...this.pendingFigures);
    // A bodiless header before (a bulletin's masthead with the issue date) dates the story after it.
    draft.publishedAt = this.pendingDate ?? (after && !hasBody(after) ? after.publishedAt : undefined);
    this.pendingAuthors = [];
    this.pendingFigures = [];
    this.pendingDate = undefined;
    this.drafts.push(draft);
    return draft;
  }

  /** The open story, if a block at `group` may still join it. */
  private open(group: number): DraftArticle | undefined {
    const draft = this.current;
    return draft && !draft.closed && inGroupOf(draft, group) ? draft : undefined;
  }

  heading(index: number, rank: number, deck: boolean): void {
    this.headingText(index, rank, deck);
    const draft = this.current;
    const { text, linkDensity } = this.items[index].block;
    if (draft?.headline === text && !hasBody(draft)) draft.linked = linkDensity > MAX_LINK_DENSITY;
    const section = draft?.sections.at(-1);
    if (section?.heading === text && !section.paragraphs.length) {
      section.plain = rank >= PLAIN_LINE_RANK && linkDensity <= MAX_LINK_DENSITY;
    }
  }

  private headingText(index: number, rank: number, deck: boolean): void {
    const { text, group } = this.items[index].block;
    const before = this.current;
    // A part's label (`附件`) after a story heads its next section, even after the credit that closed it.
    if (before && hasBody(before) && isPartLabel(text) && inGroupOf(before, group)) {
      before.closed = false;
      this.takePending(before);
      before.sections.push({ heading: text, paragraphs: [] });
      return;
    }
    const draft = this.open(group);
    const evidence = this.evidence[index];
    if (!draft) {
      this.start(text, rank, group, evidence);
    } else if (hasBody(draft)) {
      // A heading set like the headlines opens the next story, but that alone is not evidence of one: on
      // a single-article page such stories may be the article's sections (see finish).
      if (this.opensAfterBody(draft, rank, deck, evidence)) {
        this.start(text, rank, group, evidence).openedByRank = !evidence;
      } else draft.sections.push({ heading: text, paragraphs: [] });
    } else if (this.replacesHeader(draft, text, rank, deck)) {
      this.start(text, rank, group, evidence);
    } else if (!draft.headline) {
      draft.headline = text;
      draft.rank = rank;
    } else if (!draft.subheadline && draft.sections.length === 0 && !this.sectionUnder(draft, rank, deck)) {
      draft.subheadline = text;
    } else {
      draft.sections.push({ heading: text, paragraphs: [] });
    }
  }

  /** After a story's body, does this heading open the next story rather than a section? A heading set like
   * the headlines (h-level, or the same line style on pages without credits) counts as evidence. */
  private opensAfterBody(draft: DraftArticle, rank: number, deck: boolean, evidence: boolean): boolean {
    if (evidence) return true;
    if (deck) return false;
    if (rank <= this.topRank) return true;
    // Where stories end without credits, a line set like this story's headline opens the next one.
    // Plain lines are left out: a plain headline's section heads look just like it.
    return !this.pageHasCredits && rank > TITLE_CLASS_RANK && rank < PLAIN_LINE_RANK && rank === draft.rank;
  }

  /**
   * An h1–h6 heading set like the declared article's headline, straight under it, opens its first section.
   * Plain and bold lines are left to the deck rule: flat text sets a headline and its deck alike.
   */
  private sectionUnder(draft: DraftArticle, rank: number, deck: boolean): boolean {
    return !deck && rank < TITLE_CLASS_RANK && rank <= draft.rank && this.isArticleHeadline(draft.headline);
  }

  /** Before any body: the heading before was a page title, teaser or masthead without a story. */
  private replacesHeader(draft: DraftArticle, text: string, rank: number, deck: boolean): boolean {
    // The story under the declared article's headline: the headings after it are its own.
    if (this.isArticleHeadline(draft.headline)) return false;
    // The declared article's own headline after a kicker, date or byline line set like a heading.
    if (draft.headline && this.isArticleHeadline(text)) return true;
    if (draft.headline && draft.headerLines && !deck) return true;
    const byRank = rank <= this.topRank && !deck;
    return byRank && (draft.rank !== this.topRank || rank <= draft.rank);
  }

  /**
   * A headline (and deck) printed just above the <article> element that holds its text: the story's body
   * moves into that element rather than starting an untitled story there.
   */
  private headerAbove(group: number): DraftArticle | undefined {
    const draft = this.current;
    if (!draft || draft.closed || draft.group >= 0 || group < 0 || !draft.headline) return undefined;
    if (textLength(draft) >= MIN_UNTITLED_ARTICLE_CHARS) return undefined;
    draft.group = group;
    // What waited for a story to open inside the element belongs to this one.
    this.takePending(draft);
    return draft;
  }

  /** Authors, figures and a date read while no story was open go to `draft`. */
  private takePending(draft: DraftArticle): void {
    addAuthors(draft, this.pendingAuthors);
    draft.figures.push(...this.pendingFigures);
    draft.publishedAt ??= this.pendingDate;
    this.pendingAuthors = [];
    this.pendingFigures = [];
    this.pendingDate = undefined;
  }

  /** The open story for a block other than a heading: it may also move into the element below its header. */
  private openForText(group: number): DraftArticle | undefined {
    return this.open(group) ?? this.headerAbove(group);
  }

  body(index: number): void {
    const { text, group } = this.items[index].block;
    const draft = this.openForText(group) ?? this.start('', PLAIN_LINE_RANK, group);
    let paragraph = text;
    if (!hasBody(draft) && draft.dateline === undefined) {
      const dateline = readDateline(text);
      if (dateline && dateline.rest) {
        draft.dateline = dateline.place;
        draft.datelineDate = dateline.dateText;
        addAuthors(draft, dateline.authors);
        paragraph = dateline.rest;
      }
    }
    if (draft.sections.length === 0) draft.sections.push({ paragraphs: [] });
    draft.sections[draft.sections.length - 1].paragraphs.push(paragraph);
    this.pendingImage = undefined;
  }

  authors(index: number, authors: string[]): void {
    const draft = this.openForText(this.items[index].block.group);
    if (!draft) {
      this.pendingAuthors.push(...authors);
      return;
    }
    addAuthors(draft, authors);
    if (hasBody(draft)) draft.closed = true;
    else draft.headerLines = true;
  }

  date(index: number, iso: string | undefined, updated = false): void {
    const draft = this.openForText(this.items[index].block.group);
    if (draft && !hasBody(draft)) draft.headerLines = true;
    if (!iso) return;
    if (updated) {
      if (draft && !hasBody(draft)) draft.updatedAt ??= iso;
      return;
    }
    if (!draft) this.pendingDate = iso;
    else if (!hasBody(draft) && !draft.publishedAt) draft.publishedAt = iso;
  }

  /** A source/date line: its date and authors count only before the story's body. */
  meta(index: number, authors: string[], iso: string | undefined, updated?: boolean): void {
    this.date(index, iso, updated);
    const draft = this.openForText(this.items[index].block.group);
    if (authors.length && (!draft || !hasBody(draft))) this.authors(index, authors);
  }

  caption(index: number): void {
    const figure = readCaption(this.items[index].block.text, this.pendingImage);
    this.pendingImage = undefined;
    const draft = this.openForText(this.items[index].block.group);
    if (draft) draft.figures.push(figure);
    else this.pendingFigures.push(figure);
  }

  image(src: string): void {
    this.pendingImage = src;
  }

  run(): DraftArticle[] {
    this.items.forEach(({ role }, index) => {
      switch (role.kind) {
        case 'heading':
          return this.heading(index, role.rank, role.deck);
        case 'body':
          return this.body(index);
        case 'credit':
        case 'byline':
          return this.authors(index, role.authors);
        case 'date':
          return this.date(index, role.iso, role.updated);
        case 'meta':
          return this.meta(index, role.authors, role.iso, role.updated);
        case 'caption':
          return this.caption(index);
        case 'image':
          return this.image(role.src);
        default:
          return;
      }
    });
    return this.drafts;
  }
}

/**
 * Segments the page's blocks into draft articles (fields still to be finished by the caller).
 * `articleHeadline`: the headline of the one article the page's structured data declares, if it does.
 */
export function segment(blocks: Block[], budget?: Budget, articleHeadline = ''): DraftArticle[] {
  // Classifying blocks is the costly part: past the deadline the rest of the page is left out.
  const items: Item[] = [];
  for (const block of blocks) {
    if (items.length % CLOCK_CHECK_EVERY_BLOCKS === 0 && budget?.overTime()) break;
    items.push({ block, role: roleOf(block) });
  }
  const evidence = items.map((item, i) => item.role.kind === 'heading' && startEvidence(items, i));
  const credits = items.some(
    ({ role, block }) =>
      role.kind === 'credit' || (role.kind === 'body' && takeTrailingCredit(block.text) !== undefined),
  );
  const rank = headlineRank(items, evidence);
  return new Segmenter(items, evidence, rank, credits, articleHeadline).run();
}
