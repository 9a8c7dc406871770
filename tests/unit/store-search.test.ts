import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FULL_TEXT_SCAN_LIMIT } from '../../lib/store/constants';
import { save, saveMany } from '../../lib/store/save';
import { setStar } from '../../lib/store/reader';
import { search } from '../../lib/store/search';
import { queryTokens, termsOf } from '../../lib/store/search-terms';
import type { BulletinDatabase } from '../../lib/store/database';
import { closeAll, freshDb, makeArticle, makeBulletin, PATENTS, POLICE, READING } from './store-fixtures';

afterEach(closeAll);

describe('search terms', () => {
  it('indexes Chinese as bigrams so segmenter-split terms are found', () => {
    const terms = termsOf('全区公安机关多措并举推动政工工作');
    for (const t of ['政工', '多措', '措并', '并举', '公安']) expect(terms.has(t)).toBe(true);
  });
  it('lower-cases Latin words and folds full-width forms', () => {
    expect([...termsOf('Ｉntellectual PROPERTY, 2024')]).toEqual(['intellectual', 'property', '2024']);
  });
  it('turns a query into tokens: Chinese runs as bigram sets, words as prefixes', () => {
    expect(queryTokens('知识产权 Intell')).toEqual([
      { text: '知识产权', terms: ['知识', '识产', '产权'], exact: false },
      { text: 'intell', terms: [], prefix: 'intell', exact: true },
    ]);
  });
});

describe('search', () => {
  let db: BulletinDatabase;
  const ids: Record<string, number> = {};
  beforeEach(async () => {
    db = freshDb();
    ids.police = (
      await save(db, makeBulletin('https://gaj.example.cn/1', [POLICE], { publishedAt: '2024-04-03' }), {
        tags: ['公安', 'work'],
        starred: true,
      })
    ).pageId;
    ids.patents = (
      await save(
        db,
        makeBulletin('https://court.example.com/2', [PATENTS], { publishedAt: '2024-05-10', lang: 'en' }),
        { tags: ['ip', 'work'] },
      )
    ).pageId;
    ids.reading = (
      await save(db, makeBulletin('https://gaj.example.cn/3', [READING], { publishedAt: '2023-12-01' }), {
        tags: ['culture'],
      })
    ).pageId;
    const decoy = makeArticle('措施并举无关文章', ['多项措施并且举办活动,鄂尔和多斯。'], { id: 'decoy' });
    ids.decoy = (
      await save(db, makeBulletin('https://other.example.org/4', [decoy], { publishedAt: '2024-01-15' }))
    ).pageId;
  });

  const found = async (query: Parameters<typeof search>[1]) =>
    (await search(db, query)).items.map((i) => i.id);

  it.each([
    ['知识产权', 'patents'],
    ['鄂尔多斯', 'police'],
    ['政工', 'police'],
    ['多措并举', 'police'],
    ['公安铁军', 'police'],
    ['intellectual', 'patents'],
    ['Intell', 'patents'],
    ['TRIBUN', 'patents'],
    ['呼和浩特', 'reading'],
  ])('finds %s', async (text, page) => {
    expect(await found({ text })).toEqual([ids[page]]);
  });

  it('does not match characters that are merely near each other', async () => {
    expect(await found({ text: '措并举' })).toEqual([ids.police]);
    expect(await found({ text: '鄂尔多' })).toEqual([ids.police]);
    expect(await found({ text: '不存在的词' })).toEqual([]);
    expect(await found({ text: 'zzzq' })).toEqual([]);
  });

  it('requires every token', async () => {
    expect(await found({ text: 'property 知识产权' })).toEqual([ids.patents]);
    expect(await found({ text: 'property 公安' })).toEqual([]);
  });

  it('filters by site, tags, date range and star, alone and combined with text', async () => {
    expect((await found({ site: 'gaj.example.cn' })).toSorted()).toEqual(
      [ids.police, ids.reading].toSorted(),
    );
    expect(await found({ tags: ['work'] })).toEqual([ids.patents, ids.police]);
    expect(await found({ tags: ['work', '公安'] })).toEqual([ids.police]);
    expect(await found({ from: '2024-01-01', to: '2024-04-30' })).toEqual([ids.police, ids.decoy]);
    expect(await found({ from: '2024-04-04' })).toEqual([ids.patents]);
    expect(await found({ to: '2023-12-31' })).toEqual([ids.reading]);
    expect(await found({ starred: true })).toEqual([ids.police]);
    expect(await found({ starred: false, site: 'gaj.example.cn' })).toEqual([ids.reading]);
    expect(await found({ text: '公安', site: 'court.example.com' })).toEqual([]);
    expect(await found({ text: '活动', site: 'gaj.example.cn' })).toEqual([ids.reading]);
    expect(await found({ text: '活动', tags: ['work'] })).toEqual([]);
  });

  it('reads "not starred" as every page but the starred ones, alone and with other filters', async () => {
    expect(await found({ starred: false })).toEqual([ids.patents, ids.decoy, ids.reading]);
    expect(await found({ starred: false, tags: ['work'] })).toEqual([ids.patents]);
    expect(await found({ starred: false, text: '公安' })).toEqual([]);
    expect(await found({ starred: false, site: ['court.example.com', 'other.example.org'] })).toEqual([
      ids.patents,
      ids.decoy,
    ]);
  });

  it('hands the result over outside its read transaction, so the caller can write straight after', async () => {
    const { items } = await search(db, { text: '鄂尔多斯' });
    await setStar(db, items[0].id, false);
    expect(await found({ starred: true })).toEqual([]);
  });

  it('shows every story of a result page even when a story row does not link back to the page', async () => {
    // Stories are read through their page index; one that lost its link is read by key instead.
    const [record] = await db.articles.where('pageIds').equals(ids.police).toArray();
    await db.articles.put({ ...record, pageIds: [] });
    const { items } = await search(db, { text: '鄂尔多斯' });
    expect(items[0].matches).toEqual([{ articleKey: record.key, headline: POLICE.headline }]);
  });

  it('scans full text when filters leave few pages (a word only in the body)', async () => {
    // 300余名 is only in the second paragraph, which the digest index does not hold.
    expect(await found({ text: '余名居民' })).toEqual([]);
    expect(await found({ text: '余名居民', site: 'gaj.example.cn' })).toEqual([ids.reading]);
  });

  it('sorts by date (newest edition first) and by relevance (headline matches first)', async () => {
    expect(await found({})).toEqual([ids.patents, ids.police, ids.decoy, ids.reading]);
    expect(await found({ text: '活动', sort: 'date' })).toEqual([ids.decoy, ids.reading]);
    expect(await found({ text: '活动', sort: 'relevance' })).toEqual([ids.reading, ids.decoy]);
  });

  it('paginates with a total', async () => {
    const first = await search(db, {}, { offset: 0, limit: 3 });
    const second = await search(db, {}, { offset: 3, limit: 3 });
    expect(first.total).toBe(4);
    expect(first.items).toHaveLength(3);
    expect(second.items.map((i) => i.id)).toEqual([ids.reading]);
    const filtered = await search(db, { tags: ['work'] }, { offset: 1, limit: 1 });
    expect(filtered).toMatchObject({ total: 2, items: [{ id: ids.police }] });
  });

  it('returns what a result row needs: title, site, date, matching headline, snippet', async () => {
    const { items } = await search(db, { text: '鄂尔多斯' });
    expect(items[0]).toMatchObject({
      title: POLICE.headline,
      site: 'gaj.example.cn',
      editionDate: '2024-04-03',
      starred: true,
      matches: [{ headline: POLICE.headline }],
    });
    expect(items[0].snippet).toContain('鄂尔多斯');
  });
});

