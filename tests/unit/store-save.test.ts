import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageFullError } from '../../lib/store/errors';
import {
  addHighlight,
  getPage,
  listRecent,
  listTags,
  setStar,
  setTags,
  updateArticleNote,
  updateNote,
} from '../../lib/store/reader';
import { deletePages, restorePages } from '../../lib/store/delete';
import { whenIndexed } from '../../lib/store/indexing';
import { save, saveMany } from '../../lib/store/save';
import { search } from '../../lib/store/search';
import { canonicalUrlKey } from '../../lib/store/keys';
import { rebuildSearchIndex } from '../../lib/store/search-index';
import { closeAll, freshDb, makeArticle, makeBulletin, PATENTS, POLICE, READING } from './store-fixtures';

afterEach(closeAll);

async function snapshot(db: ReturnType<typeof freshDb>) {
  await whenIndexed(db); // the search rows saves left pending, indexed
  return {
    pages: await db.pages.toArray(),
    articles: await db.articles.toArray(),
    highlights: await db.highlights.toArray(),
    search: await db.search.toArray(),
  };
}

describe('canonical URL key', () => {
  it.each([
    ['https://www.example.org/a/b/?utm_source=x&id=2&from=timeline#top', 'example.org/a/b?id=2'],
    ['http://example.org:80/a/b?id=2', 'example.org/a/b?id=2'],
    ['https://Example.org/?b=2&a=1', 'example.org?a=1&b=2'],
  ])('%s → %s', (url, key) => expect(canonicalUrlKey(url)).toBe(key));
});

