// Authors: structured values first (JSON-LD, meta), then credits printed on the page — `作者:`, `记者 张三`,
// `本报实习生 …`, a trailing `(张三 李四)` / `(记者 张三)` / `(张三 上海报道)`, `By Jane Doe`, `张三 发表于`,
// a lone name line under the headline, a government document's issuing authority (`发文机关:`) — and only then
// an editor credit (`编辑:`), which is all some pages give.
// `责任编辑` (the desk editor) is never an author.
import { SINGLE_SURNAMES } from '../fields/surnames';
import { isSpaceCode } from '../text-facts';
import type { PageLine } from './page-lines';

const LABEL_TOKEN =
  /^(?:[\p{Script=Han}]{0,6}?)(作者|撰文|执笔人?|采写|记者|实习生|通讯员|特约撰稿人?|撰稿人?)([:：]?)(.*)$/u;
/** Labels a name may follow without a colon or space (`记者王建宏`). */
const GLUED_LABEL = /^(记者|通讯员|实习生)$/;
/** After an explicit `作者:` label, a pen name may be any short run without sentence punctuation. */
const PEN_NAME = /^[^\s。，,.!！?？:：;；="'<>]{2,20}$/u;
const CREDIT_WORDS = /作者|撰文|执笔|采写|记者|实习生|通讯员|撰稿/;
const EDITOR_LABEL = /(?<!责任)(?<!责)编辑\s*[:：]\s*/;
const SOURCE_LABEL = /来源\s*[:：]\s*/;
/** A trailing parenthesised credit, alone on its line or after a sentence's end: `(陆晗)`, `(记者 胡晓蓉)`, `(姚峰 上海报道)`, `(萨其荣贵 李庭)`. */
const TRAILING_CREDIT =
  /(?:^|[。！？!?.”"」])\s*[(（]\s*(?:本报)?(?:记者|通讯员|实习生)?\s*((?:[\p{Script=Han}·]{2,6}[\s、，,]*){1,6}?)\s*(?:[\p{Script=Han}]{2,4}报道)?\s*[)）]\s*$/u;
const ENGLISH_BYLINE =
  /^\s*[Bb][Yy]\s+([A-Z][\p{L}'’.-]+(?:\s+(?:[A-Z][\p{L}'’.-]+|and|&|de|van|von|la)){0,5})/u;
/** How ENGLISH_BYLINE starts, whatever the whitespace: tried on the line as read, so most lines are never collapsed. */
const ENGLISH_BYLINE_START = /^\s*[Bb][Yy]\s/;
const POSTED_BY = /(?:^|\s)([\p{L}\p{N}_&·.-]{2,24})\s+(?:发表于|发布于|posted\s+(?:on|at))/iu;
/**
 * The words POSTED_BY needs, found by a plain search first: the full pattern is tried at every letter of every
 * line of the page, and almost no line holds them.
 */
const POSTED_WORDS = /发表于|发布于|posted/i;
const HAN_NAME = /^[\p{Script=Han}·]{2,6}$/u;
/**
 * A government document's information-disclosure table names its issuing authority (`发文机关：某省人民政府`),
 * the document's author. The words are searched for in the line as read first, as POSTED_WORDS are.
 */
const ISSUER_WORDS = /发文机关|发布机构|发文单位|发布机关/;
const ISSUER_LABEL = new RegExp(`^(?:${ISSUER_WORDS.source})\\s*[:：]\\s*`);
/** An organisation's name: Han characters, `·` and brackets (`中共某某县委（办公室）`), no punctuation. */
const ORGANISATION = /^[\p{Script=Han}·（）()]{2,30}$/u;
/** Characters that end organisation names, never personal ones (newspaper, agency, site, office…). */
const NOT_IN_NAME =
  /[报社网站台局部院会省市县区图摄组刊版讯电稿供页处厅室]|中心|公司|集团|频道|本报|记者|编辑|来源|通讯员|实习生|发表|时间|日期/u;
/** Meta author values that name systems, desks or sites rather than people. */
const NOT_A_PERSON =
  /https?:|www\.|\.(com|cn|net|org)\b|\d{3,}|_\d|team|admin|staff|editor|webmaster|newsroom|集团|网$/i;
/**
 * The most common Chinese surnames (the most frequent cover most people), the head of the list credits
 * use: a lone line starting with one reads as a byline.
 */
const COMMON_SURNAME_COUNT = 253;
const SURNAMES = SINGLE_SURNAMES.slice(0, COMMON_SURNAME_COUNT);
/** How many lines after the headline a lone name line may sit. */
const NAME_LINE_WINDOW = 6;
/** A line this long is body text. */
const LONG_LINE_CHARS = 30;

export function cleanAuthorValue(value: string): string[] {
  // A byline often carries the date or a role after a separator: `By Maria Lopez · January 15, 2024`.
  const parts = value.split(/\s[·•|–—]\s|\s+-\s+|\bon\s+(?=\w+\s+\d)|\bupdated\b|\bpublished\b/i);
  const text = (parts.find((part) => /^\s*by\s/i.test(part)) ?? parts[0])
    .replace(/^\s*(by|von|par|por|作者|文|记者)\s*[:：/]?\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || text.length > 80 || NOT_A_PERSON.test(text)) return [];
  // Chinese names written with spaces between characters (`赵  培`) are one name.
  if (/^[\p{Script=Han}](\s+[\p{Script=Han}]){1,3}$/u.test(text)) return [text.replace(/\s+/g, '')];
  return (
    text
      .split(/\s*(?:,|，|、|;|；|\band\b|&|\s(?=[\p{Script=Han}]{2,4}(?:\s|$)))\s*/u)
      // A separator left at either end (`Nicolas Perriault —` before a date the markup split off) is not the name's.
      .map((name) => name.replace(/^[\s—–\-:：·•|]+|[\s—–\-:：·•|]+$/g, ''))
      .filter((name) => name.length >= 2)
  );
}

/** Names printed after a credit label or in a trailing parenthesis, from the page's lines. */
export function findVisibleAuthors(lines: PageLine[], headlineIndex: number): string[] {
  for (let i = 0; i < lines.length; i++) {
    // The label must be plain text; the names may be links (`作者:<a>张三</a>`). (No whitespace in the words:
    // the line as read answers as its collapsed text would, and most lines are never collapsed.)
    if (!CREDIT_WORDS.test(lines[i].raw)) continue;
    const names = labelledNames(lines[i].full);
    if (!names.length) continue;
    // Credits run on over a line or two (`本报实习生 刘国栋` / `本报记者 王燕平 方云凤`).
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      const more = CREDIT_WORDS.test(lines[j].text) ? labelledNames(lines[j].full) : [];
      if (!more.length) break;
      names.push(...more);
    }
    return names;
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].hasLink || !endsWithClosingParen(lines[i].raw)) continue;
    const m = TRAILING_CREDIT.exec(lines[i].text);
    if (!m) continue;
    const names = splitHanNames(m[1]);
    if (names.length) return names;
  }
  for (const line of lines) {
    const english = ENGLISH_BYLINE_START.test(line.rawFull) ? ENGLISH_BYLINE.exec(line.full) : null;
    if (english && line.full.length < 120) return cleanAuthorValue(english[1]);
    const posted = POSTED_WORDS.test(line.rawFull) ? POSTED_BY.exec(line.full) : null;
    if (posted && !NOT_A_PERSON.test(posted[1])) return [posted[1]];
  }
  const nameLine = loneNameLine(lines, headlineIndex);
  if (nameLine) return [nameLine];
  const issuer = issuingAuthority(lines);
  if (issuer) return [issuer];
  // The labels' words hold no whitespace: a line as read without them is never collapsed.
  for (const line of lines) {
    const editor = line.raw.includes('编辑') ? EDITOR_LABEL.exec(line.text) : null;
    if (editor && !/责任编辑|责编/.test(line.text.slice(Math.max(0, editor.index - 2), editor.index + 3))) {
      const names = splitHanNames(line.text.slice(editor.index + editor[0].length));
      if (names.length) return names.slice(0, 1);
    }
  }
  for (const line of lines) {
    const source = line.raw.includes('来源') ? SOURCE_LABEL.exec(line.text) : null;
    if (!source) continue;
    const names = splitHanNames(line.text.slice(source.index + source[0].length)).filter(
      isLikelyPersonalName,
    );
    if (names.length) return names.slice(0, 1);
  }
  return [];
}

