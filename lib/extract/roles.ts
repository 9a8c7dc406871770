// What each block is, read from its own text and markup: the vocabulary segmentation works in.
import type { Block } from './blocks';
import { MAX_LINK_DENSITY } from './constants';
import {
  readByline,
  readCjkNames,
  readCreditLine,
  readLabelledAuthors,
  readReutersTrailer,
} from './fields/authors';
import {
  findDate,
  isRelativeDateLine,
  isUpdateLine,
  readMetaLineDate,
  readDateAndSourceLine,
  readDateLine,
} from './fields/dates';
import { looksLikeCaption } from './fields/figures';
import {
  isAskingHeadlineShaped,
  isBareBylineLabel,
  isEmbedSignature,
  isHeadlineShaped,
  isLetterless,
  isMasthead,
  isMediaLabel,
  isMetaLine,
  isPageTools,
} from './fields/lines';
import { readDateline } from './fields/dateline';

export type Role =
  | { kind: 'image'; src: string }
  | { kind: 'caption' }
  | { kind: 'credit'; authors: string[] }
  | { kind: 'byline'; authors: string[] }
  /** `updated`: the line dates the story's last update, which dates it only when nothing else does. */
  | { kind: 'date'; iso: string; updated: boolean }
  | { kind: 'meta'; authors: string[]; iso?: string; updated?: boolean }
  | { kind: 'heading'; rank: number; deck: boolean }
  | { kind: 'body' }
  | { kind: 'skip' };

/** Ranks below h1–h6: an element whose class says "title", a bold line, a plain short line. */
export const TITLE_CLASS_RANK = 6.5;
export const BOLD_LINE_RANK = 7;
export const PLAIN_LINE_RANK = 8;
/** Headings (h1–h6) longer than this are prose some sites wrap in heading tags. */
const HEADING_TAG_MAX_CHARS = 300;

/**
 * Called by roleOf once caption, credit, byline, date and meta lines are ruled out, so of the other line roles
 * that keep a short line from being a headline (isHeadlineLike) only a dateline is left to test.
 */
function headingRole(block: Block): Role | undefined {
  const { text } = block;
  const deck = block.hint === 'subtitle';
  if (block.headingLevel > 0 && text.length <= HEADING_TAG_MAX_CHARS) {
    return { kind: 'heading', rank: block.headingLevel, deck };
  }
  if (block.tag === 'li') return undefined;
  // An element whose class calls it a title may ask or exclaim; in running text that ends a sentence.
  const titled = block.hint === 'title' || deck;
  if (!isHeadlineShaped(text) && !(titled && isAskingHeadlineShaped(text))) return undefined;
  if (readDateline(text) !== undefined || isEmbedSignature(text)) return undefined;
  if (titled) return { kind: 'heading', rank: TITLE_CLASS_RANK, deck };
  return { kind: 'heading', rank: block.bold ? BOLD_LINE_RANK : PLAIN_LINE_RANK, deck };
}

/** `(完)`, `(End)`: the story ends here, crediting no one. */
const END_MARK = /^[(（]?\s*(?:完|全文完|end|ends)\s*[)）]?$/i;

function creditRole(block: Block): Role | undefined {
  const { text } = block;
  if (END_MARK.test(text)) return { kind: 'credit', authors: [] };
  const credit = readCreditLine(text) ?? readReutersTrailer(text);
  if (credit) return { kind: 'credit', authors: credit };
  const byline =
    readByline(text) ??
    (block.hint === 'author' ? (readLabelledAuthors(text) ?? readCjkNames(text)) : undefined);
  if (!byline) return undefined;
  // A byline carrying the date (`By Maria Lopez · January 15, 2024`) is a meta line: both count.
  const iso = findDate(text)?.iso;
  return iso ? { kind: 'meta', authors: byline, iso } : { kind: 'byline', authors: byline };
}

function dateOrMetaRole(block: Block): Role | undefined {
  const { text } = block;
  // Source/author labels first: `发布时间:… 来源:… 作者:…` carries authors as well as the date.
  if (isMetaLine(text) || isMasthead(text)) {
    return { kind: 'meta', authors: readLabelledAuthors(text) ?? [], ...readMetaLineDate(text) };
  }
  const date = readDateLine(text);
  if (date) return { kind: 'date', iso: date, updated: isUpdateLine(text) };
  // A date with its source beside it (`November 20, 2019 / CBS News`) dates the story; parts may be an
  // update's date and the publication's (`Updated: March 5, 2024 | Published: March 3, 2024`).
  return readDateAndSourceLine(text) ? { kind: 'meta', authors: [], ...readMetaLineDate(text) } : undefined;
}

/**
 * Page furniture told by its text alone: a byline label without its names, a Chinese page's tools, a relative
 * date (`Published 1 day ago` dates nothing: the moment it counts from is not printed), a media label.
 */
function isFurnitureLabel(block: Block): boolean {
  const { text } = block;
  return (
    isBareBylineLabel(text) ||
    isPageTools(text) ||
    isRelativeDateLine(text) ||
    (block.headingLevel === 0 && isMediaLabel(text))
  );
}

const TABLE_CELL_TAGS = new Set(['td', 'th']);

/**
 * Asked once date lines are ruled out (`2023-04-26 08:00` has no letters either): a short line without
 * letters outside a table (a view count, a slide counter `1 / 5`) is furniture; in a table it is data.
 */
function numbersRole(block: Block): Role | undefined {
  return !TABLE_CELL_TAGS.has(block.tag) && isLetterless(block.text) ? { kind: 'skip' } : undefined;
}

export function roleOf(block: Block): Role {
  if (block.imageSrc) return { kind: 'image', src: block.imageSrc };
  if (block.linkDensity > MAX_LINK_DENSITY) {
    // A linked h1–h6 is still a headline (blog front pages, teaser lists); other link text is navigation.
    return block.headingLevel > 0
      ? { kind: 'heading', rank: block.headingLevel, deck: false }
      : { kind: 'skip' };
  }
  if (isFurnitureLabel(block)) return { kind: 'skip' };
  if (block.caption || looksLikeCaption(block.text)) return { kind: 'caption' };
  return (
    creditRole(block) ?? dateOrMetaRole(block) ?? numbersRole(block) ?? headingRole(block) ?? { kind: 'body' }
  );
}
