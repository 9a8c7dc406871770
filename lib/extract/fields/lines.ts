// What a single line of text reads as, without context: a headline, a date line, a masthead line
// (`第12期`, `第03版:政工`), a meta line (`来源:… 作者:…`). Segmentation adds the context.
import {
  HEADLINE_MAX_CHARS,
  HEADLINE_MAX_CJK_CHARS,
  HEADLINE_MAX_WORDS,
  META_LINE_MAX_CHARS,
} from '../constants';
import { readByline, readCreditLine } from './authors';
import { readDateLine } from './dates';
import { readDateline } from './dateline';
import { looksLikeCaption } from './figures';
import { endsSentence, hanCount, hasInnerSentenceEnd, hasLetter, isCjkText, wordCount } from './text';

/** Issue and page numbers of bulletins and e-papers, and their navigation words. */
const MASTHEAD =
  /^(?:总?第\s*[0-9０-９一二三四五六七八九十百零〇]+\s*[期版号]|[(（]?总第|[(（]?共印\s*\d+\s*份|上一版|下一版|上一篇|下一篇|返回目录|版面导航|本版导读)/;
/** A bulletin's distribution lines: `报:市局办公室`, `送:…`, `发:…`, `抄送:…`. */
const DISTRIBUTION = /^(?:报|送|发|抄送|抄报|报送|分送)\s*[:：]/;
/** Labels of page furniture lines under a headline. */
const META_LABELS =
  /(?:来源|作者|编辑|责任编辑|发布时间|发布日期|浏览(?:次数)?|点击(?:数|量)?|阅读(?:数|量)|字号|打印|Source|Posted by|Views?)\s*[:：]/i;
/** Clause marks that headlines seldom carry more than once. */
const CLAUSE_MARKS = /[,，、;；]/g;

/** Labels are a few characters long: longer lines (most blocks, prose) skip their patterns. */
const SHORT_LABEL_MAX_CHARS = 16;

/** A byline label without its names (`By`, `作者：`): the page fills them in by script or prints them apart. */
const BARE_BYLINE_LABEL = /^(?:by|von|par|por|door|作者|记者|撰文|文)\s*[:：/]?$/i;

export function isBareBylineLabel(text: string): boolean {
  return text.length <= SHORT_LABEL_MAX_CHARS && BARE_BYLINE_LABEL.test(text);
}

/**
 * A line made only of a Chinese page's tools: font size (`小字号`, `字号：大 中 小`), print and close, page
 * navigation (`第1页/共1页 << 上一页 | 下一页 >>`).
 */
const PAGE_TOOLS =
  /^(?:[\s|/·:：<>«»【】[\]()（）]*(?:字号|[大中小](?:字号|号)?|打印(?:本页|此文|本文)?|关闭(?:窗口|本页)?|收藏(?:本页)?|返回顶部|[上下]一(?:页|篇)|第\s*\d+\s*页|共\s*\d+\s*页))+[\s|/·:：<>«»【】[\]()（）]*$/;

export function isPageTools(text: string): boolean {
  return text.length <= PAGE_TOOLS_MAX_CHARS && PAGE_TOOLS.test(text);
}

/** Page tool lines are short; the bound keeps the alternation's work small on long lines. */
const PAGE_TOOLS_MAX_CHARS = 60;

/**
 * The signature line of an embedded post (`— Digital Foundry (@digitalfoundry) November 18, 2019`): the end of
 * a quotation in the text, not a heading.
 */
const EMBED_SIGNATURE = /^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}$/u;

export function isEmbedSignature(text: string): boolean {
  return text.length <= EMBED_SIGNATURE_MAX_CHARS && EMBED_SIGNATURE.test(text);
}

const EMBED_SIGNATURE_MAX_CHARS = 120;

/** Lines this short without a letter are counts, scores or bare numbers, never a paragraph of text. */
const LETTERLESS_MAX_CHARS = 24;

export function isLetterless(text: string): boolean {
  return text.length <= LETTERLESS_MAX_CHARS && !hasLetter(text);
}

/** A media player's label (`Image`, `Video`, `图片`) printed above the picture or clip it announces. */
const MEDIA_LABEL = /^(?:image|photo|video|picture|graphic|图片|视频|图)$/i;

export function isMediaLabel(text: string): boolean {
  return text.length <= SHORT_LABEL_MAX_CHARS && MEDIA_LABEL.test(text);
}

export function isMasthead(text: string): boolean {
  return MASTHEAD.test(text) || DISTRIBUTION.test(text);
}

/** A short source/editor/date line (`2023-04-26 08:00 来源:某报 作者:戴紫君`). */
export function isMetaLine(text: string): boolean {
  return text.length <= META_LINE_MAX_CHARS && META_LABELS.test(text);
}

function fitsHeadlineLength(text: string): boolean {
  if (text.length > HEADLINE_MAX_CHARS) return false;
  return isCjkText(text) ? hanCount(text) <= HEADLINE_MAX_CJK_CHARS : wordCount(text) <= HEADLINE_MAX_WORDS;
}

/** A line that could be a headline, deck or section head: short, unpunctuated, and nothing else. */
export function isHeadlineLike(text: string): boolean {
  return isHeadlineShaped(text) && !hasLineRole(text);
}

/** Shaped like a headline (short, unpunctuated), whatever other role the line may have. */
export function isHeadlineShaped(text: string): boolean {
  // The char-code tests first: they turn away most prose (it ends a sentence) before any regex runs.
  if (text.length > HEADLINE_MAX_CHARS || endsSentence(text)) return false;
  // A line without letters (a view count, a score) heads nothing.
  if (!hasLetter(text) || !/[\p{L}\p{N}].*[\p{L}\p{N}]/u.test(text) || !fitsHeadlineLength(text))
    return false;
  if (/[,，、:：;；—–-]$/.test(text) || hasInnerSentenceEnd(text)) return false;
  return (text.match(CLAUSE_MARKS)?.length ?? 0) <= 1;
}

/** A question or exclamation mark ending the text, before any closing quotes or brackets. */
const FINAL_ASKING_MARK = /[?!？！]+(?=[\s"'”’)）\]】」』》]*$)/;

/**
 * Shaped like a headline once the question or exclamation mark that ends it is set aside (`城里最老的五家面馆
 * （你都吃过吗?)`, `Is this the end of cheap flights?`). Only for elements whose class calls them a title:
 * in running text such a line is a sentence of the story.
 */
export function isAskingHeadlineShaped(text: string): boolean {
  const mark = FINAL_ASKING_MARK.exec(text);
  if (!mark) return false;
  return isHeadlineShaped(text.slice(0, mark.index) + text.slice(mark.index + mark[0].length));
}

/** Lines with a known role other than prose or headline: masthead, meta, date, credit, caption, dateline. */
export function hasLineRole(text: string): boolean {
  return (
    isMasthead(text) ||
    isMetaLine(text) ||
    readDateLine(text) !== undefined ||
    readCreditLine(text) !== undefined ||
    readByline(text) !== undefined ||
    looksLikeCaption(text) ||
    readDateline(text) !== undefined
  );
}
