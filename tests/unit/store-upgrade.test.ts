import { Dexie } from 'dexie';
import { exportDB } from 'dexie-export-import';
import { afterEach, describe, expect, it } from 'vitest';
import { BulletinDatabase } from '../../lib/store/database';
import { importJson } from '../../lib/store/import-json';
import { getPage } from '../../lib/store/reader';
import { SCHEMA_V1, type ArticleRecordV1, type PageRecord } from '../../lib/store/schema';
import { search } from '../../lib/store/search';
import { splitHighlightsV1 } from '../../lib/store/upgrade';
import { makeArticle } from './store-fixtures';

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
    const db = new BulletinDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
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
