// Finishing the segmented drafts into articles: credits at the end of the last paragraph, untitled runs
// folded into the story before them, page metadata filling what a single article's own text lacks, the
// date completed, the id computed.
import type { Budget } from './budget';
import type { Article, PageKind, Section } from '../model';
import { textLength, type DraftArticle, type DraftSection } from './segment';
import type { PageMetadata } from './metadata';
import {
  CLOCK_CHECK_EVERY_BLOCKS,
  MAX_TEASER_EXCERPT_CHARS,
  MIN_SHORT_LINE_LIST,
  MIN_UNTITLED_ARTICLE_CHARS,
} from './constants';
import { isWireAgency, readReutersTrailer, takeTrailingCredit } from './fields/authors';
import { findMonthDay, yearOf } from './fields/dates';
import { articleId } from './hash';
import {
  hasLetter,
  headlineKey,
  isPartLabel,
  joinLines,
  sameHeadline,
  withoutTrailingSeparators,
} from './fields/text';
import { BOLD_LINE_RANK } from './roles';

export interface FinishContext {
  meta: PageMetadata;
  kind: PageKind;
}

type ArticleFields = Omit<Article, 'summary'>;

function paragraphCount(draft: DraftArticle): number {
  return draft.sections.reduce((n, s) => n + s.paragraphs.length, 0);
}

/** An ellipsis ending the text, before a "read more" link if there is one: the story goes on elsewhere. */
const CUT_OFF =
  /(?:\.{3}|…)\]?\s*(?:(?:read|see) more|continue reading|more|(?:阅读|查看)?全文|更多)?\s*[»›>]*$/i;

/** A single paragraph cut off with an ellipsis: a teaser's blurb, however long its first lines run. */
function isCutOffExcerpt(draft: DraftArticle): boolean {
  if (paragraphCount(draft) !== 1) return false;
  const paragraph = draft.sections.find((s) => s.paragraphs.length > 0)!.paragraphs[0];
  return CUT_OFF.test(paragraph);
}

/** Authors credited at the very end of the story (`…意识。(戴紫君)`, `Reporting by …`). */
function takeClosingCredit(draft: DraftArticle): void {
  const last = draft.sections.findLast((s) => s.paragraphs.length > 0);
  if (!last || draft.authors.length > 0) return;
  const text = last.paragraphs[last.paragraphs.length - 1];
  const trailer = readReutersTrailer(text);
  if (trailer) {
    last.paragraphs.pop();
    draft.authors.push(...trailer);
    return;
  }
  const credit = takeTrailingCredit(text);
  if (credit) {
    last.paragraphs[last.paragraphs.length - 1] = credit.text;
    draft.authors.push(...credit.authors);
  }
}

function mergeInto(target: DraftArticle, source: DraftArticle): void {
  const [first, ...rest] = source.sections;
  const heading = source.headline || first?.heading;
  if (first) target.sections.push({ heading, paragraphs: first.paragraphs });
  target.sections.push(...rest);
  target.figures.push(...source.figures);
  for (const name of source.authors) if (!target.authors.includes(name)) target.authors.push(name);
}

/** Untitled runs after a story (notes, a story's tail after a credit) join the story before them. */
function foldUntitled(drafts: DraftArticle[]): DraftArticle[] {
  const out: DraftArticle[] = [];
  for (const draft of drafts) {
    const previous = out[out.length - 1];
    if (!draft.headline && previous && textLength(draft) < MIN_UNTITLED_ARTICLE_CHARS)
      mergeInto(previous, draft);
    else out.push(draft);
  }
  return out;
}

/**
 * The article's own date (date line, else dateline), or the page's when that is the same day but more
 * precise; the date of its last update only when neither is known.
 */
function publishedAt(draft: DraftArticle, pageDate: string | undefined): string | undefined {
  const fromDateline = draft.datelineDate ? findMonthDay(draft.datelineDate, yearOf(pageDate)) : undefined;
  const own = draft.publishedAt ?? fromDateline;
  if (own && !pageDate?.startsWith(own)) return own;
  return pageDate ?? draft.updatedAt;
}

/**
 * The page's one declared article (structured data) whose story was headed only by a plain or bold line
 * (`Highlights`, a date line): the declared headline is the better guess (the line then heads the first section).
 */
function declaredHeadline(draft: DraftArticle, meta: PageMetadata, single: boolean): string | undefined {
  const declared = meta.articleHeadline;
  if (!single || !declared || !draft.headline || draft.rank < BOLD_LINE_RANK) return undefined;
  return sameHeadline(draft.headline, declared) ? undefined : declared;
}

