// Photo captions and their credits: `读书活动现场。李庭摄`, `图为活动现场。(本报记者 张三 摄)`,
// `Officers at the scene. Photo: Jane Doe/Reuters`, `(Photo by Jane Doe)`.
import type { Figure } from '../../model';
import { CAPTION_MAX_CHARS, WIRE_CAPTION_MAX_CHARS } from '../constants';
import { readCjkNames } from './authors';

// The names part is one character class with a length cap (readCjkNames checks the names): a nested
// quantifier here (`(?:[Han]{2,8}\s*|…)+?`) backtracked exponentially, 20 s on a real page and hours on a
// hostile line of 40 Han characters with 摄 in it.
const CJK_CREDIT = /^(.*?[。.!！?？]|)\s*[(（]?\s*([\u3400-\u9fff·\s]{2,60}?)\s*摄(?:影)?\s*[)）]?$/s;
const LATIN_CREDIT =
  /^(.*?)\s*[([]?\s*\b(?:photo(?:graph)?s?|image|picture|credit)(?:\s+by|\s*:)\s*([^()[\]]+?)\s*[)\]]?$/is;
const CJK_LABELLED_CREDIT = /^(.*?)\s*[(（]?\s*(?:图片?|摄影|图片来源)\s*[:：/]\s*([^()（）]+?)\s*[)）]?$/s;
/** `…。 江城市公安局供图`: an organisation or person supplying the photo. */
const CJK_SUPPLIED_CREDIT =
  /^(.*?[。.!！?？])\s*[(（]?\s*([^\s。()（）]{2,20}?)\s*(?:供图|提供|供稿)\s*[)）]?$/s;
/** A closing parenthesis crediting a photo: `(AP Photo/Ivan Sekretarev)`, `(Oleg Urusov/Roscosmos photo via AP)`. */
const PARENTHESISED_PHOTO_CREDIT = /\(([^()]*\bphoto(?:graph)?s?\b[^()]*)\)\s*$/i;
/**
 * `© Jane Doe`, `Flood barriers in Rotterdam. © Reuters`: a picture's copyright holder. A site's own notice
 * (`© 2019 Example Media, all rights reserved`) starts with a year or reserves rights, and is not a credit.
 */
const COPYRIGHT_CREDIT = /^(.*?)\s*(?:©|\(c\))\s*(?!\d{4}\b)(?!.*\brights\b)([^©\n]{2,60}?)\s*$/isu;
/** `图为…`, `上图:…`: the line describes the picture. */
const CAPTION_OPENING = /^(?:图为|上图|下图|左图|右图|图[一二三四1-4]?[:：])/;

/**
 * A character or word every pattern above needs (摄 图 供 ©, photo, image, picture, credit, (c)): one
 * linear test rules out the many lines that hold none, before seven patterns that backtrack on each.
 */
const CREDIT_MARK = /[摄图供©]|photo|image|picture|credit|\(c\)/i;

/** `In this Dec. 12, 2006, file photo, …`, `In this image made from video …`: the wire services' caption. */
const WIRE_CAPTION_OPENING =
  /^In this (?:[^,]{1,30}, ){0,2}(?:[\w-]+ )?(?:file )?(?:photo|image)(?:,| (?:taken|provided|released|made|from|by)\b)/i;

/** True when the line reads as a photo caption with its credit, wherever it sits. */
export function looksLikeCaption(text: string): boolean {
  if (WIRE_CAPTION_OPENING.test(text)) return text.length <= WIRE_CAPTION_MAX_CHARS;
  if (text.length > CAPTION_MAX_CHARS || !CREDIT_MARK.test(text)) return false;
  return (
    readCjkPhotoCredit(text) !== undefined ||
    LATIN_CREDIT.test(text) ||
    PARENTHESISED_PHOTO_CREDIT.test(text) ||
    CJK_LABELLED_CREDIT.test(text) ||
    CJK_SUPPLIED_CREDIT.test(text) ||
    COPYRIGHT_CREDIT.test(text) ||
    CAPTION_OPENING.test(text)
  );
}

function readCjkPhotoCredit(text: string): Figure | undefined {
  const m = CJK_CREDIT.exec(text.trim());
  if (!m) return undefined;
  const names = readCjkNames(m[2]);
  if (!names || names.length === 0) return undefined;
  return { caption: m[1].trim(), credit: names.join(' ') };
}

/** A caption line split into caption and credit (no credit when none is written). */
export function readCaption(text: string, src?: string): Figure {
  const trimmed = text.trim();
  const figure: Figure = readCjkPhotoCredit(trimmed) ?? splitLabelled(trimmed) ?? { caption: trimmed };
  if (src) figure.src = src;
  return figure;
}

function splitLabelled(text: string): Figure | undefined {
  const m =
    LATIN_CREDIT.exec(text) ??
    CJK_LABELLED_CREDIT.exec(text) ??
    CJK_SUPPLIED_CREDIT.exec(text) ??
    COPYRIGHT_CREDIT.exec(text);
  if (m) return { caption: m[1].trim(), credit: m[2].trim() };
  const parenthesised = text.length <= CAPTION_MAX_CHARS ? PARENTHESISED_PHOTO_CREDIT.exec(text) : null;
  return parenthesised
    ? { caption: text.slice(0, parenthesised.index).trim(), credit: parenthesised[1].trim() }
    : undefined;
}
