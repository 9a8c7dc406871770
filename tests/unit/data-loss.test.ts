// No data lost, on fake-indexeddb: a save cut off at any write leaves the library as it was; two tabs saving
// one page at once keep both notes; a full disk gives a typed error and no half-written rows; a version-1
// library full of notes survives the upgrade (even an upgrade that is itself cut off); an export taken
// before the upgrade imports after it.
// Faults are injected at the IndexedDB level (IDBObjectStore writes), below Dexie, where a closing popup or
// a full disk strikes in a browser.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, Bulletin } from '../../lib/model';
import { BulletinDatabase } from '../../lib/store/database';
import { StorageFullError } from '../../lib/store/errors';
import { exportJson } from '../../lib/store/export-json';
import { importJson } from '../../lib/store/import-json';
import { whenIndexed } from '../../lib/store/indexing';
import { articleDedupeKey, canonicalUrlKey } from '../../lib/store/keys';
import { save } from '../../lib/store/save';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1,
  type ArticleRecordV1,
  type PageRecord,
} from '../../lib/store/schema';

// ── fixtures ──

function article(n: number, page = 0): Article {
  return {
    id: `p${page}-a${n}`,
    headline: `Page ${page} story ${n}: the river road reopens`,
    authors: ['Jane Doe'],
    sections: [
      {
        paragraphs: [
          `Story ${n} of page ${page} begins here with a lead sentence about the road.`,
          'A second paragraph adds detail, with 1,200 square metres of new surface.',
        ],
      },
    ],
    figures: [],
    summary: { sentences: [], facts: [], keywords: [] },
  };
}

function bulletin(page = 0, articles = 3): Bulletin {
  const url = `https://news.example.org/2024/03/15/page-${page}.html`;
  return {
    url,
    canonicalUrl: url,
    title: `Edition page ${page}`,
    lang: 'en',
    publishedAt: '2024-03-15',
    detection: { kind: 'bulletin', score: 0.9, signals: ['test'] },
    articles: Array.from({ length: articles }, (_, i) => article(i + 1, page)),
    contentHash: `hash-${page}`,
  };
}

let databaseCount = 0;
const openDatabases: Dexie[] = [];

function freshName(): string {
  return `data-loss-${++databaseCount}`;
}

function openDb(name: string): BulletinDatabase {
  const db = new BulletinDatabase(name);
  openDatabases.push(db);
  return db;
}

/**
 * Every row of every table, in key order: the whole observable state of a library, once the search rows its
 * saves wrote pending are indexed (that follows each save in a transaction of its own).
 */
async function snapshot(db: Dexie): Promise<Record<string, unknown[]>> {
  if (db instanceof BulletinDatabase) await whenIndexed(db);
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

// ── fault injection below Dexie ──

type WriteMethod = 'put' | 'add' | 'delete' | 'clear';
const WRITE_METHODS: WriteMethod[] = ['put', 'add', 'delete', 'clear'];
type Fault = 'abort' | 'quota';

interface StoreLike {
  name: string;
  transaction: IDBTransaction & {
    objectStoreNames: DOMStringList;
    _execRequestAsync(request: { operation: () => unknown; source: unknown }): IDBRequest;
  };
}

/**
 * Counts the IndexedDB writes of library transactions (those over the pages store: saves, upgrades; not the
 * search indexing that follows a save in a transaction of its own) and makes the `failAt`-th one fail. `abort`: the browser aborts the transaction,
 * as it does when the popup that opened it closes. `quota`: the write request fails asynchronously with
 * QuotaExceededError, which is how a browser reports a full disk (the transaction then aborts).
 */
function injectWriteFault(fault: Fault, failAt: number): { writes: () => number; restore: () => void } {
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: Record<WriteMethod, unknown> } })
    .IDBObjectStore.prototype;
  const originals = Object.fromEntries(WRITE_METHODS.map((m) => [m, proto[m]])) as Record<
    WriteMethod,
    (...args: unknown[]) => IDBRequest
  >;
  let writes = 0;
  for (const method of WRITE_METHODS) {
    proto[method] = function (this: StoreLike, ...args: unknown[]) {
      if (!this.transaction.objectStoreNames.contains('pages')) return originals[method].apply(this, args);
      writes++;
      if (writes === failAt) {
        if (fault === 'abort') {
          this.transaction.abort();
        } else {
          // fake-indexeddb's own request machinery, so the failure arrives like a browser's: as an error
          // event on the request, after which the transaction aborts.
          return this.transaction._execRequestAsync({
            operation: () => {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            },
            source: this,
          });
        }
      }
      return originals[method].apply(this, args);
    };
  }
  return {
    writes: () => writes,
    restore: () => WRITE_METHODS.forEach((m) => (proto[m] = originals[m])),
  };
}

