// The hostile-page benchmark: how long detect and extract take on the pathological corpus (and, for the
// budget's baseline, on the real corpus pages), against the extraction budget in lib/extract/constants.ts.
//  - Chromium: each pathological page loaded from a local route, detect + extract bundled and run in the
//    page as the content script runs them; the first run in a fresh page is the one a reader waits for.
//  - Node, linkedom (the CLI's DOM): the same cases, plus summarize, and the corpus pages.
// Prints a table and the longest case, writes bench/results/hostile.md, and exits non-zero when the
// longest case in Chromium exceeds the budget by more than BUDGET_OVERRUN_FACTOR.
// Usage: npm run bench:hostile [-- --no-browser] [--no-node] [--no-corpus] [--browser-corpus]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { DEFAULT_MAX_MILLIS, DEFAULT_MAX_NODES } from '../lib/extract/constants';
import { PATHOLOGICAL_CASES, type PathologicalCase } from '../tests/pathological/cases';
import { runPipeline } from '../tests/pathological/run';
import { bundleIife } from './lib/bundle';
import { chromiumExecutable } from './lib/chromium';
import { median, quantile } from './lib/metrics';
import { parseHtml } from './lib/parse-html';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_DIR = resolve(REPO_ROOT, '..', 'shared', 'corpus');
const RESULT_FILE = join(REPO_ROOT, 'bench', 'results', 'hostile.md');
/** Warm runs after the first, cold one (the median of these shows what compilation cost the first). */
const WARM_RUNS = 3;
/** The extractor checks its clock every few hundred nodes and then finishes what it holds: some overrun. */
const BUDGET_OVERRUN_FACTOR = 1.5;
const ORIGIN = 'http://hostile.test';
/** Cases slower than this are not repeated warm (on a shared machine a repeat only costs time). */
const SLOW_CASE_MS = 2_000;

const args = new Set(process.argv.slice(2));

interface CaseTiming {
  name: string;
  where: 'chromium' | 'linkedom';
  bytes: number;
  parseMs?: number;
  detectMs: number;
  extractMs: number;
  warmMs?: number;
  summarizeMs?: number;
  kind: string;
  articles: number;
  truncated: boolean;
  error?: string;
}

const fmt = (ms: number | undefined) => (ms === undefined ? '' : ms < 10 ? ms.toFixed(1) : ms.toFixed(0));

/** Prints a row as soon as it is measured (a slow case should not hide the others). */
function printed(r: CaseTiming): CaseTiming {
  const what = r.error
    ? `error: ${r.error}`
    : `${r.kind}, ${r.articles} articles${r.truncated ? ', truncated' : ''}`;
  console.log(
    `  ${r.where} ${r.name}: detect ${fmt(r.detectMs)} ms, extract ${fmt(r.extractMs)} ms (${what})`,
  );
  return r;
}

// ── Node, linkedom ──

function benchCaseInNode(c: PathologicalCase): CaseTiming {
  const html = c.html();
  const start = performance.now();
  const doc = parseHtml(html);
  const parseMs = performance.now() - start;
  try {
    const run = runPipeline(doc, c.url);
    const warm: number[] = [];
    const runs = run.detectMs + run.extractMs + run.summarizeMs < SLOW_CASE_MS ? WARM_RUNS : 0;
    for (let i = 0; i < runs; i++) {
      const again = runPipeline(doc, c.url);
      warm.push(again.detectMs + again.extractMs);
    }
    return {
      name: c.name,
      where: 'linkedom',
      bytes: html.length,
      parseMs,
      detectMs: run.detectMs,
      extractMs: run.extractMs,
      warmMs: warm.length ? median(warm) : undefined,
      summarizeMs: run.summarizeMs,
      kind: run.detection.kind,
      articles: run.bulletin.articles.length,
      truncated: !!run.bulletin.truncated,
    };
  } catch (error) {
    return {
      name: c.name,
      where: 'linkedom',
      bytes: html.length,
      parseMs,
      detectMs: 0,
      extractMs: 0,
      kind: '',
      articles: 0,
      truncated: false,
      error: String((error as Error).message).split('\n')[0],
    };
  }
}

// ── Chromium ──

/**
 * Runs in the page: detect then extract, as the content script does (the budget counted from before
 * detect), the first (cold) run and warm ones.
 */