/** The page's one story headed only by a part's label (`编者按`): the page's headline or title heads it. */
function headlineForLabel(draft: DraftArticle, meta: PageMetadata, single: boolean): string | undefined {
  if (!single || !isPartLabel(draft.headline)) return undefined;
  return meta.headline || meta.title || undefined;
}

/** A byline set in capitals (`STEVEN DAVIDOFF SOLOMON`) takes the page metadata's spelling of the same name. */
function metadataSpelling(authors: string[], declared: string[]): string[] {
  if (!declared.length) return authors;
  return authors.map(
    (name) => declared.find((other) => other !== name && other.toLowerCase() === name.toLowerCase()) ?? name,
  );
}

/** A wire agency credited beside named reporters (`By Jane Doe` over `Associated Press`) is their employer. */
function reporters(authors: string[]): string[] {
  const named = authors.filter((name) => !isWireAgency(name));
  return named.length ? named : authors;
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '');

/**
 * A headline printed over several lines (a government document's title, centred line by line): the lines
 * after it, taken for its deck and for empty section heads, spell the page's title when joined to it. The
 * joined headline, and how many of the draft's sections were its lines; undefined when they do not.
 */
function headlineOverLines(
  draft: DraftArticle,
  title: string,
): { headline: string; sections: number } | undefined {
  const whole = withoutSpace(title);
  let headline = draft.headline;
  if (!headline || !draft.subheadline || !whole.startsWith(withoutSpace(headline))) return undefined;
  const lines = [draft.subheadline];
  for (const s of draft.sections) {
    if (s.paragraphs.length || !s.heading) break;
    lines.push(s.heading);
  }
  for (let i = 0; i < lines.length; i++) {
    headline = joinLines(headline, lines[i]);
    const joined = withoutSpace(headline);
    if (joined === whole) return { headline, sections: i };
    if (!whole.startsWith(joined)) return undefined;
  }
  return undefined;
}

/**
 * After the story's text, a run of short lines each read as a heading with nothing under it (a tour's dates,
 * a schedule): the first heads a section, the others are its lines. Such headings were dropped, their text
 * with them.
 */
function shortLineLists(sections: DraftSection[]): DraftSection[] {
  const out: DraftSection[] = [];
  let textSeen = false;
  for (let i = 0; i < sections.length; i++) {
    let end = i;
    while (end < sections.length && !sections[end].paragraphs.length && sections[end].heading) end++;
    // Only plain lines make the list: links and lines set as headings are other stories (`Most read`,
    // `JUST WATCHED`), and a line repeated (`Undo`) is a control's label.
    if (textSeen && end - i >= MIN_SHORT_LINE_LIST) {
      const rest = sections.slice(i + 1, end);
      if (rest.every((s) => s.plain)) {
        const lines = rest.map((s) => s.heading!);
        if (new Set(lines).size === lines.length)
          out.push({ heading: sections[i].heading, paragraphs: lines });
        i = end - 1;
        continue;
      }
    }
    out.push(sections[i]);
    if (sections[i].paragraphs.length) textSeen = true;
  }
  return out;
}

function toArticle(printed: DraftArticle, context: FinishContext, single: boolean): ArticleFields {
  const { meta } = context;
  const declared = declaredHeadline(printed, meta, single) ?? headlineForLabel(printed, meta, single);
  const overLines = single && !declared ? headlineOverLines(printed, meta.title) : undefined;
  const draft: DraftArticle = overLines
    ? {
        ...printed,
        headline: overLines.headline,
        subheadline: undefined,
        sections: printed.sections.slice(overLines.sections),
      }
    : printed;
  const headline = withoutTrailingSeparators(declared ?? (draft.headline || meta.headline || meta.title));
  // A headline printed twice (a sticky header, the story's own repeat) heads no section, and is not the
  // story's first paragraph either (a blog post repeating its title in bold above an editor's note).
  const key = headlineKey(headline);
  const headlineAgain = (text: string) => key !== '' && headlineKey(text) === key;
  const sections: Section[] = shortLineLists(draft.sections)
    // The line the declared headline (or the page's, for a label) displaced heads the first section when it
    // has no heading of its own.
    .map((s, i) => (declared && i === 0 && !s.heading ? { ...s, heading: draft.headline } : s))
    .map((s, i) =>
      i === 0 &&
      (s.paragraphs.length > 1 || draft.sections.length > 1) &&
      headlineAgain(s.paragraphs[0] ?? '')
        ? { ...s, paragraphs: s.paragraphs.slice(1) }
        : s,
    )
    .filter((s) => s.paragraphs.length > 0)
    .map((s) =>
      s.heading && !headlineAgain(s.heading)
        ? { heading: s.heading, paragraphs: s.paragraphs }
        : { paragraphs: s.paragraphs },
    );
  const authors =
    draft.authors.length || !single
      ? metadataSpelling(reporters(draft.authors), meta.authors)
      : [...meta.authors];
  const article: ArticleFields = {
    id: articleId(headline, sections[0]?.paragraphs[0] ?? ''),
    headline,
    authors,
    sections,
    figures: draft.figures,
  };
  // A byline set like a deck (`Jane Doe, AP Science Writer`) is the authors, already read.
  const bylineDeck = draft.subheadline && headlineKey(draft.subheadline) === headlineKey(authors.join(' '));
  if (draft.subheadline && !bylineDeck) article.subheadline = draft.subheadline;
  if (draft.dateline) article.dateline = draft.dateline;
  const date = publishedAt(draft, meta.publishedAt);
  if (date) article.publishedAt = date;
  return article;
}

