// Small character-class helpers shared by the field parsers: half- and full-width punctuation alike.

import { CJK_SHARE, HEADLINE_MATCH_SHARE } from '../constants';
import { isSpaceCode } from '../text-facts';

/** Sentence-final punctuation, half- and full-width. */
const TERMINALS = new Set([...'。.!?！？…;；'].map((c) => c.charCodeAt(0)));
/** Closing quotes and brackets that may follow the terminal mark (`…。”`). */
const CLOSERS = new Set([...'”’"\')）】」』》]'].map((c) => c.charCodeAt(0)));

/**
 * Whitespace that collapsing changes: a run of two or more, or one character other than a plain space (a line
 * break, a tab, a no-break or ideographic space). A lone plain space is left unmatched: prose has one between
 * every two words, and replacing each with itself cost the regex a match per word.
 */
const SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;
/** The same, zero-width spaces counted as whitespace. */
const SPACE_OR_ZERO_WIDTH_TO_COLLAPSE = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

/** Each run of whitespace as one space (the ends are not trimmed). */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_TO_COLLAPSE, ' ');
}

/** Each run of whitespace and zero-width spaces as one space, the ends trimmed. */
export function normalizeSpace(text: string): string {
  return text.replace(SPACE_OR_ZERO_WIDTH_TO_COLLAPSE, ' ').trim();
}

/** Han ideographs as the field parsers count them: CJK Unified (with Extension A) and Compatibility, all BMP. */
function isHanCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Han characters in the text, counted over the code units: a global regex match would build an array of every
 * one, and column-break mending asks this of a paragraph again after each fragment it joins.
 */
export function hanCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) count++;
  return count;
}

/** Han and visible (non-space) characters of a text: what makes it CJK text. */
export interface ScriptCounts {
  han: number;
  visible: number;
}

export function scriptCounts(text: string): ScriptCounts {
  let visible = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) continue;
    visible++;
    if (isHanCode(code)) han++;
  }
  return { han, visible };
}

/** At least CJK_SHARE of the visible characters are Han. */
export function isCjkCounts({ han, visible }: ScriptCounts): boolean {
  return visible > 0 && han / visible >= CJK_SHARE;
}

export function isCjkText(text: string): boolean {
  return isCjkCounts(scriptCounts(text));
}

/** The first character of `char` is Han (false for ''). */
export function isHan(char: string): boolean {
  return isHanCode(char.charCodeAt(0));
}

/** Two lines of one text as one: glued where either side is Han (CJK uses no spaces), else with a space. */
export function joinLines(first: string, next: string): string {
  return isHan(first.slice(-1)) || isHan(next.charAt(0)) ? first + next : `${first} ${next}`;
}

/**
 * True when the text ends a sentence, looking through closing quotes (`…。”` ends one, `“新画卷”` does not);
 * text of closing marks alone counts as ended. Read backwards from the end, so a long paragraph costs no
 * more than a short one (column-break mending asks this after each fragment it joins).
 */
export function endsSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  let core = end;
  while (core > 0 && (CLOSERS.has(text.charCodeAt(core - 1)) || isSpaceCode(text.charCodeAt(core - 1))))
    core--;
  return core === 0 || TERMINALS.has(text.charCodeAt(core - 1));
}

/** A sentence ends inside the text with more text after it (`读书活动现场。李庭摄`). */
export function hasInnerSentenceEnd(text: string): boolean {
  return /[。!?！？][^”’"')）】」』》]/.test(text) || /[a-z]{2,}[.!?]["”’)]?\s+\S/.test(text);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The text holds a letter of any script (Han included). */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/**
 * The label of a part of a story (`编者按`, `附件`, `Editor's note`): it heads a section of the story it sits
 * in, never a story of its own.
 */
const PART_LABEL =
  /^(?:编者按|编后语?|按语|附[件表录]\s*\d*|背景资料|editor['’]s note|attachments?|appendix(?: \w+)?)\s*[:：]?$/i;

export function isPartLabel(text: string): boolean {
  return PART_LABEL.test(text);
}

/** Letters and digits only, lower-cased: the same headline printed twice differs at most in quotes and spacing. */
/**
 * Separators a page template pads a title with (`标题- -`, `Title |`): a headline does not end in them. A run
 * glued to a Latin word or number (`C--`) is part of it and stays.
 */
const TRAILING_SEPARATORS = /(?<![A-Za-z0-9|_~-])[|_~-](?:\s*[|_~-])*\s*$/;

export function withoutTrailingSeparators(headline: string): string {
  return headline.replace(TRAILING_SEPARATORS, '').trimEnd() || headline;
}

export function headlineKey(text: string): string {
  return (
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.join(' ') ?? ''
  );
}

/** Words (letters and digits) and single Han characters, lower-cased: the units two headlines share. */
function headlineUnits(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * Two printings of one headline: the same words, or most of them (`HS Roundup: …` in the page's data,
 * `High School Roundup: …` on the page). Dice overlap of their units at least HEADLINE_MATCH_SHARE.
 */
export function sameHeadline(a: string, b: string): boolean {
  return headlineMatcher(b)(a);
}

/**
 * sameHeadline(text, headline) for many texts against one headline: the headline's key and units are found
 * once (segmentation asks it of each heading against the page's declared headline).
 */
export function headlineMatcher(headline: string): (text: string) => boolean {
  const key = headlineKey(headline);
  let units: Set<string> | undefined;
  return (text) => {
    if (headlineKey(text) === key) return true;
    const other = headlineUnits(text);
    units ??= headlineUnits(headline);
    if (!units.size || !other.size) return false;
    let shared = 0;
    for (const unit of units) if (other.has(unit)) shared++;
    return (2 * shared) / (units.size + other.size) >= HEADLINE_MATCH_SHARE;
  };
}
