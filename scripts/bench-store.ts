// `npm run bench:store`: the library storage at 10,000 saved pages (~40,000 articles of real corpus text),
// on fake-indexeddb under Node and on real IndexedDB in headless Chromium. Writes bench/results/store.md.
// Env: BENCH_PAGES (default 10000), BENCH_NODE_PAGES (default BENCH_PAGES: the fake-indexeddb run),
// BENCH_COMPARE_PAGES (default 2000, the digest-vs-fulltext runs),
// CHROMIUM_PATH (default /usr/bin/chromium), BENCH_SKIP_NODE / BENCH_SKIP_CHROMIUM /
// BENCH_COMPARE=1 (add the digest-vs-fulltext index runs) /
// BENCH_SKIP_EXPORT=1 for partial runs, BENCH_OUT (default store.md) for where a partial run writes.
import 'fake-indexeddb/auto';
import './bench-store-page/node-globals';
import { createServer } from 'node:http';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  existsSync,
  writeFileSync,
  mkdirSync,
  rmSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { generatePage, pickQueries, type CorpusDoc } from './bench-store-page/corpus';
import { runSuite, type SuiteOptions, type SuiteResult } from './bench-store-page/suite';
import { normaliseForSearch } from '../lib/store/search-terms';
import { BASE_LAUNCH_ARGS } from './lib/chromium';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '..', 'shared');
const PAGES = Number(process.env.BENCH_PAGES ?? 10_000);
/** fake-indexeddb fills at ~25 ms a page in JavaScript: a smaller library keeps the run short. */
const NODE_PAGES = Number(process.env.BENCH_NODE_PAGES ?? PAGES);
const COMPARE_PAGES = Number(process.env.BENCH_COMPARE_PAGES ?? 2_000);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const HAN = /\p{sc=Han}/gu;
const SENTENCE_END = /[。！？!?”」…：:；;]$/;

/** Corpus documents: every expected.txt under ../shared/corpus plus the seed bulletin. */
function loadCorpus(): CorpusDoc[] {
  const files: string[] = [];
  const corpus = join(SHARED, 'corpus');
  for (const set of readdirSync(corpus)) {
    for (const item of readdirSync(join(corpus, set))) {
      const file = join(corpus, set, item, 'expected.txt');
      if (existsSync(file)) files.push(file);
    }
  }
  const seed = join(SHARED, 'fixtures', 'seed', 'bulletin.txt');
  if (existsSync(seed)) files.push(seed);
  const docs: CorpusDoc[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const lang = (text.match(HAN)?.length ?? 0) > text.length * 0.3 ? 'zh' : 'en';
    const paragraphs: string[] = [];
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      // Chinese e-text breaks lines mid-sentence: mend lines that end without sentence punctuation.
      const last = paragraphs.at(-1);
      if (lang === 'zh' && last && last.length >= 30 && !SENTENCE_END.test(last))
        paragraphs[paragraphs.length - 1] = last + line;
      else paragraphs.push(line);
    }
    const usable = paragraphs.filter((p) => p.length >= 20);
    if (usable.length >= 2) docs.push({ lang, paragraphs: usable });
  }
  return docs;
}

/** Pages (of the first n) whose full text holds the query: the ground truth for recall. */
function truthCounts(docs: CorpusDoc[], n: number, queries: string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(queries.map((q) => [q, 0]));
  // Chinese queries match as substrings; Latin ones as word prefixes, as the search does.
  const tests = queries.map((q) => {
    const needle = normaliseForSearch(q);
    if (/\p{sc=Han}/u.test(needle)) return (text: string) => text.includes(needle);
    const prefix = new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
    return (text: string) => prefix.test(text);
  });
  for (let i = 0; i < n; i++) {
    const { bulletin, layer } = generatePage(docs, i);
    const text = normaliseForSearch(
      [
        bulletin.title,
        layer.note ?? '',
        ...(layer.tags ?? []),
        ...bulletin.articles.flatMap((a) => [a.headline, ...a.sections.flatMap((s) => s.paragraphs)]),
      ].join('\n'),
    );
    tests.forEach((test, k) => {
      if (test(text)) counts[queries[k]]++;
    });
  }
  return counts;
}

