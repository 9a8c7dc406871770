import { Dexie } from 'dexie';
import { afterEach, beforeAll, afterAll, describe, expect, it, vi } from 'vitest';
import { BulletinDatabase } from '../../lib/store/database';
import { deletePages } from '../../lib/store/delete';
import { exportJson } from '../../lib/store/export-json';
import { importJson } from '../../lib/store/import-json';
import { indexPending, pendingRow, whenIndexed } from '../../lib/store/indexing';
import { addHighlight, updateArticleNote, updateNote } from '../../lib/store/reader';
import { save, saveMany } from '../../lib/store/save';
import { search, type SearchPaging, type SearchQuery } from '../../lib/store/search';
import { rebuildSearchIndex } from '../../lib/store/search-index';
import type { SearchDocRecord } from '../../lib/store/schema';
import { closeAll, freshDb, makeArticle, makeBulletin, PATENTS, POLICE, READING } from './store-fixtures';

/** A fresh database, open, its opening's indexing run done: a save's own indexing then runs after it resolves. */
async function openedDb(): Promise<BulletinDatabase> {
  const db = freshDb();
  await db.open();
  await whenIndexed(db);
  return db;
}

const pendingCount = (db: BulletinDatabase) => db.search.where('pending').equals(1).count();

/** Rewrites every row (or those `which` picks) in the form a save leaves it: terms kept aside, pending. */
async function markPending(db: BulletinDatabase, which: (row: SearchDocRecord, i: number) => boolean) {
  const rows = await db.search.toArray();
  await db.search.bulkPut(rows.filter(which).map(pendingRow));
}