let restoreFault: (() => void) | undefined;
afterEach(async () => {
  restoreFault?.();
  restoreFault = undefined;
  const dbs = openDatabases.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

/** How many IndexedDB writes an undisturbed run of `action` makes. */
async function countWrites(action: () => Promise<unknown>): Promise<number> {
  const counter = injectWriteFault('abort', Number.POSITIVE_INFINITY);
  try {
    await action();
  } finally {
    counter.restore();
  }
  return counter.writes();
}

/** Drops the times a save stamps, so two saves of the same input compare equal. */
function withoutTimes(state: Record<string, unknown[]>): unknown {
  return JSON.parse(
    JSON.stringify(state, (key, value) =>
      ['savedAt', 'updatedAt', 'createdAt', 'editionDate'].includes(key) ? undefined : value,
    ),
  );
}

/** A library that already holds one page with the reader's notes, tags and a star. */
async function libraryWithNotes(name: string): Promise<BulletinDatabase> {
  const db = openDb(name);
  await save(db, bulletin(1), {
    note: 'my note on page 1',
    tags: ['roads'],
    starred: true,
    articleNotes: { 'p1-a2': 'note on story 2' },
    highlights: [{ articleId: 'p1-a1', paragraph: 0, offset: 0, text: 'Story 1 of page 1 begins here' }],
  });
  return db;
}

// ── (a) a save cut off part-way ──

describe('(a) a save interrupted part-way is whole or absent', () => {
  const layer = { note: 'new note', tags: ['new'], articleNotes: { 'p1-a3': 'note on story 3' } };

  it('an aborted resave at any of its writes leaves the library exactly as it was', async () => {
    const reference = await libraryWithNotes(freshName());
    const resave = bulletin(1, 4); // the page changed: a story was added
    const writes = await countWrites(() => save(reference, resave, layer));
    expect(writes).toBeGreaterThan(3);
    const completed = withoutTimes(await snapshot(reference));

    for (let failAt = 1; failAt <= writes; failAt++) {
      const db = await libraryWithNotes(freshName());
      const before = await snapshot(db);
      const fault = injectWriteFault('abort', failAt);
      restoreFault = fault.restore;
      await expect(save(db, resave, layer), `write ${failAt} of ${writes}`).rejects.toBeDefined();
      fault.restore();
      expect(await snapshot(db), `after an abort at write ${failAt} of ${writes}`).toEqual(before);

      // The reader saves again: the result is what an undisturbed save gives.
      await save(db, resave, layer);
      expect(withoutTimes(await snapshot(db)), `retry after write ${failAt}`).toEqual(completed);
    }
  });

  it('an aborted first save of a page leaves nothing of it behind', async () => {
    const writes = await countWrites(() => save(openDb(freshName()), bulletin(2), layer));
    for (let failAt = 1; failAt <= writes; failAt++) {
      const db = openDb(freshName());
      const fault = injectWriteFault('abort', failAt);
      restoreFault = fault.restore;
      await expect(save(db, bulletin(2), layer)).rejects.toBeDefined();
      fault.restore();
      const state = await snapshot(db);
      for (const [table, rows] of Object.entries(state))
        expect(rows, `${table} at write ${failAt}`).toEqual([]);
    }
  });
});

// ── (b) two tabs save the same page at once ──

describe('(b) two tabs saving the same page at once', () => {
  it('gives one record carrying both notes, both article notes and both tag sets', async () => {
    const name = freshName();
    const tabA = openDb(name);
    const tabB = openDb(name); // a second connection, as a second tab or the background has
    await Promise.all([tabA.open(), tabB.open()]);
    await Promise.all([
      save(tabA, bulletin(3), {
        note: 'note from tab A',
        tags: ['alpha'],
        articleNotes: { 'p3-a1': 'A on 1' },
      }),
      save(tabB, bulletin(3), {
        note: 'note from tab B',
        tags: ['beta'],
        articleNotes: { 'p3-a2': 'B on 2' },
      }),
    ]);
    const pages = await tabA.pages.toArray();
    expect(pages).toHaveLength(1);
    expect(pages[0].note).toContain('note from tab A');
    expect(pages[0].note).toContain('note from tab B');
    expect(new Set(pages[0].tags)).toEqual(new Set(['alpha', 'beta']));
    const notes = (await tabA.articles.toArray()).map((a) => a.note).filter(Boolean);
    expect(new Set(notes)).toEqual(new Set(['A on 1', 'B on 2']));
    expect(await tabA.search.count()).toBe(1);
  });

  it('keeps every note when five saves of one page race', async () => {
    const name = freshName();
    const tabs = Array.from({ length: 5 }, () => openDb(name));
    await Promise.all(tabs.map((tab, i) => save(tab, bulletin(4), { note: `note ${i}`, tags: [`t${i}`] })));
    const pages = await tabs[0].pages.toArray();
    expect(pages).toHaveLength(1);
    for (let i = 0; i < 5; i++) {
      expect(pages[0].note).toContain(`note ${i}`);
      expect(pages[0].tags).toContain(`t${i}`);
    }
    expect(await tabs[0].articles.count()).toBe(3);
  });
});

// ── (c) the quota runs out ──

describe('(c) the quota runs out', () => {
  it('at any write of a resave: a StorageFullError the reader can read, and nothing half-written', async () => {
    const writes = await countWrites(async () => save(await libraryWithNotes(freshName()), bulletin(1, 5)));
    // the writes of the first save are counted too: fail only within the resave
    const firstSaveWrites = await countWrites(() => libraryWithNotes(freshName()));
    const resaveWrites = writes - firstSaveWrites;
    expect(resaveWrites).toBeGreaterThan(3);

    for (let failAt = 1; failAt <= resaveWrites; failAt++) {
      const db = await libraryWithNotes(freshName());
      const before = await snapshot(db);
      const fault = injectWriteFault('quota', failAt);
      restoreFault = fault.restore;
      const error = await save(db, bulletin(1, 5), { note: 'more' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      fault.restore();
      expect(error, `write ${failAt} of ${resaveWrites}`).toBeInstanceOf(StorageFullError);
      expect((error as Error).message).toMatch(/full/i);
      expect(await snapshot(db), `state after a full disk at write ${failAt}`).toEqual(before);
    }
  });

  it('on a first save: a StorageFullError and an empty library', async () => {
    const db = openDb(freshName());
    const fault = injectWriteFault('quota', 1);
    restoreFault = fault.restore;
    await expect(save(db, bulletin(5), { note: 'n' })).rejects.toBeInstanceOf(StorageFullError);
    fault.restore();
    for (const rows of Object.values(await snapshot(db))) expect(rows).toEqual([]);
  });
});

// ── (d) a version-1 library full of notes is upgraded ──

const V1_PAGES = 300;
const V1_ARTICLES_PER_PAGE = 4;

/** Writes a version-1 library the way version 1 stored it: highlights inside the article rows. */
async function writeVersion1Library(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  const pages: PageRecord[] = [];
  const articles: ArticleRecordV1[] = [];
  for (let p = 0; p < V1_PAGES; p++) {
    const b = bulletin(100 + p, V1_ARTICLES_PER_PAGE);
    const keys = b.articles.map(articleDedupeKey);
    pages.push({
      id: p + 1,
      urlKey: canonicalUrlKey(b.canonicalUrl),
      url: b.url,
      canonicalUrl: b.canonicalUrl,
      title: b.title,
      site: 'news.example.org',
      lang: 'en',
      publishedAt: b.publishedAt,
      editionDate: '2024-03-15',
      detection: b.detection,
      contentHash: b.contentHash,
      articleKeys: keys,
      detachedArticleKeys: [],
      note: `page note ${p}: 读书活动 ✓`,
      tags: [`tag-${p % 7}`],
      starred: p % 2 ? 1 : 0,
      savedAt: 1_700_000_000_000 + p,
      updatedAt: 1_700_000_000_000 + p,
    });
    b.articles.forEach((a, i) =>
      articles.push({
        key: keys[i],
        article: a,
        note: `article note ${p}.${i}`,
        pageIds: [p + 1],
        updatedAt: 1_700_000_000_000 + p,
        highlights: [{ paragraph: 0, offset: 0, text: `Story ${i + 1}`, note: `hl ${p}.${i}`, createdAt: p }],
      }),
    );
  }
  await v1.transaction('rw', v1.tables, async () => {
    await v1.table('pages').bulkAdd(pages);
    await v1.table('articles').bulkAdd(articles);
  });
  v1.close();
}

async function expectEveryVersion1Note(db: BulletinDatabase): Promise<void> {
  expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  const pages = await db.pages.toArray();
  expect(pages).toHaveLength(V1_PAGES);
  for (const page of pages) {
    const p = page.id! - 1;
    expect(page.note).toBe(`page note ${p}: 读书活动 ✓`);
    expect(page.tags).toEqual([`tag-${p % 7}`]);
    expect(page.starred).toBe(p % 2 ? 1 : 0);
  }
  const articles = await db.articles.toArray();
  expect(articles).toHaveLength(V1_PAGES * V1_ARTICLES_PER_PAGE);
  expect(new Set(articles.map((a) => a.note)).size).toBe(articles.length);
  for (const a of articles) expect(a.note).toMatch(/^article note \d+\.\d$/);
  const highlights = await db.highlights.toArray();
  expect(highlights).toHaveLength(V1_PAGES * V1_ARTICLES_PER_PAGE);
  const keys = new Set(articles.map((a) => a.key));
  for (const h of highlights) {
    expect(keys.has(h.articleKey)).toBe(true);
    expect(h.note).toMatch(/^hl \d+\.\d$/);
  }
}

describe('(d) a version-1 library full of notes, upgraded', () => {
  it('keeps every page note, article note, tag, star and highlight', async () => {
    const name = freshName();
    await writeVersion1Library(name);
    const db = openDb(name);
    await db.open();
    await expectEveryVersion1Note(db);
  });

  it('keeps them when the page is saved again after the upgrade', async () => {
    const name = freshName();
    await writeVersion1Library(name);
    const db = openDb(name);
    await save(db, bulletin(100, V1_ARTICLES_PER_PAGE), { note: 'added after the upgrade' });
    const page = await db.pages.get(1);
    expect(page?.note).toContain('page note 0: 读书活动 ✓');
    expect(page?.note).toContain('added after the upgrade');
    const first = await db.articles.get(articleDedupeKey(article(1, 100)));
    expect(first?.note).toBe('article note 0.0');
  });

  it('an upgrade cut off part-way leaves version 1 intact, and the next open completes it', async () => {
    const name = freshName();
    await writeVersion1Library(name);
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const before = await snapshot(v1);
    v1.close();

    const fault = injectWriteFault('abort', 2);
    restoreFault = fault.restore;
    const interrupted = new BulletinDatabase(name);
    await expect(interrupted.open()).rejects.toBeDefined();
    fault.restore();
    interrupted.close();

    const still = new Dexie(name);
    await still.open(); // opens whatever version is on disk, without upgrading
    expect(still.verno).toBe(1);
    expect(await snapshot(still)).toEqual(before);
    still.close();

    const db = openDb(name);
    await db.open();
    await expectEveryVersion1Note(db);
  });
});

// ── (e) an export taken before an upgrade imports after it ──

describe('(e) an export taken before the upgrade', () => {
  async function exportVersion1(name: string): Promise<string> {
    await writeVersion1Library(name);
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const blob = await exportJson(v1 as BulletinDatabase);
    v1.close();
    return blob.text();
  }

  it('imports into a fresh library of the new version with every note, tag, star and highlight', async () => {
    const exported = await exportVersion1(freshName());
    expect(JSON.parse(exported).data.databaseVersion).toBe(1);
    const db = openDb(freshName());
    const report = await importJson(db, exported);
    expect(report.skipped).toEqual([]);
    expect(report.pagesAdded).toBe(V1_PAGES);
    await expectEveryVersion1Note(db);
    expect(await db.search.count()).toBe(V1_PAGES);
  });

  it('imports into the same library after its upgrade without duplicating or doubling anything', async () => {
    const name = freshName();
    const exported = await exportVersion1(name);
    const db = openDb(name);
    await db.open(); // the upgrade
    const upgraded = withoutTimes(await snapshot(db));
    const report = await importJson(db, exported);
    expect(report.pagesAdded).toBe(0);
    expect(report.pagesMerged).toBe(V1_PAGES);
    expect(report.highlightsAdded).toBe(0);
    await expectEveryVersion1Note(db);
    expect(withoutTimes(await snapshot(db))).toEqual(upgraded);
  });

  it('keeps notes written after the export was taken (import only adds)', async () => {
    const name = freshName();
    const exported = await exportVersion1(name);
    const db = openDb(name);
    await save(db, bulletin(100, V1_ARTICLES_PER_PAGE), { note: 'written after the export' });
    await importJson(db, exported);
    const page = await db.pages.get(1);
    expect(page?.note).toContain('written after the export');
    expect(page?.note).toContain('page note 0: 读书活动 ✓');
  });
});
