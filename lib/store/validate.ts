// Record validation for import: every row of a file is checked before anything is written.
// Hand-written (a dozen checks) rather than adding a schema library to the extension bundle.
import type { ArticleRecordV1, HighlightRecord, PageRecord } from './schema';

type Check = string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function firstFailure(checks: [boolean, string][]): Check {
  return checks.find(([ok]) => !ok)?.[1];
}

function checkArticle(a: unknown): Check {
  if (!isObject(a)) return 'article is not an object';
  const summary = a.summary;
  return firstFailure([
    [isString(a.id), 'article.id is not a string'],
    [isString(a.headline), 'article.headline is not a string'],
    [isStringArray(a.authors), 'article.authors is not a list of strings'],
    [
      Array.isArray(a.sections) && a.sections.every((s) => isObject(s) && isStringArray(s.paragraphs)),
      'article.sections are malformed',
    ],
    [
      Array.isArray(a.figures) && a.figures.every((f) => isObject(f) && isString(f.caption)),
      'article.figures are malformed',
    ],
    [
      isObject(summary) &&
        Array.isArray(summary.sentences) &&
        Array.isArray(summary.facts) &&
        isStringArray(summary.keywords),
      'article.summary is malformed',
    ],
  ]);
}

/** Returns why the row is not a valid page, or undefined. */
export function checkPage(row: unknown): Check {
  if (!isObject(row)) return 'not an object';
  return firstFailure([
    [Number.isInteger(row.id) && (row.id as number) > 0, 'id is not a positive integer'],
    [isString(row.urlKey) && row.urlKey !== '', 'urlKey is missing'],
    [isString(row.url) && isString(row.canonicalUrl), 'url is missing'],
    [isString(row.title), 'title is not a string'],
    [isString(row.site), 'site is not a string'],
    [isString(row.lang), 'lang is not a string'],
    [isString(row.editionDate) && DAY.test(row.editionDate), 'editionDate is not YYYY-MM-DD'],
    [isObject(row.detection) && isString(row.detection.kind), 'detection is malformed'],
    [isString(row.contentHash), 'contentHash is not a string'],
    [isStringArray(row.articleKeys), 'articleKeys is not a list of strings'],
    [
      row.detachedArticleKeys === undefined || isStringArray(row.detachedArticleKeys),
      'detachedArticleKeys is malformed',
    ],
    [isString(row.note), 'note is not a string'],
    [isStringArray(row.tags), 'tags is not a list of strings'],
    [row.starred === 0 || row.starred === 1, 'starred is not 0 or 1'],
    [isTime(row.savedAt) && isTime(row.updatedAt), 'savedAt/updatedAt are not times'],
  ]);
}

export function checkArticleRecord(row: unknown): Check {
  if (!isObject(row)) return 'not an object';
  return (
    firstFailure([
      [isString(row.key) && row.key !== '', 'key is missing'],
      [isString(row.note), 'note is not a string'],
      [
        Array.isArray(row.pageIds) && row.pageIds.every((id) => Number.isInteger(id) && id > 0),
        'pageIds are malformed',
      ],
      [isTime(row.updatedAt), 'updatedAt is not a time'],
      [
        row.highlights === undefined ||
          (Array.isArray(row.highlights) && row.highlights.every((h) => !checkHighlightFields(h))),
        'inline highlights are malformed',
      ],
    ]) ?? checkArticle(row.article)
  );
}

function checkHighlightFields(row: unknown): Check {
  if (!isObject(row)) return 'not an object';
  return firstFailure([
    [isCount(row.paragraph), 'paragraph is not a count'],
    [isCount(row.offset), 'offset is not a count'],
    [isString(row.text) && row.text !== '', 'text is missing'],
    [row.note === undefined || isString(row.note), 'note is not a string'],
    [isTime(row.createdAt), 'createdAt is not a time'],
  ]);
}

export function checkHighlight(row: unknown): Check {
  if (!isObject(row)) return 'not an object';
  return (
    firstFailure([
      [
        row.id === undefined || (Number.isInteger(row.id) && (row.id as number) > 0),
        'id is not a positive integer',
      ],
      [isString(row.articleKey) && row.articleKey !== '', 'articleKey is missing'],
    ]) ?? checkHighlightFields(row)
  );
}

export type ValidPage = PageRecord & { id: number };
export type ValidArticle = ArticleRecordV1;
export type ValidHighlight = HighlightRecord;
