// npm run bench:extract — this extractor against @mozilla/readability and defuddle on the three corpora, in
// one run, on one DOM implementation (linkedom, through the shared parseHtml: Readability and Defuddle both
// run on it). Each page is parsed afresh for each extractor, so none sees another's changes (Readability
// rewrites its document); only the extraction is timed. Prints the table and writes bench/results/extract.md.
//
// Metrics: body-text F1 over a bag of tokens (scripts/lib/metrics.ts); our text is every article's section
// headings and paragraphs, Readability's and Defuddle's their content's textContent. Title: exact match after
// whitespace is collapsed. Author: normalised names equal or contain one another (authorMatches). Date: the
// same calendar day as printed, at the gold's precision (dateMatches). Accuracies count pages with gold only.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { detect } from '../lib/detect';
import { extract } from '../lib/extract';
import { parseHtml } from './lib/parse-html';
import { authorMatches, dateMatches, mean, median, quantile, tokenF1 } from './lib/metrics';

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS_ROOT = resolve(process.env.BD_CORPUS ?? join(here, '../../shared/corpus'));
const CORPORA = ['scrapinghub-dev', 'cwced-zh-dev', 'readability-dev'];
const RESULTS = join(here, '../bench/results/extract.md');
/** Pages run untimed first so that no extractor pays the JIT warm-up in the timings. */
const WARM_UP_PAGES = 5;

interface Gold {
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  url?: string | null;
}

interface Output {
  text: string;
  title?: string;
  author?: string;
  date?: string;
  ms: number;
}

type Extractor = (html: string, url: string) => Output;

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
}

const extractors: Record<string, Extractor> = {
  'bulletin-digest': (html, url) => {
    const doc = parseHtml(html, url);
    const [bulletin, ms] = timed(() => extract(doc, url));
    const text = bulletin.articles
      .flatMap((a) => a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]))
      .join('\n');
    const authors = [...new Set(bulletin.articles.flatMap((a) => a.authors))];
    return {
      text,
      title: bulletin.title,
      author: authors.join(' '),
      date: bulletin.publishedAt ?? bulletin.articles[0]?.publishedAt,
      ms,
    };
  },
  readability: (html, url) => {
    const doc = parseHtml(html, url);
    const [article, ms] = timed(() => new Readability(doc).parse());
    return {
      text: article?.textContent ?? '',
      title: article?.title ?? undefined,
      author: article?.byline ?? undefined,
      date: article?.publishedTime ?? undefined,
      ms,
    };
  },
  defuddle: (html, url) => {
    const doc = parseHtml(html, url);
    const [result, ms] = timed(() => new DefuddleClass(doc, { url }).parse());
    const content = parseHtml(`<!DOCTYPE html><html><body>${result.content ?? ''}</body></html>`);
    return {
      text: content.body?.textContent ?? '',
      title: result.title,
      author: result.author,
      date: result.published,
      ms,
    };
  },
};

interface Row {
  corpus: string;
  extractor: string;
  pages: number;
  f1: number[];
  titles: boolean[];
  authors: boolean[];
  dates: boolean[];
  ms: number[];
  failures: number;
}

function readCase(dir: string): { html: string; expected: string; gold: Gold } {
  const goldPath = join(dir, 'expected-metadata.json');
  return {
    html: readFileSync(join(dir, 'source.html'), 'utf8'),
    expected: readFileSync(join(dir, 'expected.txt'), 'utf8'),
    gold: existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as Gold) : {},
  };
}

