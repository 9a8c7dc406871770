import { Dexie } from 'dexie';
import { exportDB } from 'dexie-export-import';
import { afterEach, describe, expect, it } from 'vitest';
import { HEAD_TERM_MARK } from '../../lib/store/constants';
import { BulletinDatabase } from '../../lib/store/database';
import { importJson } from '../../lib/store/import-json';
import { whenIndexed } from '../../lib/store/indexing';
import { getPage } from '../../lib/store/reader';
import { save } from '../../lib/store/save';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  type ArticleRecordV1,
  type PageRecord,
  type SearchDocRecord,
} from '../../lib/store/schema';
import { search, type SearchQuery } from '../../lib/store/search';
import { splitHighlightsV1 } from '../../lib/store/upgrade';
import { makeArticle, makeBulletin, PATENTS, POLICE, READING } from './store-fixtures';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

let n = 0;
const uniqueName = () => `store-upgrade-${Date.now()}-${++n}`;

/** A version-1 library as version-1 code wrote it: highlights inside the article rows, no highlights table. */
async function createVersion1(name: string, pages: number): Promise<Dexie> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  opened.push(v1);
  await v1.transaction('rw', v1.table('pages'), v1.table('articles'), async () => {
    for (let i = 1; i <= pages; i++) {
      const key = `v1-${i}`;
      const page: PageRecord = {
        id: i,
        urlKey: `paper.example.cn/${i}`,
        url: `https://paper.example.cn/${i}`,
        canonicalUrl: `https://paper.example.cn/${i}`,
        title: `鄂尔多斯 第${i}版`,
        site: 'paper.example.cn',
        lang: 'zh',
        editionDate: '2023-05-01',
        detection: { kind: 'bulletin', score: 1, signals: [] },
        contentHash: `c${i}`,
        articleKeys: [key],
        detachedArticleKeys: [],
        note: `页面笔记 ${i}`,
        tags: ['v1'],
        starred: i % 2 ? 1 : 0,
        savedAt: i,
        updatedAt: i,
      };
      const article: ArticleRecordV1 = {
        key,
        article: makeArticle(`报道 ${i}`, [`正文 ${i}`]),
        note: `文章笔记 ${i}`,
        pageIds: [i],
        updatedAt: i,
        highlights: [
          { paragraph: 0, offset: 0, text: `高亮 ${i}`, note: `高亮笔记 ${i}`, createdAt: i },
          { paragraph: 0, offset: 3, text: `第二处 ${i}`, createdAt: i },
        ],
      };
      await v1.table('pages').add(page);
      await v1.table('articles').add(article);
    }
  });
  return v1;
}

async function expectEveryNote(db: BulletinDatabase, pages: number, idOf = (i: number) => i) {
  for (let i = 1; i <= pages; i++) {
    const view = (await getPage(db, idOf(i)))!;
    expect(view.page.note).toBe(`页面笔记 ${i}`);
    expect(view.page.tags).toEqual(['v1']);
    expect(view.articles[0].note).toBe(`文章笔记 ${i}`);
    expect(view.articles[0].highlights.map((h) => [h.text, h.note])).toEqual([
      [`高亮 ${i}`, `高亮笔记 ${i}`],
      [`第二处 ${i}`, undefined],
    ]);
    expect('highlights' in view.articles[0].article).toBe(false);
  }
}

