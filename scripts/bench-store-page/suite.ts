// The store benchmark itself, run unchanged on fake-indexeddb under Node and on real IndexedDB in Chromium.
import { BulletinDatabase } from '../../lib/store/database';
import { exportJson } from '../../lib/store/export-json';
import { importJson } from '../../lib/store/import-json';
import { indexPending, pendingRow, whenIndexed } from '../../lib/store/indexing';
import { listRecent } from '../../lib/store/reader';
import { save, saveMany } from '../../lib/store/save';
import { search } from '../../lib/store/search';
import { headTerm, queryTokens } from '../../lib/store/search-terms';
import type { SearchScope } from '../../lib/store/search-doc';
import { generatePage, type CorpusDoc } from './corpus';

export interface SuiteOptions {
  pages: number;
  scope: SearchScope;
  queries: { zh: string[]; en: string[] };
  /** Skip export/import (for the comparison runs). */
  skipExport?: boolean;
  name: string;
}

export interface Stats {
  median: number;
  p95: number;
  max: number;
  n: number;
}

export interface SuiteResult {
  scope: SearchScope;
  pages: number;
  articles: number;
  generateMs: number;
  saveTotalMs: number;
  save: Stats;
  /** After each timed save resolves: until its search row is indexed (timed outside the save, before the next). */
  indexedWithin: Stats;
  /** Time to fill the library through saveMany (batches of FILL_BATCH pages). */
  fillMs: number;
  searchZh: Stats;
  searchEn: Stats;
  searchAll: Stats;
  searchFiltered: Stats;
  /** The 40 queries again with the rows of the PENDING_ROWS latest pages not indexed yet (matched in memory). */
  searchAllPending: Stats;
  /** Queries whose total differed with those rows pending (must be 0). */
  pendingMismatches: number;
  hits: Record<string, number>;
  /** Per query: index keys read (all its terms' lists) and candidates left after intersecting them. */
  keysRead: Record<string, number>;
  candidates: Record<string, number>;
  firstListPage: Stats;
  listRecent: Stats;
  exportMs?: number;
  exportBytes?: number;
  importMs?: number;
  importedPages?: number;
  indexEntries: number;
  indexEntriesPerPage: number;
  /** JSON bytes of the stored rows (the search table separately): an estimate where the browser gives none. */
  rowBytes: number;
  searchRowBytes: number;
  usageBytes?: number;
}

/** Pages per saveMany call while filling: one transaction each. */
const FILL_BATCH = 250;
/** Single saves timed on top of the filled library. */
const SAVE_SAMPLE = 300;
/** Search rows left pending for the second round of searches: a burst of saves not indexed yet. */
const PENDING_ROWS = 20;