const collapse = (text: string | undefined | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Stands in for pages whose gold has no URL (Defuddle needs one); it carries no date or site hint. */
const PLACEHOLDER_URL = 'https://example.com/page.html';

/** detect() alone, per corpus: it runs on every page load, so its own cost is reported. */
const detectTimes = new Map<string, number[]>();

function timeDetect(corpus: string, html: string, url: string): void {
  const doc = parseHtml(html, url);
  const [, ms] = timed(() => detect(doc, url));
  const times = detectTimes.get(corpus) ?? [];
  times.push(ms);
  detectTimes.set(corpus, times);
}

function runCorpus(corpus: string): Row[] {
  const root = join(CORPUS_ROOT, corpus);
  const cases = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const names = Object.keys(extractors);
  const rows = names.map((extractor): Row => ({
    corpus,
    extractor,
    pages: 0,
    f1: [],
    titles: [],
    authors: [],
    dates: [],
    ms: [],
    failures: 0,
  }));
  for (const id of cases.slice(0, WARM_UP_PAGES)) {
    const { html, gold } = readCase(join(root, id));
    for (const name of names) {
      try {
        extractors[name](html, gold.url || PLACEHOLDER_URL);
      } catch {
        // failures are counted in the timed pass
      }
    }
  }
  // Extractors take turns page by page, so a busy moment on the machine hits all of them alike.
  cases.forEach((id, index) => {
    const { html, expected, gold } = readCase(join(root, id));
    timeDetect(corpus, html, gold.url || PLACEHOLDER_URL);
    for (let k = 0; k < names.length; k++) {
      const turn = (index + k) % names.length;
      const row = rows[turn];
      let out: Output;
      try {
        out = extractors[names[turn]](html, gold.url || PLACEHOLDER_URL);
      } catch {
        row.failures++;
        out = { text: '', ms: NaN };
      }
      row.pages++;
      row.f1.push(tokenF1(out.text, expected).f1);
      if (!Number.isNaN(out.ms)) row.ms.push(out.ms);
      if (gold.title) row.titles.push(collapse(out.title) === collapse(gold.title));
      if (gold.byline) row.authors.push(authorMatches(out.author, gold.byline));
      if (gold.published) row.dates.push(dateMatches(out.date, gold.published));
    }
  });
  return rows;
}

const pct = (values: boolean[]) =>
  values.length
    ? `${((100 * values.filter(Boolean).length) / values.length).toFixed(0)}% (${values.length})`
    : '—';

function table(rows: Row[]): string {
  const header =
    '| corpus | extractor | pages | mean F1 | median F1 | title | author | date | median ms | p95 ms |\n' +
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map((r) =>
    [
      r.corpus,
      r.extractor + (r.failures ? ` (${r.failures} threw)` : ''),
      r.pages,
      mean(r.f1).toFixed(3),
      median(r.f1).toFixed(3),
      pct(r.titles),
      pct(r.authors),
      pct(r.dates),
      median(r.ms).toFixed(1),
      quantile(r.ms, 0.95).toFixed(1),
    ].join(' | '),
  );
  return [header, ...lines.map((l) => `| ${l} |`)].join('\n');
}

function main(): void {
  // Timings on a shared machine swing with its load; the ratios between extractors hold better.
  const loadAtStart = loadavg()[0].toFixed(1);
  const rows = CORPORA.flatMap((corpus) => {
    process.stderr.write(`${corpus}…\n`);
    return runCorpus(corpus);
  });
  const detectLine = [...detectTimes.entries()]
    .map(
      ([corpus, times]) =>
        `${corpus} ${median(times).toFixed(2)} ms median, ${quantile(times, 0.95).toFixed(2)} ms p95`,
    )
    .join('; ');
  const out = `${table(rows)}\n\ndetect() alone: ${detectLine}.`;
  console.log(out);
  const notes = [
    '# Extraction benchmark',
    '',
    `Run: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, DOM: linkedom (scripts/lib/parse-html.ts) for all three extractors; load average ${loadAtStart} at start.`,
    '',
    out,
    '',
    'F1: bag of tokens (Latin words lower-cased, each Han character one token); our text = every article’s',
    'section headings and paragraphs; Readability/Defuddle = textContent of their content. Title: exact match',
    'after collapsing whitespace. Author: normalised names equal or contain one another. Date: same calendar',
    'day as printed, at the gold’s precision. Percentages count pages with gold (number in brackets).',
    'Times: extraction only (parsing excluded), each page parsed afresh per extractor, after an untimed warm-up.',
    'readability-dev’s gold is Readability’s own output: a regression check, not a quality target.',
    '',
  ].join('\n');
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, notes);
}

main();
