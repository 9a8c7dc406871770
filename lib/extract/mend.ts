// Mends paragraphs that a printed page's columns broke apart: `…兴安盟公安局打造全` + `区公安红色…`
// becomes one paragraph with no space (CJK), `govern-` + `ment` one word, and an unfinished Latin line is
// joined to its lower-case continuation with a space. A line that reads as a headline is never joined.
import type { Block } from './blocks';
import { HEADLINE_MAX_CJK_CHARS, HEADLINE_MAX_WORDS } from './constants';
import { readByline, readCreditLine } from './fields/authors';
import { readDateline } from './fields/dateline';
import { hasLineRole, isHeadlineLike, isMasthead, isMetaLine } from './fields/lines';
import { endsSentence, hanCount, isCjkText, isHan, wordCount } from './fields/text';

const HYPHEN_SPLIT = /\p{L}-$/u;

function isProse(block: Block): boolean {
  return !block.imageSrc && !block.caption && block.headingLevel === 0 && !block.hint;
}

/** The first fragment reads as cut-off prose, not as a headline or label that merely lacks a full stop. */
function isCutOff(text: string): boolean {
  if (endsSentence(text) || /[:：]$/.test(text) || isMasthead(text) || isMetaLine(text)) return false;
  if (readCreditLine(text) || readByline(text)) return false;
  if (HYPHEN_SPLIT.test(text)) return true;
  if (isCjkText(text)) return hanCount(text) > HEADLINE_MAX_CJK_CHARS || /[,，、;；]/.test(text);
  return wordCount(text) > HEADLINE_MAX_WORDS || text.endsWith(',');
}

/** The second fragment carries on the first: no headline, dateline, credit or caption of its own. */
function continues(previous: string, next: string): boolean {
  if (readDateline(next) || hasLineRole(next)) return false;
  if (HYPHEN_SPLIT.test(previous) || !isCjkText(previous)) return /^\p{Ll}/u.test(next);
  return !isHeadlineLike(next) && /^[\p{L}\p{N}]/u.test(next);
}

function join(previous: string, next: string): string {
  if (HYPHEN_SPLIT.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  const glued = isHan(previous.slice(-1)) || isHan(next.charAt(0));
  return glued ? previous + next : `${previous} ${next}`;
}

export function mendColumnBreaks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    const mendable =
      previous && isProse(previous) && isProse(block) && previous.group === block.group && !block.bold;
    if (mendable && isCutOff(previous.text) && continues(previous.text, block.text)) {
      out[out.length - 1] = { ...previous, text: join(previous.text, block.text) };
    } else out.push(block);
  }
  return out;
}