/** `记者 王建宏 张文攀 土豆…` → 王建宏, 张文攀; `本报实习生 刘国栋 周炜 本报记者 王燕平` → all three. */
function labelledNames(text: string): string[] {
  if (!CREDIT_WORDS.test(text) || text.length > 400) return [];
  const tokens = text.split(/[\s、，,;；|｜[\]【】()（）]+/u).filter(Boolean);
  const names: string[] = [];
  let collecting = false;
  let explicit = false;
  for (const token of tokens) {
    const label = LABEL_TOKEN.exec(token);
    if (label) {
      const [, word, colon, rest] = label;
      explicit = colon !== '' && word === '作者';
      collecting = true;
      if (!rest) continue;
      const glued = GLUED_LABEL.test(word) && isHanName(rest) && isLikelyPersonalName(rest);
      if (colon ? isHanName(rest) || (word === '作者' && PEN_NAME.test(rest)) : glued) names.push(rest);
      else collecting = false;
      continue;
    }
    if (!collecting) continue;
    if (isHanName(token) || (explicit && !names.length && PEN_NAME.test(token))) names.push(token);
    else collecting = false;
  }
  return names;
}

function splitHanNames(text: string): string[] {
  const names: string[] = [];
  for (const token of text.trim().split(/[\s、，,]+/u)) {
    if (!token) continue;
    if (!isHanName(token)) break;
    names.push(token);
  }
  return names;
}