async function runInChromium(docs: CorpusDoc[], runs: SuiteOptions[]): Promise<SuiteResult[]> {
  const work = mkdtempSync(join(tmpdir(), 'bd-bench-store-'));
  await build({
    entryPoints: [join(ROOT, 'scripts', 'bench-store-page', 'main.ts')],
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    outfile: join(work, 'bench.js'),
    logLevel: 'warning',
  });
  const files: Record<string, [string, Buffer]> = {
    '/': [
      'text/html',
      Buffer.from(
        '<!doctype html><meta charset="utf-8"><title>store bench</title><script type="module" src="/bench.js"></script>',
      ),
    ],
    '/bench.js': ['text/javascript', readFileSync(join(work, 'bench.js'))],
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? '/'];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: BASE_LAUNCH_ARGS,
  });
  const results: SuiteResult[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.runStoreBench === 'function');
    const timer = setInterval(async () => {
      const lines = await page.evaluate(() => window.benchLog.splice(0)).catch(() => []);
      for (const line of lines) console.log(`  [chromium]${line}`);
    }, 2000);
    try {
      for (const run of runs)
        results.push(await page.evaluate(([d, o]) => window.runStoreBench(d, o), [docs, run] as const));
    } finally {
      clearInterval(timer);
    }
  } finally {
    await context.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}

const ms = (v: number | undefined) => (v === undefined ? '–' : v < 10 ? v.toFixed(2) : v.toFixed(0));
const mb = (v: number | undefined) => (v === undefined ? '–' : `${(v / 1048576).toFixed(0)} MB`);

function table(title: string, results: { label: string; r: SuiteResult }[]): string {
  const rows: [string, (r: SuiteResult) => string][] = [
    ['pages / articles', (r) => `${r.pages} / ${r.articles}`],
    [
      'fill through saveMany (s, ms per page)',
      (r) => `${(r.fillMs / 1000).toFixed(1)} s, ${ms(r.fillMs / (r.pages - r.save.n))}`,
    ],
    [
      'single save on the full library: median / p95 (ms, n)',
      (r) => `${ms(r.save.median)} / ${ms(r.save.p95)} (${r.save.n})`,
    ],
    [
      'its search row indexed within, after the save resolves: median / p95 (ms)',
      (r) => `${ms(r.indexedWithin.median)} / ${ms(r.indexedWithin.p95)}`,
    ],
    ['search 20 zh median / p95 (ms)', (r) => `${ms(r.searchZh.median)} / ${ms(r.searchZh.p95)}`],
    ['search 20 en median / p95 (ms)', (r) => `${ms(r.searchEn.median)} / ${ms(r.searchEn.p95)}`],
    [
      'search all 40 median / p95 / max (ms)',
      (r) => `${ms(r.searchAll.median)} / ${ms(r.searchAll.p95)} / ${ms(r.searchAll.max)}`,
    ],
    [
      'search + filters median / p95 (ms)',
      (r) => `${ms(r.searchFiltered.median)} / ${ms(r.searchFiltered.p95)}`,
    ],
    [
      'search all 40 with 20 rows pending: median / p95 (ms), totals changed',
      (r) => `${ms(r.searchAllPending.median)} / ${ms(r.searchAllPending.p95)}, ${r.pendingMismatches}`,
    ],
    ['library first page (50, by date) median (ms)', (r) => ms(r.firstListPage.median)],
    ['listRecent(20) median (ms)', (r) => ms(r.listRecent.median)],
    [
      'export JSON (s) / size',
      (r) => (r.exportMs === undefined ? '–' : `${(r.exportMs / 1000).toFixed(1)} / ${mb(r.exportBytes)}`),
    ],
    [
      'import JSON into empty db (s)',
      (r) => (r.importMs === undefined ? '–' : (r.importMs / 1000).toFixed(1)),
    ],
    [
      'index entries (total / per page)',
      (r) => `${(r.indexEntries / 1e6).toFixed(2)} M / ${r.indexEntriesPerPage.toFixed(0)}`,
    ],
    ['row JSON size: library / search rows', (r) => `${mb(r.rowBytes)} / ${mb(r.searchRowBytes)}`],
    ['navigator.storage.estimate() usage', (r) => mb(r.usageBytes)],
  ];
  const head = `| ${title} | ${results.map((x) => x.label).join(' | ')} |\n|---|${results.map(() => '---:|').join('')}`;
  return [head, ...rows.map(([name, f]) => `| ${name} | ${results.map((x) => f(x.r)).join(' | ')} |`)].join(
    '\n',
  );
}