describe('search over pending rows equals search over the same rows indexed', () => {
  let db: BulletinDatabase;

  // The libraries of the search tests in one: the four pages with tags, star and dates; 235 pages whose bigrams
  // of 知识产权 outnumber the pages holding it (checked page by page); 360 pages in a date range larger than a
  // full-text scan takes.
  beforeAll(async () => {
    db = freshDb();
    await save(db, makeBulletin('https://gaj.example.cn/1', [POLICE], { publishedAt: '2024-04-03' }), {
      tags: ['公安', 'work'],
      starred: true,
      articleNotes: { [POLICE.id]: '文章笔记 铁军' },
    });
    await save(
      db,
      makeBulletin('https://court.example.com/2', [PATENTS], { publishedAt: '2024-05-10', lang: 'en' }),
      {
        tags: ['ip', 'work'],
        highlights: [
          {
            articleId: PATENTS.id,
            paragraph: 1,
            offset: 0,
            text: '知识产权保护工作',
            note: 'highlight memo',
          },
        ],
      },
    );
    await save(db, makeBulletin('https://gaj.example.cn/3', [READING], { publishedAt: '2023-12-01' }), {
      tags: ['culture'],
    });
    const decoy = makeArticle('措施并举无关文章', ['多项措施并且举办活动,鄂尔和多斯。'], { id: 'decoy' });
    await save(db, makeBulletin('https://other.example.org/4', [decoy], { publishedAt: '2024-01-15' }));
    const many = Array.from({ length: 235 }, (_, i) => {
      const text = i % 9 === 4 ? `第${i}期:加强知识产权保护。` : `第${i}期:知识丰富,识产权益,产权清晰。`;
      const article = makeArticle(`简报第${i}篇`, [text], { id: `a${i}` });
      const publishedAt = `2024-01-${String((i % 28) + 1).padStart(2, '0')}`;
      return { bulletin: makeBulletin(`https://many.example.cn/${i}`, [article], { publishedAt }) };
    });
    const range = Array.from({ length: 360 }, (_, i) => {
      const date = `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
      const article = makeArticle(
        `第${i}期 工作简报`,
        [`${i % 7 === 3 ? '罕见词语出现。' : '普通内容。'}本期工作简报。`, '只在正文里的句子。'],
        { id: `p${i}` },
        1,
      );
      return { bulletin: makeBulletin(`https://range.example.cn/${i}`, [article], { publishedAt: date }) };
    });
    await saveMany(db, [...many, ...range]);
    await whenIndexed(db);
  }, 60_000);
  afterAll(closeAll);

  const range = { from: '2023-02-01', to: '2023-12-31' };
  // Every query kind and filter of the search tests: Chinese of 1, 2 and 3+ characters, English prefixes and
  // letters, several tokens, no match, notes and highlights, each filter alone and with text, full-text scans,
  // both orders, and a date range larger than a full-text scan.
  const QUERIES: SearchQuery[] = [
    ...['知识产权', '鄂尔多斯', '政工', '多措并举', '公安铁军', '呼和浩特', '措并举', '鄂尔多'].map(
      (text) => ({ text }),
    ),
    ...['intellectual', 'Intell', 'TRIBUN', 'memo', 'a', '活', '笔记', '不存在的词', 'zzzq'].map((text) => ({
      text,
    })),
    { text: 'property 知识产权' },
    { text: 'property 公安' },
    { site: 'gaj.example.cn' },
    { tags: ['work'] },
    { tags: ['work', '公安'] },
    { from: '2024-01-01', to: '2024-04-30' },
    { from: '2024-04-04' },
    { to: '2023-12-31' },
    { starred: true },
    { starred: false },
    { starred: false, site: 'gaj.example.cn' },
    { starred: false, tags: ['work'] },
    { starred: false, text: '公安' },
    { starred: false, site: ['court.example.com', 'other.example.org'] },
    { text: '公安', site: 'court.example.com' },
    { text: '活动', site: 'gaj.example.cn' },
    { text: '活动', tags: ['work'] },
    { text: '余名居民' },
    { text: '余名居民', site: 'gaj.example.cn' },
    {},
    { text: '活动', sort: 'date' },
    { text: '活动', sort: 'relevance' },
    { text: '知识产权', sort: 'relevance' },
    { text: '知识产权', sort: 'date' },
    { text: '罕见', ...range, sort: 'date' },
    { text: '罕见', ...range },
    { text: '工作', ...range, sort: 'date' },
    { text: '工作', ...range },
    { text: '正文', ...range },
    { text: '简报', site: 'many.example.cn', sort: 'date' },
  ];
  const PAGINGS: SearchPaging[] = [
    {},
    { offset: 0, limit: 3 },
    { offset: 3, limit: 3 },
    { offset: 10, limit: 10 },
  ];

  async function everyResult() {
    const out: unknown[] = [];
    for (const query of QUERIES)
      for (const paging of PAGINGS) out.push({ query, paging, result: await search(db, query, paging) });
    return out;
  }

  it('gives the same results, totals, scores and snippets with every row pending, some, or none', async () => {
    const indexed = await everyResult();
    expect(await pendingCount(db)).toBe(0);

    await markPending(db, () => true);
    expect(await pendingCount(db)).toBe(599);
    expect(await db.search.where('terms').equals('鄂尔').count()).toBe(0);
    const allPending = await everyResult();

    expect(await indexPending(db)).toBe(599);
    expect(await pendingCount(db)).toBe(0);
    const afterIndexing = await everyResult();
    expect(allPending).toEqual(afterIndexing);
    expect(afterIndexing).toEqual(indexed);

    await markPending(db, (_, i) => i % 2 === 1);
    expect(await pendingCount(db)).toBe(299);
    expect(await everyResult()).toEqual(indexed);
    await indexPending(db);
  }, 120_000);

  it('gives the same results while indexPending commits between searches', async () => {
    await markPending(db, () => true);
    const results = QUERIES.map((query) => search(db, query, { limit: 10 }));
    const indexing = indexPending(db);
    const expected = [];
    for (const [i, result] of (await Promise.all(results)).entries()) {
      expected.push(await search(db, QUERIES[i], { limit: 10 }));
      expect(result, JSON.stringify(QUERIES[i])).toEqual(expected[i]);
    }
    expect(await indexing).toBe(599);
  }, 60_000);
});