describe('save', () => {
  it('is idempotent per canonical URL and keeps notes, tags, highlights and star on resave', async () => {
    const db = freshDb();
    const first = await save(
      db,
      makeBulletin('https://paper.example.cn/p1.html?utm_source=a', [POLICE, READING]),
      {
        note: 'page note',
        tags: ['#公安', 'Work Notes'],
        starred: true,
        articleNotes: { [POLICE.id]: 'article note' },
        highlights: [
          { articleId: POLICE.id, paragraph: 1, offset: 0, text: POLICE.sections[0].paragraphs[1] },
        ],
      },
    );
    expect(first.created).toBe(true);
    const before = (await db.pages.get(first.pageId))!;
    await new Promise((r) => setTimeout(r, 5));

    const changedPolice = {
      ...POLICE,
      sections: [{ paragraphs: [...POLICE.sections[0].paragraphs, '新增一段。'] }],
    };
    const again = await save(
      db,
      makeBulletin('https://paper.example.cn/p1.html', [changedPolice, READING], { title: 'New title' }),
    );
    expect(again).toMatchObject({ pageId: first.pageId, created: false });
    expect(await db.pages.count()).toBe(1);

    const view = (await getPage(db, first.pageId))!;
    expect(view.page.title).toBe('New title');
    expect(view.page.note).toBe('page note');
    expect(view.page.tags).toEqual(['公安', 'work-notes']);
    expect(view.page.starred).toBe(1);
    expect(view.page.savedAt).toBe(before.savedAt);
    expect(view.page.updatedAt).toBeGreaterThan(before.updatedAt);
    expect(view.articles[0].note).toBe('article note');
    expect(view.articles[0].article.sections[0].paragraphs).toHaveLength(3);
    expect(view.articles[0].highlights.map((h) => h.text)).toEqual([POLICE.sections[0].paragraphs[1]]);
  });

  it('keeps a note on a story that left the page on a resave (as a detached article)', async () => {
    const db = freshDb();
    const { pageId } = await save(db, makeBulletin('https://a.example/p', [POLICE, READING]), {
      articleNotes: { [READING.id]: 'keep me' },
    });
    const other = makeArticle('全新报道', ['完全不同的导语。']);
    await save(db, makeBulletin('https://a.example/p', [POLICE, other]));
    const view = (await getPage(db, pageId))!;
    expect(view.articles.map((a) => a.article.headline)).toEqual([POLICE.headline, '全新报道']);
    expect(view.detached.map((a) => a.note)).toEqual(['keep me']);
  });

  it('moves a note to the same story when its lead was edited', async () => {
    const db = freshDb();
    const { pageId } = await save(db, makeBulletin('https://a.example/p', [READING]), {
      articleNotes: { [READING.id]: 'n1' },
    });
    const edited = { ...READING, sections: [{ paragraphs: ['呼和浩特讯 读书活动现场气氛非常热烈。'] }] };
    await save(db, makeBulletin('https://a.example/p', [edited]));
    const view = (await getPage(db, pageId))!;
    expect(view.articles[0].note).toBe('n1');
    expect(view.detached).toEqual([]);
    expect(await db.articles.count()).toBe(1);
  });

  it('links the same story saved from two sites instead of duplicating it', async () => {
    const db = freshDb();
    const copy = { ...POLICE, id: 'other-id', headline: '激发内生动力  锻造公安铁军!' };
    const a = await save(db, makeBulletin('https://site-a.example/1', [POLICE, READING]), {
      articleNotes: { [POLICE.id]: 'from A' },
    });
    const b = await save(db, makeBulletin('https://site-b.example/9', [copy]));
    expect(b.linkedPageIds).toEqual([a.pageId]);
    expect(await db.articles.count()).toBe(2);
    const view = (await getPage(db, b.pageId))!;
    expect(view.articles[0].note).toBe('from A');
    expect(view.articles[0].alsoOn).toMatchObject([{ pageId: a.pageId, site: 'site-a.example' }]);
    // Deleting one page keeps the story for the other.
    await deletePages(db, [a.pageId]);
    expect(await db.articles.count()).toBe(1);
    expect((await getPage(db, b.pageId))!.articles[0].pageIds).toEqual([b.pageId]);
  });

  it('two saves of the same page at once give one record with both notes', async () => {
    const db = freshDb();
    const page = makeBulletin('https://a.example/race', [POLICE]);
    await Promise.all([
      save(db, page, { note: 'note from tab one', tags: ['a'], articleNotes: { [POLICE.id]: 'x' } }),
      save(db, page, { note: 'note from tab two', tags: ['b'], articleNotes: { [POLICE.id]: 'y' } }),
    ]);
    const pages = await db.pages.toArray();
    expect(pages).toHaveLength(1);
    expect(pages[0].note).toContain('note from tab one');
    expect(pages[0].note).toContain('note from tab two');
    expect(pages[0].tags.toSorted()).toEqual(['a', 'b']);
    const [article] = await db.articles.toArray();
    expect(article.note).toContain('x');
    expect(article.note).toContain('y');
  });

  it('a quota error surfaces as StorageFullError with nothing half-written', async () => {
    const db = freshDb();
    await save(db, makeBulletin('https://a.example/1', [READING]), { note: 'existing' });
    const before = await snapshot(db);
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      // Fail a write in the middle of the save (after the page row went in).
      if (this.name === 'search' && ++calls === 1) throw new DOMException('quota', 'QuotaExceededError');
      return original.apply(this, args);
    };
    try {
      await expect(
        save(db, makeBulletin('https://a.example/2', [POLICE, PATENTS]), { note: 'new' }),
      ).rejects.toBeInstanceOf(StorageFullError);
      await expect(
        save(db, makeBulletin('https://a.example/1', [READING, POLICE]), { note: 'more' }),
      ).resolves.toBeTruthy();
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(calls).toBe(2);
    const after = await snapshot(db);
    expect(after.pages.map((p) => p.urlKey)).toEqual(before.pages.map((p) => p.urlKey));
    expect(after.pages[0].note).toBe('existing\n\nmore');
    expect(after.articles.map((a) => a.key).toSorted()).toHaveLength(2);
  });

  it('a quota error wrapped by Dexie (transaction abort) is typed too, and the library is unchanged', async () => {
    const db = freshDb();
    await save(db, makeBulletin('https://a.example/1', [READING]), { note: 'existing' });
    const before = await snapshot(db);
    const original = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      // How a browser reports a full disk at commit: the transaction aborts with a QuotaExceededError
      // (fake-indexeddb's internal abort-with-error, the path its own quota-free store never takes).
      const request = original.apply(this, args);
      // oxlint-disable-next-line no-underscore-dangle -- fake-indexeddb's abort-with-error has no public form
      const abortWith = (this.transaction as unknown as { _abort(name: string): void })._abort;
      if (this.name === 'pages') abortWith.call(this.transaction, 'QuotaExceededError');
      return request;
    };
    try {
      await expect(save(db, makeBulletin('https://a.example/2', [POLICE]))).rejects.toBeInstanceOf(
        StorageFullError,
      );
    } finally {
      IDBObjectStore.prototype.add = original;
    }
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('reader layer', () => {
  it('edits note, tags, star, article note and highlights, and they are searchable', async () => {
    const db = freshDb();
    const { pageId, articleKeys } = await save(db, makeBulletin('https://a.example/1', [READING]));
    await updateNote(db, pageId, '值得再读 quarterly review');
    await setTags(db, pageId, ['Reading', '社区']);
    await setStar(db, pageId, true);
    await updateArticleNote(db, articleKeys[0], '图书馆员');
    const hid = await addHighlight(db, {
      articleKey: articleKeys[0],
      paragraph: 1,
      offset: 0,
      text: '活动共吸引300余名居民参加。',
    });
    expect(
      await addHighlight(db, {
        articleKey: articleKeys[0],
        paragraph: 1,
        offset: 0,
        text: '活动共吸引300余名居民参加。',
      }),
    ).toBe(hid);
    const view = (await getPage(db, pageId))!;
    expect(view.page).toMatchObject({
      note: '值得再读 quarterly review',
      tags: ['reading', '社区'],
      starred: 1,
    });
    expect(view.articles[0].note).toBe('图书馆员');
    expect(view.articles[0].highlights).toHaveLength(1);
    for (const text of ['再读', 'quarter', '图书馆', '社区'])
      expect((await search(db, { text })).total, text).toBe(1);
    expect(await listTags(db)).toEqual([
      { tag: 'reading', count: 1 },
      { tag: '社区', count: 1 },
    ]);
    expect((await listRecent(db, 5)).map((p) => p.id)).toEqual([pageId]);
  });

  it('delete with undo gives back every row', async () => {
    const db = freshDb();
    const a = await save(db, makeBulletin('https://a.example/1', [POLICE, READING]), {
      note: 'n',
      highlights: [{ articleId: READING.id, paragraph: 0, offset: 0, text: 'x' }],
    });
    await save(db, makeBulletin('https://b.example/2', [POLICE]));
    const before = await snapshot(db);
    const undo = await deletePages(db, [a.pageId]);
    expect(await db.pages.count()).toBe(1);
    expect(await db.highlights.count()).toBe(0);
    expect((await search(db, { text: '读书' })).total).toBe(0);
    await restorePages(db, undo);
    const after = await snapshot(db);
    expect(after.pages).toEqual(before.pages);
    expect(after.highlights).toEqual(before.highlights);
    expect(after.articles.toSorted((x, y) => (x.key < y.key ? -1 : 1))).toEqual(
      before.articles
        .map((r) => ({ ...r, pageIds: r.pageIds.toSorted() }))
        .toSorted((x, y) => (x.key < y.key ? -1 : 1)),
    );
    expect((await search(db, { text: '读书' })).total).toBe(1);
  });
});

describe('saveMany', () => {
  it('saves a batch in one transaction with the same results as single saves, resaves included', async () => {
    const db = freshDb();
    const results = await saveMany(db, [
      { bulletin: makeBulletin('https://gaj.example.cn/1', [POLICE]), layer: { note: 'first' } },
      { bulletin: makeBulletin('https://court.example.com/2', [PATENTS]) },
      {
        bulletin: makeBulletin('https://gaj.example.cn/1', [POLICE]),
        layer: { note: 'second', tags: ['x'] },
      },
    ]);
    expect(results.map((r) => r.created)).toEqual([true, true, false]);
    expect(results[2].pageId).toBe(results[0].pageId);
    expect(await db.pages.count()).toBe(2);
    const page = await db.pages.get(results[0].pageId);
    expect(page?.note).toContain('first');
    expect(page?.note).toContain('second');
    expect(page?.tags).toEqual(['x']);
    expect((await search(db, { text: '鄂尔多斯' })).items.map((i) => i.id)).toEqual([results[0].pageId]);
  });
});

describe('search rows written by save', () => {
  it('are the rows a rebuild from the stored records gives (fields analysed ahead match the records)', async () => {
    const db = freshDb();
    const shared = makeArticle('鄂尔多斯召开现场会', ['全区公安机关政工部门在鄂尔多斯召开现场会。']);
    await save(db, makeBulletin('https://gaj.example.cn/1', [POLICE, shared]), {
      note: 'page note',
      tags: ['公安'],
      articleNotes: { [POLICE.id]: '文章笔记' },
      highlights: [{ articleId: POLICE.id, paragraph: 0, offset: 0, text: '多措并举', note: 'memo' }],
    });
    await save(db, makeBulletin('https://court.example.com/2', [PATENTS, shared], { lang: 'en' }));
    // A resave with a changed story list: a detached story with a note, a story linked from another page.
    await save(db, makeBulletin('https://gaj.example.cn/1', [READING, shared]), { note: 'again' });
    await whenIndexed(db);
    const written = await db.search.toArray();
    expect(written).toHaveLength(2);
    await rebuildSearchIndex(db);
    expect(await db.search.toArray()).toEqual(written);
  });
});

describe('the database', () => {
  it('records no written keys for liveQuery (unused): a save announces no storage mutation', async () => {
    const db = freshDb();
    await db.open(); // creating the database announces its tables as changed: not a write of the library
    const announced: unknown[] = [];
    const listener = (parts: unknown) => void announced.push(parts);
    Dexie.on('storagemutated', listener);
    try {
      await save(db, makeBulletin('https://gaj.example.cn/1', [POLICE]), { note: 'n', tags: ['公安'] });
      await saveMany(db, [{ bulletin: makeBulletin('https://court.example.com/2', [PATENTS]) }]);
    } finally {
      Dexie.on('storagemutated').unsubscribe(listener);
    }
    expect(announced).toEqual([]);
    expect((await search(db, { text: '鄂尔多斯' })).total).toBe(1);
  });
});
