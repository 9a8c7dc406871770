// Author credits: `(陆晗)` / `(萨其荣贵 李庭)` closing a story, `记者 张三 通讯员 李四` and `本报记者 X`
// bylines, `作者:X` labels, and English `By Jane Doe` / `Reporting by …; Editing by …` lines.
import { BYLINE_DATE_MAX_CHARS, CJK_NAME_MAX_CHARS, CREDIT_MAX_CHARS } from '../constants';
import { findDate } from './dates';
import { startsWithSurname } from './surnames';

/** Roles that name a writer or photographer of the story (longest first, so `本报记者` wins over `记者`). */
const AUTHOR_ROLE_WORDS = [
  '本报记者',
  '本报通讯员',
  '特约通讯员',
  '融媒体记者',
  '特约记者',
  '见习记者',
  '实习记者',
  '首席记者',
  '记者',
  '通讯员',
  '实习生',
  '作者',
  '撰稿',
  '撰文',
  '供稿',
  '文字',
  '摄影',
  '报道',
];
/** Single-character roles, only when written with a separator (`文/张三`): `文静` is a name. */
const SHORT_ROLE_WORDS = ['文', '图', '摄'];
/** Roles whose names are not authors (editors, proof-readers). */
const NON_AUTHOR_ROLE_WORDS = ['责任编辑', '责编', '编辑', '审核', '审校', '校对', '终审', '监制', '统筹'];
const AUTHOR_ROLES = new RegExp(`^(?:${[...AUTHOR_ROLE_WORDS, ...SHORT_ROLE_WORDS].join('|')})$`);
const NON_AUTHOR_ROLES = new RegExp(`^(?:${NON_AUTHOR_ROLE_WORDS.join('|')})$`);
/** Words that end a story but are not names. */
const NOT_NAMES = /^(?:完|全文完|待续|未完待续|续|下转\S*|上接\S*|end)$/i;
/** Organisations end with these; a credit of an organisation is not a person. */
const ORG_SUFFIX =
  /(?:厅|局|部|委|会|院|所|队|站|社|报|网|台|中心|办公室|公司|政府|法院|检察院|支队|大队|总队|派出所)$/;
const ROLE_PREFIX = new RegExp(
  `^(?:(${[...AUTHOR_ROLE_WORDS, ...NON_AUTHOR_ROLE_WORDS].join('|')})[:：/]?|(${SHORT_ROLE_WORDS.join('|')})[:：/])`,
);
/** 2–4 Han characters, or a transliterated name whose parts are joined by `·` (`阿尔斯楞·巴特尔`). */
const CJK_NAME = new RegExp(
  `^[\\u3400-\\u9fff]{2,4}$|^(?=.{3,${CJK_NAME_MAX_CHARS + 1}}$)[\\u3400-\\u9fff]+(?:[·•][\\u3400-\\u9fff]+)+$`,
);
/** An organisation glued to a role (`新华社记者`, `松花江网编辑`): only the role counts. */
const ROLE_AFTER_ORG = new RegExp(`^.{2,}?(${[...AUTHOR_ROLE_WORDS, ...NON_AUTHOR_ROLE_WORDS].join('|')})$`);
const PAREN_LINE = /^[(（]\s*([^()（）]+?)\s*[)）]$/;
const TRAILING_PAREN = /^(.*[。.!?！？…”"])\s*[(（]\s*([^()（）]+?)\s*[)）]$/s;

/** Splits `记者 张三 通讯员 李四` into tokens, separating roles glued to names (`记者张三`, `文/张三`). */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text.split(/[\s、,，;；]+|(?<=[:：/])/).filter(Boolean)) {
    let rest = raw.replace(/[:：/]$/, '');
    const role = ROLE_PREFIX.exec(rest);
    if (role) {
      tokens.push(role[1] ?? role[2]);
      rest = rest.slice(role[0].length);
    }
    const suffix = /^(.+?)(摄影|摄|报道)$/.exec(rest);
    const orgRole = ROLE_AFTER_ORG.exec(rest);
    if (suffix && CJK_NAME.test(suffix[1])) tokens.push(suffix[1], suffix[2]);
    else if (orgRole) tokens.push(orgRole[1]);
    else if (rest) tokens.push(rest);
  }
  return joinSpacedNames(tokens);
}