describe('write-behind indexing', () => {
  afterEach(closeAll);

  it('a save resolves with its search row pending, and the page is found at once', async () => {
    const db = await openedDb();
    const { pageId } = await save(db, makeBulletin('https://gaj.example.cn/1', [POLICE, PATENTS]));
    const row = (await db.search.get(pageId))!;
    expect(row).toMatchObject({ pageId, terms: [], pending: 1 });
    expect(row.pendingTerms!.length).toBeGreaterThan(20);
    for (const text of ['鄂尔多斯', 'intell', '知识产权', '政工'])
      expect(
        (await search(db, { text })).items.map((i) => i.id),
        text,
      ).toEqual([pageId]);

    await whenIndexed(db);
    const indexed = (await db.search.get(pageId))!;
    expect(indexed).toEqual({ pageId, terms: row.pendingTerms, head: row.head, body: row.body });
    expect(await db.search.where('terms').equals('鄂尔').primaryKeys()).toEqual([pageId]);
    expect(await db.search.where('terms').equals('^铁军').primaryKeys()).toEqual([pageId]);
    expect((await search(db, { text: '鄂尔多斯' })).items.map((i) => i.id)).toEqual([pageId]);
  });

  it('a page deleted before its row is indexed leaves no row and no hit', async () => {
    const db = await openedDb();
    const keep = await save(db, makeBulletin('https://gaj.example.cn/1', [POLICE]));
    const gone = await save(db, makeBulletin('https://gaj.example.cn/2', [READING]));
    await deletePages(db, [gone.pageId]);
    expect((await search(db, { text: '读书活动' })).total).toBe(0);
    await whenIndexed(db);
    expect(await db.search.toCollection().primaryKeys()).toEqual([keep.pageId]);
    expect(await pendingCount(db)).toBe(0);
    expect((await search(db, { text: '读书活动' })).total).toBe(0);
    expect((await search(db, { text: '鄂尔多斯' })).total).toBe(1);
  });

  it('a page resaved before its row is indexed is indexed with its latest text only', async () => {
    const db = await openedDb();
    const first = await save(db, makeBulletin('https://gaj.example.cn/1', [POLICE]));
    const again = await save(db, makeBulletin('https://gaj.example.cn/1', [READING]));
    expect(again.pageId).toBe(first.pageId);
    const found = async (text: string) => (await search(db, { text })).items.map((i) => i.id);
    expect(await found('鄂尔多斯')).toEqual([]);
    expect(await found('呼和浩特')).toEqual([first.pageId]);
    await whenIndexed(db);
    expect(await found('鄂尔多斯')).toEqual([]);
    expect(await found('呼和浩特')).toEqual([first.pageId]);
    const written = await db.search.toArray();
    await rebuildSearchIndex(db);
    expect(await db.search.toArray()).toEqual(written);
  });

  it('notes, highlights and a story shared by two sites rewrite rows pending, found before and after indexing', async () => {
    const db = await openedDb();
    const shared = makeArticle('鄂尔多斯召开现场会', ['全区公安机关政工部门在鄂尔多斯召开现场会。']);
    const a = await save(db, makeBulletin('https://gaj.example.cn/1', [POLICE, shared]));
    const b = await save(db, makeBulletin('https://court.example.com/2', [PATENTS, shared]));
    const [sharedKey] = a.articleKeys.slice(1);
    await updateNote(db, a.pageId, 'zebra crossing');
    await updateArticleNote(db, sharedKey, 'xylophone lesson');
    await addHighlight(db, {
      articleKey: b.articleKeys[0],
      paragraph: 0,
      offset: 0,
      text: 'quokka sighting',
    });
    const found = async (text: string) =>
      (await search(db, { text })).items.map((i) => i.id).toSorted((x, y) => x - y);
    const expectations: [string, number[]][] = [
      ['zebra', [a.pageId]],
      ['xylophone', [a.pageId, b.pageId]],
      ['quokka', [b.pageId]],
      ['现场会', [a.pageId, b.pageId]],
    ];
    for (const [text, ids] of expectations) expect(await found(text), text).toEqual(ids);
    await whenIndexed(db);
    expect(await pendingCount(db)).toBe(0);
    for (const [text, ids] of expectations) expect(await found(text), text).toEqual(ids);
  });

  it('two saves of the same page at once give one record, one row, and both notes found', async () => {
    const name = `store-pending-race-${Date.now()}`;
    // Two connections to one database, as two tabs (or a tab and the background) have.
    const [one, two] = [new BulletinDatabase(name), new BulletinDatabase(name)];
    try {
      await Promise.all([
        save(one, makeBulletin('https://gaj.example.cn/1', [POLICE]), { note: 'walrus from tab one' }),
        save(two, makeBulletin('https://gaj.example.cn/1', [POLICE]), { note: 'narwhal from tab two' }),
      ]);
      for (const text of ['walrus', 'narwhal', '鄂尔多斯'])
        expect((await search(one, { text })).total).toBe(1);
      await Promise.all([whenIndexed(one), whenIndexed(two)]);
      const pages = await one.pages.toArray();
      expect(pages).toHaveLength(1);
      expect(pages[0].note).toContain('walrus from tab one');
      expect(pages[0].note).toContain('narwhal from tab two');
      expect(await one.search.count()).toBe(1);
      expect(await pendingCount(one)).toBe(0);
      for (const text of ['walrus', 'narwhal', '鄂尔多斯']) {
        const { items } = await search(two, { text });
        expect(
          items.map((i) => i.id),
          text,
        ).toEqual([pages[0].id]);
      }
    } finally {
      one.close();
      two.close();
      await Dexie.delete(name);
    }
  });

  it('coalesces the indexing of saves made at once into few runs, all rows indexed', async () => {
    const db = await openedDb();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        save(
          db,
          makeBulletin(`https://many.example.cn/${i}`, [makeArticle(`第${i}篇 报道`, [`正文${i}。`])]),
        ),
      ),
    );
    await whenIndexed(db);
    expect(await pendingCount(db)).toBe(0);
    expect((await db.search.toArray()).every((row) => row.terms.length > 0)).toBe(true);
    expect((await search(db, { text: '报道' })).total).toBe(results.length);
  });

  it('a failed indexing run is logged, never unhandled; the rows stay pending and searchable, and are indexed later', async () => {
    const db = await openedDb();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      // Only the indexing transaction (over the search store alone) fails.
      if (!this.transaction.objectStoreNames.contains('pages'))
        throw new DOMException('disk', 'UnknownError');
      return original.apply(this, args);
    };
    try {
      const { pageId } = await save(db, makeBulletin('https://gaj.example.cn/1', [POLICE]));
      await whenIndexed(db);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(await pendingCount(db)).toBe(1);
      expect((await search(db, { text: '鄂尔多斯' })).items.map((i) => i.id)).toEqual([pageId]);
    } finally {
      IDBObjectStore.prototype.put = original;
      errors.mockRestore();
    }
    await save(db, makeBulletin('https://court.example.com/2', [PATENTS]));
    await whenIndexed(db);
    expect(await pendingCount(db)).toBe(0);
    expect((await search(db, { text: '鄂尔多斯' })).total).toBe(1);
  });

  it('opening the database indexes rows a closed page left pending', async () => {
    const db = await openedDb();
    const { pageId } = await save(db, makeBulletin('https://gaj.example.cn/1', [POLICE]));
    db.close(); // before its indexing ran, as a popup closing right after a save
    const raw = new Dexie(db.name);
    await raw.open();
    expect(await raw.table('search').where('pending').equals(1).primaryKeys()).toEqual([pageId]);
    raw.close();

    const again = new BulletinDatabase(db.name);
    try {
      await again.open();
      await whenIndexed(again);
      expect(await pendingCount(again)).toBe(0);
      expect(await again.search.where('terms').equals('鄂尔').primaryKeys()).toEqual([pageId]);
    } finally {
      again.close();
      await Dexie.delete(db.name);
    }
  });

  it('an export holds no search rows, pending or not; an import writes them indexed', async () => {
    const db = await openedDb();
    await save(db, makeBulletin('https://gaj.example.cn/1', [POLICE]), { note: 'pending when exported' });
    expect(await pendingCount(db)).toBe(1);
    const file = await exportJson(db);
    const tables = (JSON.parse(await file.text()) as { data: { data: { tableName: string }[] } }).data.data;
    expect(tables.map((t) => t.tableName).toSorted()).toEqual(['articles', 'highlights', 'pages']);
    const target = await openedDb();
    await importJson(target, file);
    expect(await pendingCount(target)).toBe(0);
    await whenIndexed(db);
    expect(await target.search.toArray()).toEqual(await db.search.toArray());
    expect(await search(target, { text: 'pending' })).toEqual(await search(db, { text: 'pending' }));
  });
});
