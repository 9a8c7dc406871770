// Reading and editing the library: the page view, recent list, tags, notes, star, highlights.
import { writeLibrary, type BulletinDatabase } from './database';
import { normaliseTags } from './keys';
import { mergeTags } from './merge';
import type { ArticleRecord, HighlightRecord, PageRecord } from './schema';
import { reindexPages } from './search-index';

export type StoredPage = PageRecord & { id: number };

/** What a library list row needs. */
export interface PageSummary {
  id: number;
  title: string;
  url: string;
  site: string;
  siteName?: string;
  editionDate: string;
  savedAt: number;
  updatedAt: number;
  starred: boolean;
  tags: string[];
  note: string;
  articleCount: number;
}

export function summarisePage(page: StoredPage): PageSummary {
  return {
    id: page.id,
    title: page.title,
    url: page.url,
    site: page.site,
    siteName: page.siteName,
    editionDate: page.editionDate,
    savedAt: page.savedAt,
    updatedAt: page.updatedAt,
    starred: page.starred === 1,
    tags: page.tags,
    note: page.note,
    articleCount: page.articleKeys.length,
  };
}

export interface ArticleView extends ArticleRecord {
  highlights: HighlightRecord[];
  /** Other saved pages carrying the same story. */
  alsoOn: { pageId: number; title: string; site: string; url: string }[];
}

export interface PageView {
  page: StoredPage;
  articles: ArticleView[];
  /** Stories that left the page on a resave but carry the reader's notes or highlights. */
  detached: ArticleView[];
}

export async function getPage(db: BulletinDatabase, pageId: number): Promise<PageView | undefined> {
  return db.transaction('r', [db.pages, db.articles, db.highlights], async () => {
    const page = await db.pages.get(pageId);
    if (!page) return undefined;
    const keys = [...page.articleKeys, ...page.detachedArticleKeys];
    const records = (await db.articles.bulkGet(keys)).filter((r): r is ArticleRecord => !!r);
    const highlights = await db.highlights.where('articleKey').anyOf(keys).sortBy('offset');
    const otherIds = [...new Set(records.flatMap((r) => r.pageIds).filter((id) => id !== pageId))];
    const others = new Map<number, PageRecord>();
    (await db.pages.bulkGet(otherIds)).forEach((p, i) => p && others.set(otherIds[i], p));
    const view = (record: ArticleRecord): ArticleView => ({
      ...record,
      highlights: highlights
        .filter((h) => h.articleKey === record.key)
        .toSorted((a, b) => a.paragraph - b.paragraph || a.offset - b.offset),
      alsoOn: record.pageIds
        .filter((id) => others.has(id))
        .map((id) => {
          const other = others.get(id)!;
          return { pageId: id, title: other.title, site: other.site, url: other.url };
        }),
    });
    const current = new Set(page.articleKeys);
    return {
      page: { ...page, id: pageId },
      articles: records.filter((r) => current.has(r.key)).map(view),
      detached: records.filter((r) => !current.has(r.key)).map(view),
    };
  });
}

/** The n most recently saved pages, newest first. */
export async function listRecent(db: BulletinDatabase, n: number): Promise<PageSummary[]> {
  // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse(), not Array's
  const pages = await db.pages.orderBy('savedAt').reverse().limit(n).toArray();
  return pages.map((p) => summarisePage(p as StoredPage));
}

/** Every tag with the number of pages carrying it, most used first (for completion and the tag filter). */
export async function listTags(db: BulletinDatabase): Promise<{ tag: string; count: number }[]> {
  // The distinct tags, then one native count per tag: walking the tags index would take a cursor step per
  // tagged page, which costs hundreds of ms in a library of 10,000 pages.
  const counts = await db.transaction('r', db.pages, async () => {
    const tags = (await db.pages.orderBy('tags').uniqueKeys()).map(String);
    return Promise.all(
      tags.map(async (tag) => ({ tag, count: await db.pages.where('tags').equals(tag).count() })),
    );
  });
  return counts.toSorted((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
}

async function editPage(
  db: BulletinDatabase,
  pageId: number,
  edit: (page: PageRecord) => Partial<PageRecord>,
  reindex = true,
): Promise<void> {
  await writeLibrary(db, async () => {
    const page = await db.pages.get(pageId);
    if (!page) throw new RangeError(`No saved page ${pageId}`);
    await db.pages.put({ ...page, ...edit(page), updatedAt: Date.now() });
    if (reindex) await reindexPages(db, [pageId]);
  });
}

/** Replaces the page's note (the editor's current text). */
export function updateNote(db: BulletinDatabase, pageId: number, note: string): Promise<void> {
  return editPage(db, pageId, () => ({ note }));
}

/** Replaces the note on one story; every page carrying the story shows it. */
export async function updateArticleNote(
  db: BulletinDatabase,
  articleKey: string,
  note: string,
): Promise<void> {
  await writeLibrary(db, async () => {
    const record = await db.articles.get(articleKey);
    if (!record) throw new RangeError(`No saved article ${articleKey}`);
    await db.articles.put({ ...record, note, updatedAt: Date.now() });
    await reindexPages(db, record.pageIds);
  });
}

/** Replaces the page's tags (normalised: lower case, no `#`, spaces as `-`). */
export function setTags(db: BulletinDatabase, pageId: number, tags: string[]): Promise<void> {
  return editPage(db, pageId, () => ({ tags: normaliseTags(tags) }));
}

export function addTags(db: BulletinDatabase, pageId: number, tags: string[]): Promise<void> {
  return editPage(db, pageId, (page) => ({ tags: mergeTags(page.tags, normaliseTags(tags)) }));
}

export function setStar(db: BulletinDatabase, pageId: number, starred: boolean): Promise<void> {
  return editPage(db, pageId, () => ({ starred: starred ? 1 : 0 }), false);
}

export type NewHighlight = Omit<HighlightRecord, 'id' | 'createdAt'>;

/** Adds a highlight to a stored story (or returns the id of the same one already there). */
export async function addHighlight(db: BulletinDatabase, highlight: NewHighlight): Promise<number> {
  return writeLibrary(db, async () => {
    const record = await db.articles.get(highlight.articleKey);
    if (!record) throw new RangeError(`No saved article ${highlight.articleKey}`);
    const same = await db.highlights
      .where('articleKey')
      .equals(highlight.articleKey)
      .filter(
        (h) =>
          h.paragraph === highlight.paragraph && h.offset === highlight.offset && h.text === highlight.text,
      )
      .first();
    if (same) return same.id!;
    const id = (await db.highlights.add({ ...highlight, createdAt: Date.now() })) as number;
    await reindexPages(db, record.pageIds);
    return id;
  });
}

export async function removeHighlight(db: BulletinDatabase, highlightId: number): Promise<void> {
  await writeLibrary(db, async () => {
    const highlight = await db.highlights.get(highlightId);
    if (!highlight) return;
    await db.highlights.delete(highlightId);
    const record = await db.articles.get(highlight.articleKey);
    if (record) await reindexPages(db, record.pageIds);
  });
}