function isHanName(token: string): boolean {
  return (
    HAN_NAME.test(token) && token.length <= 4 + (token.includes('·') ? 4 : 0) && !NOT_IN_NAME.test(token)
  );
}

function isLikelyPersonalName(name: string): boolean {
  return name.length <= 3 && SURNAMES.includes(name[0]);
}

/** A line holding only a personal name (`胡平`, `[ 黄宇 ]`) within a few lines under the headline. */
function loneNameLine(lines: PageLine[], headlineIndex: number): string | undefined {
  // Under the headline, or else just above the first long paragraph (pages without a marked headline).
  let start = headlineIndex + 1;
  if (headlineIndex < 0) {
    const body = lines.findIndex((line) => line.text.length >= LONG_LINE_CHARS && /[，。,.]/.test(line.text));
    if (body < 0) return undefined;
    start = Math.max(0, body - NAME_LINE_WINDOW);
  }
  const end = Math.min(lines.length, start + NAME_LINE_WINDOW);
  for (let i = start; i < end; i++) {
    const text = lines[i].text.replace(/^[\s[【(（]+|[\s\]】)）]+$/g, '');
    if (!text) continue;
    if (!lines[i].hasLink && isHanName(text) && isLikelyPersonalName(text)) return text;
    const bracketed = /[[【]\s*([\p{Script=Han}]{2,3})\s*[\]】]/u.exec(lines[i].text);
    if (bracketed && isLikelyPersonalName(bracketed[1]) && !NOT_IN_NAME.test(bracketed[1]))
      return bracketed[1];
  }
  return undefined;
}

/** The issuing authority, on its label's line or on the next (the table's value cell is a line of its own). */
function issuingAuthority(lines: PageLine[]): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!ISSUER_WORDS.test(lines[i].raw)) continue;
    const label = ISSUER_LABEL.exec(lines[i].text);
    if (!label) continue;
    const value = lines[i].text.slice(label[0].length) || (lines[i + 1]?.text ?? '');
    return ORGANISATION.test(value) ? value : undefined;
  }
  return undefined;
}

const CLOSING_PAREN = ')'.charCodeAt(0);
const FULLWIDTH_CLOSING_PAREN = '）'.charCodeAt(0);

/**
 * TRAILING_CREDIT ends in a closing parenthesis (and spaces): the one-character test it is tried after, on
 * every line of a page without a credit. Read from the end by char code: trimming a line first made a string.
 */
function endsWithClosingParen(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  return last === CLOSING_PAREN || last === FULLWIDTH_CLOSING_PAREN;
}