describe('schema upgrade v1 → v2', () => {
  it('splitHighlightsV1 moves inline highlights out and leaves the rest of the row unchanged', () => {
    const row: ArticleRecordV1 = {
      key: 'k',
      article: makeArticle('h', ['p']),
      note: 'n',
      pageIds: [1],
      updatedAt: 5,
      highlights: [{ paragraph: 1, offset: 2, text: 't', createdAt: 3 }],
    };
    expect(splitHighlightsV1([row, { ...row, key: 'k2', highlights: undefined }])).toEqual({
      articles: [
        { key: 'k', article: row.article, note: 'n', pageIds: [1], updatedAt: 5 },
        { key: 'k2', article: row.article, note: 'n', pageIds: [1], updatedAt: 5 },
      ],
      highlights: [{ articleKey: 'k', paragraph: 1, offset: 2, text: 't', createdAt: 3 }],
    });
  });

  it('opens a version-1 database full of notes, upgrades it, and finds every note', async () => {
    const name = uniqueName();
    const v1 = await createVersion1(name, 200);
    v1.close();
    const db = await openUpgraded(name);
    expect(await db.highlights.count()).toBe(400);
    await expectEveryNote(db, 200);
    // The search index was rebuilt by the upgrade: notes and highlights are searchable.
    // `17` is a prefix: 17 and 170–179.
    const hits = (await search(db, { text: '文章笔记 17' })).items.map((i) => i.id);
    expect(hits.toSorted((a, b) => a - b)).toEqual([17, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179]);
    expect((await search(db, { text: '鄂尔多斯' })).total).toBe(200);
    expect((await search(db, { text: '高亮笔记', starred: false })).total).toBe(100);
  });

  it('imports an export taken at version 1 into a version-2 library', async () => {
    const v1 = await createVersion1(uniqueName(), 50);
    const file = await exportDB(v1);
    expect(JSON.parse(await file.text()).data.databaseVersion).toBe(1);
    const db = new BulletinDatabase(uniqueName());
    opened.push(db);
    const report = await importJson(db, file);
    expect(report).toMatchObject({ pagesAdded: 50, articlesAdded: 50, highlightsAdded: 100, skipped: [] });
    await expectEveryNote(db, 50);
  });
});

/** Version 2's rule for a search row: every title and headline term stored plain as well as marked. */
function searchRowV2(row: SearchDocRecord): SearchDocRecord {
  const heads = row.terms.filter((t) => t.startsWith(HEAD_TERM_MARK)).map((t) => t.slice(1));
  return { ...row, terms: [...heads, ...row.terms] };
}

const termsBothPlainAndMarked = (row: SearchDocRecord) =>
  row.terms.filter((t) => !t.startsWith(HEAD_TERM_MARK) && row.terms.includes(HEAD_TERM_MARK + t));

/** A library saved by the current code, with notes, highlights, tags, a star and a story on two sites. */
async function buildLibrary(db: BulletinDatabase): Promise<void> {
  const shared = makeArticle('鄂尔多斯召开现场会 多措并举', ['全区公安机关政工部门在鄂尔多斯召开现场会。']);
  await save(db, makeBulletin('https://gaj.example.cn/1', [POLICE, shared]), {
    note: '页面笔记 政工',
    tags: ['公安', 'work'],
    starred: true,
    articleNotes: { [POLICE.id]: '文章笔记 铁军' },
    highlights: [{ articleId: POLICE.id, paragraph: 0, offset: 0, text: POLICE.sections[0].paragraphs[0] }],
  });
  await save(db, makeBulletin('https://court.example.com/2', [PATENTS], { lang: 'en' }), {
    tags: ['ip'],
    articleNotes: { [PATENTS.id]: 'Tribunal follow-up notes' },
    highlights: [
      { articleId: PATENTS.id, paragraph: 1, offset: 0, text: '知识产权保护工作', note: 'highlight memo' },
    ],
  });
  await save(
    db,
    makeBulletin('https://paper.example.cn/3', [READING, shared], { publishedAt: '2023-12-01' }),
    {
      note: 'reading list',
      tags: ['culture'],
    },
  );
  await whenIndexed(db);
}

/** One query of each kind: Chinese 2 / 3+ / 1 characters, English prefixes and letters, notes, filters, date. */
const UPGRADE_QUERIES: SearchQuery[] = [
  { text: '鄂尔多斯' },
  { text: '政工' },
  { text: '多措并举' },
  { text: '铁军' },
  { text: '知识产权' },
  { text: '活' },
  { text: 'intell' },
  { text: 'Tribunal' },
  { text: 'memo' },
  { text: 'property 知识产权' },
  { text: 'a' },
  { text: '笔记' },
  { text: '现场会', sort: 'date' },
  { text: '鄂尔多斯', tags: ['culture'] },
  { text: '公安', starred: false },
  { text: '读书', from: '2023-01-01', to: '2023-12-31' },
  { tags: ['work'] },
];