function measureInPage(warmRuns: number) {
  const g = globalThis as unknown as {
    bdHostile: {
      detect: (d: Document, u: string) => { kind: string };
      extract: (d: Document, u: string, o: object) => { articles: unknown[]; truncated?: boolean };
    };
  };
  const url = location.href;
  const startedAt = performance.now();
  const detection = g.bdHostile.detect(document, url);
  const detectMs = performance.now() - startedAt;
  let t = performance.now();
  const bulletin = g.bdHostile.extract(document, url, { detection, startedAt });
  const extractMs = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) {
    t = performance.now();
    g.bdHostile.extract(document, url, { detection: g.bdHostile.detect(document, url), startedAt: t });
    warm.push(performance.now() - t);
  }
  return {
    detectMs,
    extractMs,
    warm,
    kind: detection.kind,
    articles: bulletin.articles.length,
    truncated: !!bulletin.truncated,
  };
}

async function benchInChromium(pages: { name: string; html: () => string }[]): Promise<CaseTiming[]> {
  const bundle = await bundleIife(
    `import { detect } from './lib/detect';
import { extract } from './lib/extract';
Object.assign(globalThis, { bdHostile: { detect, extract } });`,
    REPO_ROOT,
  );
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const out: CaseTiming[] = [];
  try {
    for (const c of pages) {
      const html = c.html();
      // A fresh page per case: the bundle is compiled anew, as a content script is on each page.
      const page: Page = await browser.newPage();
      await page.route('**/*', (route) =>
        route.request().url() === `${ORIGIN}/${c.name}.html`
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : route.abort(),
      );
      const timing: CaseTiming = {
        name: c.name,
        where: 'chromium',
        bytes: html.length,
        detectMs: 0,
        extractMs: 0,
        kind: '',
        articles: 0,
        truncated: false,
      };
      try {
        // domcontentloaded: a content script runs once the DOM is parsed; layout (slow for a 1 MB line) is not ours.
        await page.goto(`${ORIGIN}/${c.name}.html`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
        await page.evaluate(bundle);
        const r = await page.evaluate(measureInPage, WARM_RUNS);
        Object.assign(timing, {
          detectMs: r.detectMs,
          extractMs: r.extractMs,
          warmMs: median(r.warm),
          kind: r.kind,
          articles: r.articles,
          truncated: r.truncated,
        });
      } catch (error) {
        timing.error = String((error as Error).message).split('\n')[0];
      }
      out.push(printed(timing));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

// ── the real corpus, for the baseline ──

interface CorpusPage {
  name: string;
  file: string;
}

function corpusPages(): CorpusPage[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR).flatMap((set) =>
    readdirSync(join(CORPUS_DIR, set))
      .filter((name) => existsSync(join(CORPUS_DIR, set, name, 'source.html')))
      .toSorted()
      .map((name) => ({ name: `${set}/${name}`, file: join(CORPUS_DIR, set, name, 'source.html') })),
  );
}

/** Element and text nodes under the body: what the extractor's node budget counts. */
function countNodes(doc: Document): number {
  let n = 0;
  const root = doc.body ?? doc.documentElement;
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === 1 || node.nodeType === 3) n++;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return n;
}

interface CorpusStats {
  pages: number;
  detect: number[];
  extract: number[];
  nodes: number[];
  truncated: string[];
}

function benchCorpusInNode(pages: CorpusPage[]): CorpusStats {
  const stats: CorpusStats = { pages: pages.length, detect: [], extract: [], nodes: [], truncated: [] };
  for (const p of pages) {
    const doc = parseHtml(readFileSync(p.file, 'utf8'));
    stats.nodes.push(countNodes(doc));
    const run = runPipeline(doc, `https://corpus.test/${p.name}`);
    stats.detect.push(run.detectMs);
    stats.extract.push(run.extractMs);
    if (run.bulletin.truncated) stats.truncated.push(p.name);
  }
  return stats;
}

function distribution(values: number[]): string {
  if (!values.length) return 'n/a';
  return `median ${fmt(median(values))}, p95 ${fmt(quantile(values, 0.95))}, max ${fmt(Math.max(...values))}`;
}

// ── report ──

function caseTable(rows: CaseTiming[]): string[] {
  const lines = [
    '| case | DOM | size | parse ms | detect ms | extract ms (first) | warm ms | summarize ms | kind | articles | truncated |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|---:|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.where} | ${(r.bytes / 1024).toFixed(0)} kB | ${fmt(r.parseMs)} | ${fmt(r.detectMs)} | ${fmt(
        r.extractMs,
      )} | ${fmt(r.warmMs)} | ${fmt(r.summarizeMs)} | ${r.error ? `error: ${r.error}` : r.kind} | ${r.articles} | ${
        r.truncated ? 'yes' : 'no'
      } |`,
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const budget = `maxMillis ${DEFAULT_MAX_MILLIS} ms, maxNodes ${DEFAULT_MAX_NODES.toLocaleString('en')}`;
  console.log(`Extraction budget: ${budget}`);
  const rows: CaseTiming[] = [];

  const browserAvailable = existsSync(chromiumExecutable());
  if (!args.has('--no-browser') && browserAvailable) {
    console.log('Chromium: pathological pages…');
    rows.push(...(await benchInChromium(PATHOLOGICAL_CASES)));
  } else if (!args.has('--no-browser')) {
    console.log(`Chromium not found at ${chromiumExecutable()}: browser figures left out`);
  }

  if (!args.has('--no-node')) {
    console.log('Node (linkedom): pathological pages…');
    // One small page first: the first call of anything pays for compilation, which is not the page's cost.
    runPipeline(parseHtml('<h1>Warm-up</h1><p>One paragraph.</p>'), 'https://warm.test/');
    for (const c of PATHOLOGICAL_CASES) rows.push(printed(benchCaseInNode(c)));
  }

  let corpus: CorpusStats | undefined;
  let browserCorpus: CaseTiming[] = [];
  if (!args.has('--no-corpus')) {
    const pages = corpusPages();
    console.log(`Node (linkedom): ${pages.length} corpus pages…`);
    corpus = benchCorpusInNode(pages);
    if (args.has('--browser-corpus') && browserAvailable) {
      console.log('Chromium: corpus pages…');
      browserCorpus = await benchInChromium(
        pages.map((p) => ({ name: p.name.replace('/', '--'), html: () => readFileSync(p.file, 'utf8') })),
      );
    }
  }

  const table = caseTable(rows);
  console.log(['', ...table].join('\n'));
  const total = (r: CaseTiming) => r.detectMs + r.extractMs;
  const longestOf = (where: CaseTiming['where']) =>
    rows
      .filter((r) => r.where === where && !r.error)
      .reduce<CaseTiming | undefined>((a, r) => (!a || total(r) > total(a) ? r : a), undefined);
  const summary: string[] = [];
  for (const where of ['chromium', 'linkedom'] as const) {
    const longest = longestOf(where);
    if (longest)
      summary.push(
        `Longest case on ${where}: ${longest.name}, detect + extract ${fmt(total(longest))} ms (budget ${DEFAULT_MAX_MILLIS} ms).`,
      );
  }
  const errors = rows.filter((r) => r.error);
  if (errors.length) summary.push(`Errors: ${errors.map((r) => `${r.name} on ${r.where}`).join(', ')}.`);
  const corpusLines = corpus
    ? [
        `Corpus (${corpus.pages} pages, linkedom, first run after a warm-up page):`,
        `- detect ms: ${distribution(corpus.detect)}`,
        `- extract ms: ${distribution(corpus.extract)}`,
        `- nodes (elements + text) per page: ${distribution(corpus.nodes)}`,
        `- truncated by the budget: ${corpus.truncated.length ? corpus.truncated.join(', ') : 'none'}`,
      ]
    : [];
  if (browserCorpus.length) {
    const ok = browserCorpus.filter((r) => !r.error);
    corpusLines.push(
      `Corpus in Chromium (${ok.length} pages, first run in a fresh page):`,
      `- detect ms: ${distribution(ok.map((r) => r.detectMs))}`,
      `- extract ms: ${distribution(ok.map((r) => r.extractMs))}`,
      `- detect + extract ms: ${distribution(ok.map(total))}`,
      `- truncated by the budget: ${
        ok
          .filter((r) => r.truncated)
          .map((r) => r.name)
          .join(', ') || 'none'
      }`,
    );
  }
  console.log(['', ...summary, '', ...corpusLines].join('\n'));

  mkdirSync(dirname(RESULT_FILE), { recursive: true });
  writeFileSync(
    RESULT_FILE,
    [
      '# Hostile pages: detect and extract times',
      '',
      `Generated by \`npm run bench:hostile\` on ${new Date().toISOString().slice(0, 10)}. Budget: ${budget}.`,
      '"first" is the first run in a fresh page (what the content script costs a reader); "warm" the median of',
      `${WARM_RUNS} more runs on the same document. Chromium rows run in the page itself; linkedom rows add the`,
      "summarizer over every article. Parsing is the browser's work, not ours, and is shown apart.",
      '',
      ...table,
      '',
      ...summary,
      '',
      ...corpusLines,
      '',
    ].join('\n'),
  );
  console.log(`\nWrote ${RESULT_FILE.slice(REPO_ROOT.length + 1)}`);

  const longestBrowser = longestOf('chromium');
  if (longestBrowser && total(longestBrowser) > DEFAULT_MAX_MILLIS * BUDGET_OVERRUN_FACTOR) {
    console.error(`Over budget: ${longestBrowser.name} took ${fmt(total(longestBrowser))} ms in Chromium.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.message ?? error).split('\n')[0]);
  process.exitCode = 1;
});
