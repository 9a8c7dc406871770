// Small character-class helpers shared by the field parsers: half- and full-width punctuation alike.

import { CJK_SHARE } from '../constants';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** Sentence-final punctuation, half- and full-width. */
const TERMINAL = /[。.!?！？…;；]$/;
/** Closing quotes and brackets that may follow the terminal mark (`…。”`). */
const TRAILING_CLOSERS = /[”’"')）】」』》\]\s]+$/;

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b]+/g, ' ').trim();
}

export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

export function isCjkText(text: string): boolean {
  const visible = text.replace(/\s/g, '').length;
  return visible > 0 && hanCount(text) / visible >= CJK_SHARE;
}

export function isHan(char: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(char);
}

/** True when the text ends a sentence, looking through closing quotes (`…。”` ends one, `“新画卷”` does not). */
export function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  const core = trimmed.replace(TRAILING_CLOSERS, '');
  if (TERMINAL.test(core)) return true;
  return core.length === 0 && trimmed.length > 0;
}

/** A sentence ends inside the text with more text after it (`读书活动现场。李庭摄`). */
export function hasInnerSentenceEnd(text: string): boolean {
  return /[。!?！？][^”’"')）】」』》]/.test(text) || /[a-z]{2,}[.!?]["”’)]?\s+\S/.test(text);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