/**
 * The upgraded database finds what the old version's index found for each term of `before`, and answers every
 * upgrade query as the library saved by the current code does.
 */
async function expectSameResults(
  db: BulletinDatabase,
  reference: BulletinDatabase,
  before: Record<string, number[]>,
): Promise<void> {
  const ids = async (text: string) =>
    (await search(db, { text }, { limit: 200 })).items.map((i) => i.id).toSorted();
  for (const [term, found] of Object.entries(before)) expect(await ids(term), term).toEqual(found);
  expect(before.memo).toEqual([2]);
  expect(before.鄂尔).toEqual([1, 3]);
  for (const query of UPGRADE_QUERIES) {
    expect(await search(db, query), JSON.stringify(query)).toEqual(await search(reference, query));
  }
  // A single Chinese character is a prefix read, checked against the text afterwards.
  expect(before.活.length).toBeGreaterThan(0);
  expect(await ids('活')).toEqual([3]);
}

/** Opens the database by the current code (running its upgrades) and checks it reached the current version. */
async function openUpgraded(name: string): Promise<BulletinDatabase> {
  const db = new BulletinDatabase(name);
  opened.push(db);
  await db.open();
  expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  return db;
}

/** What an old index found for each term (exact) and each prefix, by term. */
async function findsOf(
  find: (term: string, prefix: boolean) => Promise<number[]>,
  terms: string[],
  prefixes: string[],
): Promise<Record<string, number[]>> {
  const found: Record<string, number[]> = {};
  for (const term of terms) found[term] = await find(term, false);
  for (const prefix of prefixes) found[prefix] = await find(prefix, true);
  return found;
}

/** A library saved by the current code: the reference an upgraded database must read the same as. */
async function referenceLibrary(): Promise<BulletinDatabase> {
  const reference = new BulletinDatabase(uniqueName());
  opened.push(reference);
  await buildLibrary(reference);
  return reference;
}

/** A fresh database declared with the stores of versions 1…n as the code of version n declared them. */
function oldDatabase(schemas: Record<string, string>[]): Dexie {
  const old = new Dexie(uniqueName());
  schemas.forEach((stores, i) => old.version(i + 1).stores(stores));
  opened.push(old);
  return old;
}

/** Writes rows read from a current library into a database opened at an older version, as its code wrote them. */
async function writeOldLibrary(
  old: Dexie,
  rows: { pages: unknown[]; articles: unknown[]; highlights: unknown[]; search: unknown[] },
): Promise<void> {
  await old.transaction('rw', old.tables, async () => {
    await old.table('pages').bulkAdd(rows.pages);
    await old.table('articles').bulkAdd(rows.articles);
    await old.table('highlights').bulkAdd(rows.highlights);
    await old.table('search').bulkAdd(rows.search);
  });
}

/** Every page reads as in the reference library: notes, highlights, tags and the star kept. */
async function expectReaderLayerKept(
  db: BulletinDatabase,
  reference: BulletinDatabase,
  pages: { id?: number }[],
): Promise<void> {
  for (const page of pages) expect(await getPage(db, page.id!)).toEqual(await getPage(reference, page.id!));
  expect((await getPage(db, 1))!.page).toMatchObject({
    note: '页面笔记 政工',
    tags: ['公安', 'work'],
    starred: 1,
  });
  expect((await getPage(db, 1))!.articles[0].note).toBe('文章笔记 铁军');
  expect((await getPage(db, 2))!.articles[0].highlights.map((h) => h.note)).toEqual(['highlight memo']);
}

