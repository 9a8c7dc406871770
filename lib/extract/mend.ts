// Mends paragraphs that a printed page's columns broke apart: `…兴安盟公安局打造全` + `区公安红色…`
// becomes one paragraph with no space (CJK), `govern-` + `ment` one word, and an unfinished Latin line is
// joined to its lower-case continuation with a space. A line that reads as a headline is never joined.
import type { Block } from './blocks';
import { HEADLINE_MAX_CJK_CHARS, HEADLINE_MAX_WORDS } from './constants';
import { readByline, readCreditLine } from './fields/authors';
import { readDateLine } from './fields/dates';
import { readDateline } from './fields/dateline';
import { hasLineRole, isHeadlineShaped, isMasthead, isMetaLine } from './fields/lines';
import {
  endsSentence,
  isCjkCounts,
  joinLines,
  scriptCounts,
  type ScriptCounts,
  wordCount,
} from './fields/text';

const HYPHEN_SPLIT = /\p{L}-$/u;

function isProse(block: Block): boolean {
  return !block.imageSrc && !block.caption && block.headingLevel === 0 && !block.hint;
}

/**
 * The first fragment, which does not end a sentence (the caller's first test), reads as cut-off prose, not
 * as a headline or label that merely lacks a full stop.
 * `countsOf` gives the text's script counts, kept up to date as fragments join (counting the whole paragraph
 * again after each join made a page of 300 fragments quadratic); they are counted only when asked for, as
 * most paragraphs end a sentence and are ruled out first.
 */
function isCutOff(text: string, countsOf: () => ScriptCounts): boolean {
  if (/[:：]$/.test(text) || isMasthead(text) || isMetaLine(text)) return false;
  // A date line (`2024年05月14日, 星期二 07:40`) lacks a full stop as a headline does, and is no more cut off.
  if (readCreditLine(text) || readByline(text) || readDateLine(text)) return false;
  if (HYPHEN_SPLIT.test(text)) return true;
  const counts = countsOf();
  if (isCjkCounts(counts)) return counts.han > HEADLINE_MAX_CJK_CHARS || /[,，、;；]/.test(text);
  return wordCount(text) > HEADLINE_MAX_WORDS || text.endsWith(',');
}

/** The break is read by Latin rules: the first fragment is not CJK text, or ends in a split word. */
function isLatinBreak(previous: string, previousCounts: ScriptCounts): boolean {
  return HYPHEN_SPLIT.test(previous) || !isCjkCounts(previousCounts);
}

/** The second fragment starts as a continuation does: Latin text in lower case, CJK text with a letter or digit. */
function startsAsContinuation(latin: boolean, next: string): boolean {
  return latin ? /^\p{Ll}/u.test(next) : /^[\p{L}\p{N}]/u.test(next);
}

/**
 * The second fragment, which starts as a continuation does (the caller tests that first), carries on the first:
 * no headline, dateline, credit or caption of its own.
 */
function continues(latin: boolean, next: string): boolean {
  if (readDateline(next) || hasLineRole(next)) return false;
  return latin || !isHeadlineShaped(next);
}

/**
 * A first fragment that does not end a sentence (the caller's first test) and the next are one paragraph
 * broken by a column. How the next starts is the cheap test, so it goes first; the line readers run once each.
 */
function isColumnBreak(previous: string, countsOf: () => ScriptCounts, next: string): boolean {
  const latin = isLatinBreak(previous, countsOf());
  return startsAsContinuation(latin, next) && isCutOff(previous, countsOf) && continues(latin, next);
}

/** The two fragments as one text, and whether the hyphen at the end of the first was dropped. */
function join(previous: string, next: string): { text: string; dehyphenated: boolean } {
  if (HYPHEN_SPLIT.test(previous) && /^\p{Ll}/u.test(next)) {
    return { text: previous.slice(0, -1) + next, dehyphenated: true };
  }
  return { text: joinLines(previous, next), dehyphenated: false };
}

export function mendColumnBreaks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  /** Script counts of the last block out, carried across joins; null until something asks for them. */
  let lastCounts: ScriptCounts | null = null;
  const countsOfLast = () => (lastCounts ??= scriptCounts(out[out.length - 1]!.text));
  for (const block of blocks) {
    const previous = out[out.length - 1];
    const mendable =
      previous && isProse(previous) && isProse(block) && previous.group === block.group && !block.bold;
    if (mendable && !endsSentence(previous.text) && isColumnBreak(previous.text, countsOfLast, block.text)) {
      const joined = join(previous.text, block.text);
      const counts = scriptCounts(block.text);
      const before = countsOfLast();
      out[out.length - 1] = { ...previous, text: joined.text };
      // The joining space is not visible; a dropped hyphen was.
      lastCounts = {
        han: before.han + counts.han,
        visible: before.visible + counts.visible - (joined.dehyphenated ? 1 : 0),
      };
    } else {
      out.push(block);
      lastCounts = null;
    }
  }
  return out;
}
