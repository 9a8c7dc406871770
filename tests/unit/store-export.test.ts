import { afterEach, describe, expect, it } from 'vitest';
import { exportJson } from '../../lib/store/export-json';
import { importJson } from '../../lib/store/import-json';
import { ImportFormatError } from '../../lib/store/errors';
import {
  escapeMarkdown,
  exportMarkdownDigest,
  exportMarkdownFiles,
  frontMatter,
} from '../../lib/store/markdown';
import { whenIndexed } from '../../lib/store/indexing';
import { save } from '../../lib/store/save';
import { search } from '../../lib/store/search';
import { rebuildSearchIndex } from '../../lib/store/search-index';
import type { BulletinDatabase } from '../../lib/store/database';
import type { ArticleRecord, PageRecord } from '../../lib/store/schema';
import { closeAll, freshDb, makeArticle, makeBulletin, POLICE, READING } from './store-fixtures';

afterEach(closeAll);

async function contents(db: BulletinDatabase) {
  await whenIndexed(db); // the search rows saves left pending, indexed
  return {
    pages: await db.pages.toArray(),
    articles: await db.articles.toArray(),
    highlights: await db.highlights.toArray(),
    search: await db.search.toArray(),
  };
}

/** Compact library rows written directly (save() per item would make a 10,000-item test slow). */
async function fillCompact(db: BulletinDatabase, n: number): Promise<void> {
  const pages: PageRecord[] = [];
  const articles: ArticleRecord[] = [];
  for (let i = 1; i <= n; i++) {
    const key = `k${i}`;
    pages.push({
      id: i,
      urlKey: `site${i % 7}.example/p/${i}`,
      url: `https://site${i % 7}.example/p/${i}`,
      canonicalUrl: `https://site${i % 7}.example/p/${i}`,
      title: `第${i}版 title ${i}`,
      site: `site${i % 7}.example`,
      lang: 'zh',
      editionDate: `2024-0${1 + (i % 9)}-1${i % 10}`,
      detection: { kind: 'bulletin', score: 0.5, signals: [] },
      contentHash: `c${i}`,
      articleKeys: [key],
      detachedArticleKeys: [],
      note: i % 3 ? '' : `note ${i} “quoted” \n second line`,
      tags: i % 2 ? ['even'] : ['odd', `t${i % 5}`],
      starred: i % 4 === 0 ? 1 : 0,
      savedAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
    });
    articles.push({
      key,
      article: makeArticle(`headline ${i}`, [`paragraph ${i}`]),
      note: i % 5 ? '' : `article note ${i}`,
      pageIds: [i],
      updatedAt: 1_700_000_000_000 + i,
    });
  }
  await db.transaction('rw', db.pages, db.articles, db.highlights, async () => {
    await db.pages.bulkAdd(pages);
    await db.articles.bulkAdd(articles);
    await db.highlights.bulkAdd(
      Array.from({ length: n / 10 }, (_, k) => ({
        articleKey: `k${k * 10 + 1}`,
        paragraph: 0,
        offset: k % 3,
        text: `hl ${k}`,
        createdAt: k,
      })),
    );
  });
}