/** A short note under the page title (`Releases are posted each weekday…`) before stories that all open on
 * evidence is page furniture, not a story. */
function dropPageIntro(stories: DraftArticle[]): DraftArticle[] {
  const [first, ...rest] = stories;
  const intro =
    first && !first.evidence && paragraphCount(first) === 1 && textLength(first) < MIN_UNTITLED_ARTICLE_CHARS;
  return intro && rest.length > 1 && rest.every((d) => d.evidence || d.openedByRank) ? rest : stories;
}

/**
 * On a single-article page, a short untitled run before the first headline (a pull quote, the claim a fact
 * check weighs) opens the story under that headline: it is not a story of its own.
 */
function foldUntitledLead(stories: DraftArticle[]): DraftArticle[] {
  const [lead, story, ...rest] = stories;
  if (!lead || !story || lead.headline || !story.headline) return stories;
  if (textLength(lead) >= MIN_UNTITLED_ARTICLE_CHARS) return stories;
  const authors = [...story.authors, ...lead.authors.filter((name) => !story.authors.includes(name))];
  const opened: DraftArticle = {
    ...story,
    authors,
    sections: [...lead.sections, ...story.sections],
    figures: [...lead.figures, ...story.figures],
  };
  return [opened, ...rest];
}

/**
 * On a single-article page, stories opened by a heading alone are that article's sections. A story opened
 * only because its heading is set like the one before is folded in too when the page's structured data
 * declares one article: without that, such headings may be a bulletin's items.
 */
function mergeWeakStories(stories: DraftArticle[], meta: PageMetadata): DraftArticle[] {
  const out: DraftArticle[] = [];
  for (const story of stories) {
    const previous = out[out.length - 1];
    if (previous && !story.evidence && (meta.declaresArticle || !story.openedByRank))
      mergeInto(previous, story);
    else out.push(story);
  }
  return out;
}

export function finishArticles(
  drafts: DraftArticle[],
  context: FinishContext,
  budget?: Budget,
): ArticleFields[] {
  const withBody = drafts.filter((d) => paragraphCount(d) > 0);
  withBody.forEach(takeClosingCredit);
  let stories = dropPageIntro(foldUntitled(withBody));
  if (context.kind === 'article') stories = mergeWeakStories(foldUntitledLead(stories), context.meta);
  // Teasers (a linked headline and a line or two, or a blurb cut off with an ellipsis) point to stories
  // elsewhere; on an index page, so does every short item.
  const isTeaser = (d: DraftArticle) => {
    const length = textLength(d);
    return length < MIN_UNTITLED_ARTICLE_CHARS
      ? d.linked || context.kind === 'listing'
      : d.linked && length <= MAX_TEASER_EXCERPT_CHARS && isCutOffExcerpt(d);
  };
  // Bodies without a single letter (`-`, `|`, view counts) are a link list's leftovers, not stories.
  const hasWords = (d: DraftArticle) => d.sections.some((s) => s.paragraphs.some(hasLetter));
  stories = stories.filter((d) => !isTeaser(d) && hasWords(d));
  // Past the deadline the articles finished so far are returned (the budget marks the bulletin truncated).
  const articles: ArticleFields[] = [];
  for (const d of stories) {
    if (articles.length % CLOCK_CHECK_EVERY_BLOCKS === 0 && budget?.overTime()) break;
    articles.push(toArticle(d, context, stories.length === 1));
  }
  return articles;
}