function isSingleHan(token: string | undefined): boolean {
  return token !== undefined && /^[\u3400-\u9fff]$/.test(token);
}

/** `王 伟` (a two-character name padded with a space, as print layouts do) is one name. */
function joinSpacedNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (isSingleHan(tokens[i]) && isSingleHan(tokens[i + 1])) {
      out.push(tokens[i] + tokens[i + 1]);
      i++;
    } else out.push(tokens[i]);
  }
  return out;
}

/** A personal name: name-shaped, not an organisation, and (when short) starting with a common surname. */
function isCjkName(token: string): boolean {
  if (!CJK_NAME.test(token) || (token.length > 2 && ORG_SUFFIX.test(token))) return false;
  return token.length >= 4 || token.includes('·') || startsWithSurname(token);
}

/** Chinese names with their roles; undefined when any token is neither a role nor a name. */
export function readCjkNames(text: string): string[] | undefined {
  if (!text || text.length > CREDIT_MAX_CHARS) return undefined;
  const names: string[] = [];
  let counting = true;
  let sawName = false;
  for (const token of tokenize(text)) {
    if (AUTHOR_ROLES.test(token)) counting = true;
    else if (NON_AUTHOR_ROLES.test(token)) counting = false;
    else if (NOT_NAMES.test(token)) continue;
    else if (isCjkName(token)) {
      sawName = true;
      if (counting && !names.includes(token)) names.push(token);
    } else return undefined;
  }
  return sawName ? names : undefined;
}

const LATIN_NAME =
  /^(?:[A-Z][\p{L}'’.-]*|de|da|del|der|van|von|bin|al|la|le)(?:\s+(?:[A-Z][\p{L}'’.-]*|de|da|del|der|van|von|bin|al|la|le)){1,4}$/u;
const NOT_PERSON =
  /\b(?:staff|writer|reporter|correspondent|editor|contributor|associated press|reuters|afp|bloomberg|news|times|post|service|agency|press|department|office|police)\b/i;

/**
 * A role or source after the names, set off by a bar, a dash, or a hyphen with spaces around it (`Jane Doe -
 * Staff Writer`): the last such part. A hyphen inside a word joins a name (`Marsh-Okafor`, `Jean-Luc`).
 */
const TRAILING_ROLE = /\s*(?:[|–—]|(?<=\s)-(?=\s|$))\s*(?:[^|–—\s]|\s(?!-\s))*$/;

/** `Jane Doe and John Smith, Staff Writers` → names; undefined when a part is not a name. */
export function readLatinNames(text: string): string[] | undefined {
  const parts = text
    .replace(TRAILING_ROLE, '')
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  const names = parts.filter((p) => LATIN_NAME.test(p) && !NOT_PERSON.test(p));
  const rolesOnly = parts
    .filter((p) => !names.includes(p))
    .every((p) => NOT_PERSON.test(p) || /^\p{Lu}+$/u.test(p));
  return names.length > 0 && rolesOnly ? names : undefined;
}

/** A whole line in parentheses naming the authors: `(陆晗)`, `(萨其荣贵 李庭)`, `(记者 张三)`. */
export function readCreditLine(text: string): string[] | undefined {
  const m = PAREN_LINE.exec(text.trim());
  if (!m) return undefined;
  return readCjkNames(m[1]) ?? readReutersTrailer(m[1]);
}

const TRAILER_START = /^(?:additional\s+)?(?:reporting|writing|written|compiled|editing|edited)\s/i;

/** `Reporting by Jane Doe; Additional reporting by A; Editing by B` → the reporters and writers. */
export function readReutersTrailer(text: string): string[] | undefined {
  // Every segment must open with a role, the first at the start of the text: most lines fail here, unsplit.
  if (!TRAILER_START.test(text)) return undefined;
  const segments = text.split(/\s*;\s*/);
  const names: string[] = [];
  let matched = false;
  for (const segment of segments) {
    const m = /^(?:additional\s+)?(reporting|writing|written|compiled|editing|edited)\s+by\s+(.+?)\.?$/i.exec(
      segment,
    );
    if (!m) return undefined;
    matched = true;
    if (/^edit/i.test(m[1]) || /^compiled/i.test(m[1])) continue;
    for (const name of readLatinNames(m[2]) ?? []) if (!names.includes(name)) names.push(name);
  }
  return matched ? names : undefined;
}