describe('JSON export and import', () => {
  it('export → clear → import gives back exactly the same data for 10,000 items', async () => {
    const db = freshDb();
    await fillCompact(db, 10_000);
    const before = await contents(db);
    const file = await exportJson(db);
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
    expect(await db.pages.count()).toBe(0);
    const report = await importJson(db, file);
    expect(report).toMatchObject({
      pagesAdded: 10_000,
      articlesAdded: 10_000,
      highlightsAdded: 1000,
      skipped: [],
    });
    const after = await contents(db);
    expect(after.pages).toEqual(before.pages);
    expect(after.articles).toEqual(before.articles);
    expect(after.highlights).toEqual(before.highlights);
    // The search rows are rebuilt from the imported rows.
    expect(after.search).toHaveLength(10_000);
    expect((await search(db, { text: '第9999版' })).items.map((i) => i.id)).toEqual([9999]);
    // Rows built from the imported records in memory equal a rebuild from the tables (highlights included).
    await rebuildSearchIndex(db);
    expect(await db.search.toArray()).toEqual(after.search);
  }, 120_000);

  it('importing the same file again merges without duplicates', async () => {
    const db = freshDb();
    await save(db, makeBulletin('https://a.example/1', [POLICE, READING]), {
      note: 'n1',
      tags: ['x'],
      highlights: [{ articleId: READING.id, paragraph: 0, offset: 0, text: 'hl' }],
    });
    const file = await exportJson(db);
    const before = await contents(db);
    const report = await importJson(db, file);
    expect(report).toMatchObject({ pagesAdded: 0, pagesMerged: 1, articlesMerged: 2, highlightsAdded: 0 });
    const after = await contents(db);
    expect(after.pages.map(({ updatedAt: _u, ...p }) => p)).toEqual(
      before.pages.map(({ updatedAt: _u, ...p }) => p),
    );
    expect(after.articles).toEqual(before.articles);
    expect(after.highlights).toEqual(before.highlights);
  });

  it('merges into a library that has the page with other notes, keeping both', async () => {
    const source = freshDb();
    await save(source, makeBulletin('https://a.example/1', [READING]), {
      note: 'from the export',
      tags: ['a'],
    });
    const file = await exportJson(source);
    const target = freshDb();
    await save(target, makeBulletin('https://b.example/other', [POLICE]));
    await save(target, makeBulletin('https://a.example/1?utm_source=feed', [READING]), {
      note: 'local',
      tags: ['b'],
    });
    await importJson(target, file);
    const pages = await target.pages.toArray();
    expect(pages).toHaveLength(2);
    const page = pages.find((p) => p.urlKey === 'a.example/1')!;
    expect(page.note).toBe('local\n\nfrom the export');
    expect(page.tags).toEqual(['b', 'a']);
  });

  it.each([
    ['not JSON', '{"formatName": "dexie",'],
    ['another format', JSON.stringify({ pages: [] })],
    [
      'a newer version',
      JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseVersion: 99, data: [] } }),
    ],
    [
      'tables not a list',
      JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseVersion: 2, data: {} } }),
    ],
    [
      'an unknown table',
      JSON.stringify({
        formatName: 'dexie',
        formatVersion: 1,
        data: { databaseVersion: 2, data: [{ tableName: 'x', rows: [] }] },
      }),
    ],
  ])('rejects a malformed file (%s) and changes nothing', async (_name, text) => {
    const db = freshDb();
    await save(db, makeBulletin('https://a.example/1', [READING]), { note: 'keep' });
    const before = await contents(db);
    await expect(importJson(db, text)).rejects.toBeInstanceOf(ImportFormatError);
    expect(await contents(db)).toEqual(before);
  });

  it('validates every record and reports what it skipped and why', async () => {
    const source = freshDb();
    await save(source, makeBulletin('https://a.example/1', [READING]), { note: 'good' });
    await save(source, makeBulletin('https://a.example/2', [POLICE]));
    const json = JSON.parse(await (await exportJson(source)).text());
    const pages = json.data.data.find((t: { tableName: string }) => t.tableName === 'pages');
    pages.rows[1].editionDate = 'yesterday';
    pages.rows.push({ ...pages.rows[0], id: 77 });
    pages.rows.push('junk');
    const target = freshDb();
    const report = await importJson(target, JSON.stringify(json));
    expect(report.pagesAdded).toBe(1);
    expect(report.skipped).toEqual([
      { table: 'pages', index: 1, reason: 'editionDate is not YYYY-MM-DD' },
      { table: 'pages', index: 3, reason: 'not an object' },
      { table: 'pages', index: 2, reason: 'duplicate page in the file' },
      { table: 'articles', index: expect.any(Number), reason: 'belongs to no page in the file' },
    ]);
    expect((await target.pages.toArray()).map((p) => p.note)).toEqual(['good']);
    expect(await target.articles.count()).toBe(1);
  });
});

describe('Markdown export', () => {
  it('writes YAML front matter that survives hostile titles and tags', () => {
    const yaml = frontMatter({
      title: 'a: "b" #c\n- d',
      url: 'https://x.example/?a=1#f',
      site: 'x.example',
      date: '2024-04-03',
      tags: ['yes', 'a b'],
    });
    expect(yaml).toBe(
      [
        '---',
        'title: "a: \\"b\\" #c\\n- d"',
        'url: "https://x.example/?a=1#f"',
        'site: "x.example"',
        'date: 2024-04-03',
        'tags:',
        '  - "yes"',
        '  - "a b"',
        '---',
      ].join('\n'),
    );
  });

  it('escapes page text so it cannot become markup', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> # [link](javascript:x)')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\# \\[link\\](javascript:x)',
    );
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
  });

  it('writes one file per page and one digest for a selection', async () => {
    const db = freshDb();
    const a = await save(db, makeBulletin('https://a.example/1', [POLICE, READING]), {
      note: 'my note',
      tags: ['公安'],
      articleNotes: { [POLICE.id]: 'article note' },
      highlights: [
        { articleId: READING.id, paragraph: 0, offset: 0, text: '呼和浩特讯 读书活动现场气氛热烈。' },
      ],
    });
    const b = await save(db, makeBulletin('https://b.example/2', [READING], { title: 'Same title' }));
    const files = await exportMarkdownFiles(db, [a.pageId, b.pageId]);
    expect(files.map((f) => f.fileName)).toEqual([
      '2024-04-03 激发内生动力 锻造公安铁军.md',
      '2024-04-03 Same title.md',
    ]);
    const md = files[0].markdown;
    expect(
      md.startsWith(
        '---\ntitle: "激发内生动力 锻造公安铁军"\nurl: "https://a.example/1"\nsite: "a.example"\ndate: 2024-04-03\ntags:\n  - "公安"\n---\n',
      ),
    ).toBe(true);
    for (const part of [
      '> my note',
      '## 激发内生动力 锻造公安铁军',
      '> article note',
      '> 呼和浩特讯 读书活动现场气氛热烈。',
      '鄂尔多斯',
    ]) {
      expect(md).toContain(part);
    }
    const digest = await exportMarkdownDigest(db, [a.pageId, b.pageId], 'Week 14', '2024-04-07');
    expect(digest).toContain('title: "Week 14"');
    expect(digest).toContain('## Same title');
    expect(digest).toContain('### 读书活动走进社区');
  });
});