/** The "why this index" figures: what one query reads, from the per-query counts of a run. */
function whyIndex(r: SuiteResult | undefined): string {
  if (!r) return 'No run.';
  const queries = Object.keys(r.keysRead);
  const keys = queries.map((q) => r.keysRead[q]);
  const left = queries.map((q) => r.candidates[q]);
  const mean = (v: number[]) => Math.round(v.reduce((s, x) => s + x, 0) / Math.max(1, v.length));
  const rowKb = r.searchRowBytes / r.pages / 1024;
  return `The word index is one multi-entry index over the search rows (${r.indexEntriesPerPage.toFixed(0)} terms per page:
Chinese bigrams and lower-cased words, each once: a headline term only in a marked form, so relevance can tell
it apart, and a search reads the plain and the marked key of every term). Primary keys are page
ids, i.e. save order, so relevance ties need no read; date order reuses the key list of a date-range filter, and
otherwise reads the date index's keys (key-only) or, for at most 300 pages, their rows.

Per query at ${r.pages} pages (these ${queries.length} queries): the term lists read hold ${mean(keys)} keys on average
(max ${Math.max(...keys)}), and ${mean(left)} candidates (max ${Math.max(...left)}) survive the intersection.

A search asks for every key list it needs up front in one round trip: the filters and the query's terms (plain
and marked, the marked ones also giving the headline signal); lists are intersected smallest first in memory, and rows are read
only for the page of results shown (for a 3+-character Chinese query, rows of up to 200 candidates to check the
substring, ${rowKb.toFixed(1)} kB each; beyond, only as many as the page shown needs, the total then counting the
unchecked rest). The answer is handed back as soon as it is built, not after the read transaction's completion
event (a further round trip). "Not starred" reads the starred pages (the few) and removes them instead of reading
the 0-list of nearly every page; a date range that is a text query's only filter is read only as far as telling
whether a full-text scan applies, and when the text matches at most 300 pages their rows give the dates; the
stories of a page of results come through the articles' page index in the same round trip as the pages.
Search rows a save wrote but whose terms are not indexed yet are read in that same round trip through their
one-entry \`pending\` index and matched in memory key for key as the index would (exact terms, prefix ranges,
marked head terms), so a save need not write its row's index entries before it resolves.`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const docs = loadCorpus();
  console.log(`corpus: ${docs.length} documents (${docs.filter((d) => d.lang === 'zh').length} Chinese)`);
  const queries = pickQueries(docs, PAGES);
  console.log(`queries: ${queries.zh.join(' ')} | ${queries.en.join(' ')}`);
  const all = [...queries.zh, ...queries.en];

  const mainRun: SuiteOptions = {
    pages: PAGES,
    scope: 'digest',
    queries,
    name: `bench-main-${Date.now()}`,
    skipExport: process.env.BENCH_SKIP_EXPORT === '1',
  };
  const compare = (scope: 'digest' | 'fulltext'): SuiteOptions => ({
    pages: COMPARE_PAGES,
    scope,
    queries,
    skipExport: true,
    name: `bench-${scope}-${Date.now()}`,
  });

  const nodeResults: { label: string; r: SuiteResult }[] = [];
  if (process.env.BENCH_SKIP_NODE !== '1') {
    console.log(`node (fake-indexeddb): ${NODE_PAGES} pages`);
    nodeResults.push({
      label: `Node fake-indexeddb, digest index`,
      r: await runSuite(docs, { ...mainRun, pages: NODE_PAGES }, console.log),
    });
  }
  const chromeResults: { label: string; r: SuiteResult }[] = [];
  if (process.env.BENCH_SKIP_CHROMIUM !== '1' && existsSync(CHROMIUM)) {
    console.log(`chromium: ${PAGES} pages, then digest vs fulltext at ${COMPARE_PAGES}`);
    const runs =
      process.env.BENCH_COMPARE !== '1' ? [mainRun] : [mainRun, compare('digest'), compare('fulltext')];
    const [full, digestSmall, fulltextSmall] = await runInChromium(docs, runs);
    chromeResults.push({ label: `Chromium, digest index (chosen), ${PAGES}`, r: full });
    if (digestSmall && fulltextSmall) {
      chromeResults.push(
        { label: `Chromium, digest index, ${COMPARE_PAGES}`, r: digestSmall },
        { label: `Chromium, full-text bigram index, ${COMPARE_PAGES}`, r: fulltextSmall },
      );
    }
  }

  const truth = truthCounts(docs, COMPARE_PAGES, all);
  const digestSmall = chromeResults[1]?.r;
  const fulltextSmall = chromeResults[2]?.r;
  const recallRows = all.map((q) => {
    const d = digestSmall?.hits[q];
    const f = fulltextSmall?.hits[q];
    return `| ${q} | ${truth[q]} | ${f ?? '–'} | ${d ?? '–'} | ${d !== undefined && truth[q] ? `${Math.round((100 * d) / truth[q])} %` : '–'} |`;
  });
  const found = (r: SuiteResult | undefined) => (r ? all.reduce((s, q) => s + (r.hits[q] ?? 0), 0) : 0);
  const truthTotal = all.reduce((s, q) => s + truth[q], 0);

  const md = `# Store benchmark

Generated by \`npm run bench:store\` (scripts/bench-store.ts) on ${new Date().toISOString().slice(0, 10)}, ${process.platform}, Node ${process.version}, ${cpus().length} cores shared with other work (load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}).
All times are wall-clock on that shared machine; an idle machine is faster.
Library: ${PAGES} pages (about 4 articles each) built from the real text of the shared corpus (${docs.length} documents) and the seed bulletin:
20–60 % Chinese by page, 24 sites, 3 years of edition dates, tags, notes, stars, highlights, 2 % of stories saved from two sites.
Each search is timed once after one warm-up run of the same query (20 results per page of results).
Targets in real Chromium: search median ≤ 30 ms and p95 ≤ 100 ms, save median ≤ 10 ms.

A save is timed until its promise resolves: the page, its stories and its search row are committed and the
page is found by search. The row's ~400 index terms are written by a following transaction (write-behind
indexing; until then search matches the row in memory): "indexed within" is that transaction's time after the
save resolved, waited for outside the save's clock before the next save starts, so no timed save overlaps
another's indexing. The library is filled through saveMany, which writes its rows indexed in its own
transaction. Searches are timed on the fully indexed library, then again with the rows of the 20 latest pages
pending (their totals must not change).

Queries — Chinese: ${queries.zh.join(' · ')}
English (prefixes): ${queries.en.join(' · ')}

## Real IndexedDB in headless Chromium

${chromeResults.length ? table('Chromium', chromeResults) : 'Chromium was not available on this run.'}

## fake-indexeddb under Node

${nodeResults.length ? table('Node', nodeResults) : 'Skipped on this run.'}

fake-indexeddb keeps everything in JavaScript memory; its times are for regression tracking, not for users.

## Why this index, and how search reads it

${whyIndex(chromeResults[0]?.r ?? nodeResults[0]?.r)}

${
  digestSmall && fulltextSmall
    ? `### Digest words and bigrams vs. every bigram of the full text

Both indexes at ${COMPARE_PAGES} pages in Chromium. Hits per query, against the ground truth (pages whose full
text, notes or tags hold the query):

| query | pages with it in full text | full-text index hits | digest index hits | digest recall |
|---|---:|---:|---:|---:|
${recallRows.join('\n')}
| **all** | ${truthTotal} | ${found(fulltextSmall)} | ${found(digestSmall)} | ${truthTotal ? `${Math.round((100 * found(digestSmall)) / truthTotal)} %` : '–'} |`
    : 'The digest-vs-full-text index comparison runs with BENCH_COMPARE=1 (not on this run).'
}

Run time: ${((performance.now() - started) / 1000).toFixed(0)} s.
`;
  const out = join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, process.env.BENCH_OUT ?? 'store.md'), md);
  console.log(md);
}

await main();