/** A byline opens with a role, after at most a short source name (`新华网黑龙江频道 记者 伊琳`, `光明日报记者 王建宏`). */
const BYLINE_START =
  /^([\u3400-\u9fffA-Za-z]{2,12}?\s*)?(?:本报|特约|见习|实习|首席|融媒体)?(?:记者|通讯员|实习生|作者|撰稿|撰文|文\s*[/／]|图\s*[/／]|文\s*[:：])/;

/** A wire agency named on a line of its own (`The Associated Press`, `By Reuters`): the story's byline. */
const WIRE_AGENCY_LINE = /^(?:by )?((?:the )?(?:associated press|canadian press|reuters|afp|xinhua))$/i;

/** The name is a wire agency's (as a byline line gives it). */
export function isWireAgency(name: string): boolean {
  return WIRE_AGENCY_LINE.test(name);
}

/** A byline line: `By Jane Doe`, `记者 张三 通讯员 李四`, `本报记者 王五`, `作者:X`, `文/X`, `The Associated Press`. */
export function readByline(text: string): string[] | undefined {
  const line = text.trim();
  if (line.length > CREDIT_MAX_CHARS) return readDatedEnglishByline(line);
  const agency = WIRE_AGENCY_LINE.exec(line);
  if (agency) return [agency[1]];
  const english = /^by\s+(.+)$/i.exec(line);
  // `By Maria Lopez · January 15, 2024`: the names end at the first separator.
  if (english) return readLatinNames(english[1].split(/\s+[·•|]\s+/)[0]) ?? readDatedEnglishByline(line);
  const trailer = readReutersTrailer(line.replace(/^[(（](.*)[)）]$/, '$1'));
  if (trailer) return trailer;
  const byline = BYLINE_START.exec(line);
  if (!byline) return undefined;
  return readCjkNames(line.slice(byline[1]?.length ?? 0));
}

/** What joins a byline's names to the date after them: a comma, a dash, a bar, `on` or `at`. */
const BEFORE_BYLINE_DATE = /(?:[\s,;·•|–—-]|\b(?:on|at)\b)+$/i;

/**
 * An English byline ending with its date, joined by no separator of its own (`By Louis Jacobson on Monday,
 * November 18th, 2019 at 11:04 a.m.`, `By Dana Whitfield, March 4, 2024`): the names are read from what
 * comes before the date, which alone is held to a credit's length.
 */
function readDatedEnglishByline(line: string): string[] | undefined {
  if (line.length > CREDIT_MAX_CHARS + BYLINE_DATE_MAX_CHARS || !/^by\s/i.test(line)) return undefined;
  const date = findDate(line);
  if (!date) return undefined;
  const at = line.lastIndexOf(date.text);
  // The date ends the line: a date inside a sentence that starts with `By` is prose.
  if (at < 0 || !/^[\s.)]*$/.test(line.slice(at + date.text.length))) return undefined;
  const names = line.slice(0, at).replace(BEFORE_BYLINE_DATE, '');
  if (names.length > CREDIT_MAX_CHARS) return undefined;
  const english = /^by\s+(.+)$/i.exec(names);
  return english ? readLatinNames(english[1]) : undefined;
}

/** Authors named after a label inside a longer meta line (`来源:某报 作者:戴紫君`). */
export function readLabelledAuthors(text: string): string[] | undefined {
  const m =
    /(?:作者|记者|撰稿|文)\s*[:：/]\s*([\u3400-\u9fff·• ]+?)(?=\s*(?:来源|编辑|责任编辑|发布|时间|日期|浏览|点击|字号|$|[|]))/.exec(
      text,
    );
  if (m) return readCjkNames(m[1]);
  const en = /\bby\s+([A-Z][^|·]+?)(?=\s*(?:[|·]|$|\bon\b|\bupdated\b|\bposted\b))/.exec(text);
  return en ? readLatinNames(en[1]) : undefined;
}

/** A credit in parentheses ending the last paragraph: `…意识。(戴紫君)` → the names and the text without them. */
export function takeTrailingCredit(paragraph: string): { text: string; authors: string[] } | undefined {
  const m = TRAILING_PAREN.exec(paragraph.trim());
  if (!m) return undefined;
  const authors = readCjkNames(m[2]) ?? readReutersTrailer(m[2]);
  return authors && authors.length > 0 ? { text: m[1].trim(), authors } : undefined;
}