export function stats(values: number[]): Stats {
  const sorted = values.toSorted((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, n: sorted.length };
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

export async function runSuite(
  docs: readonly CorpusDoc[],
  options: SuiteOptions,
  log: (line: string) => void = () => {},
  usage?: () => Promise<number | undefined>,
): Promise<SuiteResult> {
  const db = new BulletinDatabase(options.name, { searchScope: options.scope });
  await db.open();
  await whenIndexed(db);
  let generateMs = 0;
  let articles = 0;
  const generate = (i: number) => {
    const g0 = performance.now();
    const page = generatePage(docs, i);
    generateMs += performance.now() - g0;
    articles += page.bulletin.articles.length;
    return page;
  };
  // The library is filled through saveMany (the same per-page code as save, one commit per batch); then a
  // sample of single saves is timed on top of the (nearly) full library.
  const sample = Math.min(SAVE_SAMPLE, Math.floor(options.pages / 10));
  const fillStart = performance.now();
  for (let i = 0; i < options.pages - sample; i += FILL_BATCH) {
    const batch = [];
    for (let j = i; j < Math.min(i + FILL_BATCH, options.pages - sample); j++) batch.push(generate(j));
    await saveMany(db, batch);
    if ((i / FILL_BATCH) % 10 === 9) log(`  ${options.scope}: filled ${i + batch.length} pages`);
  }
  const fillMs = performance.now() - fillStart - generateMs;
  const saveTimes: number[] = [];
  const indexTimes: number[] = [];
  const saveStart = performance.now();
  const generatedBeforeSample = generateMs;
  for (let i = options.pages - sample; i < options.pages; i++) {
    const { bulletin, layer } = generate(i);
    const [ms] = await time(() => save(db, bulletin, layer));
    saveTimes.push(ms);
    // Outside the save's clock: its deferred indexing finishes before the next save starts, so no save is
    // timed while another's indexing runs, and none is flattered by indexing left for later.
    indexTimes.push((await time(() => whenIndexed(db)))[0]);
  }
  const saveTotalMs =
    performance.now() -
    saveStart -
    (generateMs - generatedBeforeSample) -
    indexTimes.reduce((a, b) => a + b, 0);

  const hits: Record<string, number> = {};
  const runQueries = async (list: string[]) => {
    const times: number[] = [];
    for (const text of list) {
      await search(db, { text }, { limit: 20 }); // warm the path once, as a reader typing would
      const [ms, result] = await time(() => search(db, { text }, { limit: 20 }));
      times.push(ms);
      hits[text] = result.total;
    }
    return times;
  };
  const zh = await runQueries(options.queries.zh);
  const en = await runQueries(options.queries.en);
  const filtered: number[] = [];
  for (const text of [...options.queries.zh.slice(0, 5), ...options.queries.en.slice(0, 5)]) {
    for (const query of [
      { text, from: '2023-01-01', to: '2023-12-31', sort: 'date' as const },
      { text, tags: ['公安'], starred: false },
    ]) {
      filtered.push((await time(() => search(db, query, { limit: 20 })))[0]);
    }
  }
  // The same queries with the latest pages' rows pending, as right after a burst of saves.
  // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse(), not Array's
  const latest = (await db.pages.orderBy(':id').reverse().limit(PENDING_ROWS).primaryKeys()) as number[];
  const latestRows = (await db.search.bulkGet(latest)).filter((row) => !!row);
  await db.search.bulkPut(latestRows.map(pendingRow));
  const pendingTimes: number[] = [];
  let pendingMismatches = 0;
  for (const text of [...options.queries.zh, ...options.queries.en]) {
    await search(db, { text }, { limit: 20 });
    const [ms, result] = await time(() => search(db, { text }, { limit: 20 }));
    pendingTimes.push(ms);
    if (result.total !== hits[text]) pendingMismatches++;
  }
  await indexPending(db);

  const keysRead: Record<string, number> = {};
  const candidates: Record<string, number> = {};
  for (const text of [...options.queries.zh, ...options.queries.en]) {
    let read = 0;
    let left: Set<number> | undefined;
    for (const token of queryTokens(text)) {
      // A head term is stored only marked: each term's plain and marked key lists, united.
      const keys = (t: string) =>
        (token.prefix === undefined
          ? db.search.where('terms').equals(t)
          : db.search.where('terms').startsWith(t)
        ).primaryKeys() as Promise<number[]>;
      const terms = token.prefix === undefined ? token.terms : [token.prefix];
      const lists = await Promise.all(terms.map((t) => Promise.all([keys(t), keys(headTerm(t))])));
      for (const [plain, marked] of lists) {
        read += plain.length + marked.length;
        const list = [...plain, ...marked];
        left = new Set(left ? list.filter((id) => left!.has(id)) : list);
      }
    }
    keysRead[text] = read;
    candidates[text] = left?.size ?? 0;
  }
  const firstList: number[] = [];
  const recent: number[] = [];
  for (let k = 0; k < 5; k++) {
    firstList.push((await time(() => search(db, {}, { limit: 50 })))[0]);
    recent.push((await time(() => listRecent(db, 20)))[0]);
  }

  let indexEntries = 0;
  let searchRowBytes = 0;
  await db.search.each((row) => {
    indexEntries += row.terms.length;
    searchRowBytes += JSON.stringify(row).length;
  });
  let rowBytes = 0;
  for (const table of [db.pages, db.articles, db.highlights] as const) {
    await (table as typeof db.pages).each((row) => {
      rowBytes += JSON.stringify(row).length;
    });
  }
  const usageBytes = usage ? await usage() : undefined;

  const result: SuiteResult = {
    scope: options.scope,
    pages: options.pages,
    articles,
    generateMs,
    saveTotalMs,
    save: stats(saveTimes),
    indexedWithin: stats(indexTimes),
    fillMs,
    searchZh: stats(zh),
    searchEn: stats(en),
    searchAll: stats([...zh, ...en]),
    searchFiltered: stats(filtered),
    searchAllPending: stats(pendingTimes),
    pendingMismatches,
    hits,
    keysRead,
    candidates,
    firstListPage: stats(firstList),
    listRecent: stats(recent),
    indexEntries,
    indexEntriesPerPage: indexEntries / options.pages,
    rowBytes,
    searchRowBytes,
    usageBytes,
  };

  if (!options.skipExport) {
    log(`  ${options.scope}: export/import`);
    const [exportMs, blob] = await time(() => exportJson(db));
    const target = new BulletinDatabase(`${options.name}-import`, { searchScope: options.scope });
    const [importMs, report] = await time(() => importJson(target, blob));
    Object.assign(result, { exportMs, exportBytes: blob.size, importMs, importedPages: report.pagesAdded });
    target.close();
    await target.delete();
  }
  db.close();
  await db.delete();
  return result;
}