describe('schema upgrade v2 → v3', () => {
  it('opens a version-2 database with notes, highlights and tags, upgrades it, finds every note and the same results', async () => {
    const reference = await referenceLibrary();

    // The same library as version-2 code wrote it: the same rows, search rows by the version-2 rule.
    const v2 = oldDatabase([SCHEMA_V1, SCHEMA_V2]);
    const name = v2.name;
    const v2Rows = (await reference.search.toArray()).map(searchRowV2);
    const [pages, articles, highlights] = await Promise.all([
      reference.pages.toArray(),
      reference.articles.toArray(),
      reference.highlights.toArray(),
    ]);
    await writeOldLibrary(v2, { pages, articles, highlights, search: v2Rows });
    expect(v2Rows.every((row) => termsBothPlainAndMarked(row).length > 0)).toBe(true);
    // What version 2 found for single-term queries: plain keys only (every head term had a plain copy).
    const v2Finds = async (term: string, prefix: boolean) => {
      const where = v2.table('search').where('terms');
      return (
        (await (prefix ? where.startsWith(term) : where.equals(term)).primaryKeys()) as number[]
      ).toSorted();
    };
    const before = await findsOf(v2Finds, ['鄂尔', '政工'], ['intell', 'memo', '活']);
    v2.close();

    const db = await openUpgraded(name);

    // Every note, highlight, tag and star is still there.
    await expectReaderLayerKept(db, reference, pages);

    // The rows were rebuilt by the new rule: each head term once, marked; fewer index entries.
    const rows = await db.search.toArray();
    expect(rows.map(termsBothPlainAndMarked)).toEqual(rows.map(() => []));
    expect(rows).toEqual(await reference.search.toArray());
    const entries = (list: SearchDocRecord[]) => list.reduce((sum, row) => sum + row.terms.length, 0);
    expect(entries(rows)).toBeLessThan(entries(v2Rows));

    // The same results as version 2's index gave, and as a library saved by the current code.
    await expectSameResults(db, reference, before);
  });
});

describe('schema upgrade v3 → v4', () => {
  it('opens a version-3 database with notes, highlights, tags, a star and a shared story, upgrades it, finds every note and the same results', async () => {
    const reference = await referenceLibrary();

    // The same library as version-3 code wrote it: the same rows, every search row indexed (no pending field).
    const v3 = oldDatabase([SCHEMA_V1, SCHEMA_V2, SCHEMA_V3]);
    const name = v3.name;
    const [pages, articles, highlights, v3Rows] = await Promise.all([
      reference.pages.toArray(),
      reference.articles.toArray(),
      reference.highlights.toArray(),
      reference.search.toArray(),
    ]);
    expect(
      v3Rows.every((row) => row.terms.length > 0 && !('pending' in row) && !('pendingTerms' in row)),
    ).toBe(true);
    await writeOldLibrary(v3, { pages, articles, highlights, search: v3Rows });
    // What version 3 found: each term's plain and marked key lists, as its search read them.
    const v3Finds = async (term: string, prefix: boolean) => {
      const where = () => v3.table('search').where('terms');
      const read = async (t: string) =>
        (await (prefix ? where().startsWith(t) : where().equals(t)).primaryKeys()) as number[];
      return [...new Set([...(await read(term)), ...(await read(HEAD_TERM_MARK + term))])].toSorted();
    };
    const before = await findsOf(v3Finds, ['鄂尔', '政工', '铁军'], ['intell', 'memo', '活']);
    v3.close();

    const db = await openUpgraded(name);
    expect(CURRENT_SCHEMA_VERSION).toBe(4);

    // Every note, highlight, tag and star is still there.
    await expectReaderLayerKept(db, reference, pages);
    expect((await getPage(db, 3))!.articles[1].alsoOn.map((p) => p.pageId)).toEqual([1]);

    // The rows are kept as they were: indexed, none pending, the new index empty.
    expect(await db.search.toArray()).toEqual(v3Rows);
    expect(await db.search.where('pending').equals(1).count()).toBe(0);

    // The same results as version 3's index gave, and as a library saved by the current code.
    await expectSameResults(db, reference, before);
    const ids = async (text: string) =>
      (await search(db, { text }, { limit: 200 })).items.map((i) => i.id).toSorted();

    // A save after the upgrade writes its row pending, found at once and indexed behind it.
    const { pageId } = await save(
      db,
      makeBulletin('https://paper.example.cn/4', [makeArticle('乌兰察布', ['正文。'])]),
      {
        note: '升级后的笔记',
      },
    );
    expect(await ids('升级后')).toEqual([pageId]);
    await whenIndexed(db);
    expect(await db.search.where('pending').equals(1).count()).toBe(0);
    expect(await ids('乌兰察布')).toEqual([pageId]);
  });
});