describe('search over many candidates (checked only as far as the page shown)', () => {
  it('pages through exactly the pages holding the substring, skipping bigram-only matches', async () => {
    const db = freshDb();
    const real = new Set<number>();
    for (let i = 0; i < 235; i++) {
      const holds = i % 9 === 4;
      const text = holds ? `第${i}期:加强知识产权保护。` : `第${i}期:知识丰富,识产权益,产权清晰。`;
      const article = makeArticle(`简报第${i}篇`, [text], { id: `a${i}` });
      const { pageId } = await save(
        db,
        makeBulletin(`https://many.example.cn/${i}`, [article], {
          publishedAt: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
        }),
      );
      if (holds) real.add(pageId);
    }
    for (const sort of ['relevance', 'date'] as const) {
      const seen: number[] = [];
      const first = await search(db, { text: '知识产权', sort }, { limit: 10 });
      expect(first.items).toHaveLength(10);
      expect(first.totalIsEstimate).toBe(true);
      expect(first.total).toBeGreaterThanOrEqual(real.size);
      for (let offset = 0; offset < 300; offset += 10) {
        const { items } = await search(db, { text: '知识产权', sort }, { offset, limit: 10 });
        if (!items.length) break;
        seen.push(...items.map((item) => item.id));
      }
      expect(new Set(seen)).toEqual(real);
      expect(seen).toHaveLength(real.size);
    }
  }, 60_000);
});

describe('search with a date range holding more pages than a full-text scan takes', () => {
  it('gives the same pages, totals and orders whether the text or the range is the smaller side', async () => {
    const db = freshDb();
    const pages: { id: number; date: string; rare: boolean }[] = [];
    const items = Array.from({ length: 360 }, (_, i) => {
      const rare = i % 7 === 3;
      const date = `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
      const article = makeArticle(
        `第${i}期 工作简报`,
        [`${rare ? '罕见词语出现。' : '普通内容。'}本期工作简报。`, '只在正文里的句子。'],
        { id: `p${i}` },
        1,
      );
      return {
        date,
        rare,
        bulletin: makeBulletin(`https://range.example.cn/${i}`, [article], { publishedAt: date }),
      };
    });
    (await saveMany(db, items)).forEach((r, i) => pages.push({ id: r.pageId, ...items[i] }));
    const newestFirst = (list: typeof pages) =>
      list.toSorted((a, b) => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1)).map((p) => p.id);
    const inRange = (p: (typeof pages)[number]) => p.date >= '2023-02-01' && p.date <= '2023-12-31';
    expect(pages.filter(inRange).length).toBeGreaterThan(FULL_TEXT_SCAN_LIMIT);
    // 罕见: fewer pages than a date read takes (rows checked); 工作: every page (the range's keys read).
    for (const [text, holds] of [
      ['罕见', (p: (typeof pages)[number]) => p.rare],
      ['工作', () => true],
    ] as const) {
      const expected = newestFirst(pages.filter((p) => holds(p) && inRange(p)));
      const query = { text, from: '2023-02-01', to: '2023-12-31' };
      const byDate = await search(db, { ...query, sort: 'date' }, { limit: 200 });
      expect(byDate.total).toBe(expected.length);
      expect(byDate.items.map((i) => i.id)).toEqual(expected.slice(0, 200));
      const byRelevance = await search(db, query, { limit: 200 });
      expect(byRelevance.total).toBe(expected.length);
      expect(byRelevance.items.map((i) => i.id)).toEqual(expected.toSorted((a, b) => b - a).slice(0, 200));
    }
    // More pages than a full-text scan takes: words only in the body are not found, as without the range.
    expect((await search(db, { text: '正文', from: '2023-02-01', to: '2023-12-31' })).total).toBe(0);
  }, 60_000);
});
