// npm run bench:summary — scores summarize() against the seed gold and the readability-dev excerpts, beside
// LEAD-1, LEAD-3 and plain TextRank in the same run, and times it. Writes bench/results/summary.md.
//   seed:   gold facts found (each gold string inside some fact), ROUGE vs the gold referenceSummary; the
//           articles are built from gold's sections, so extraction errors do not count against summaries.
//   corpus: readability-dev pages whose metadata has an excerpt; the page's description meta tags and
//           JSON-LD are removed first, then extract() gives the article (expected.txt paragraphs as a
//           fallback when extract is unavailable), and ROUGE is taken against the excerpt.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import type { Article, Bulletin } from '../lib/model';
import { summarize, articleSentences } from '../lib/summarize';
import { hanRatio, wordTokens } from '../lib/text';
import { parseHtml } from './lib/parse-html';
import { rouge, type RougeScores } from './lib/rouge';
import { lead, textRank } from './lib/summary-baselines';
import { WORD_SPLIT_MAX_CHARS } from '../lib/summarize/constants';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(repo, '..', 'shared');
const SEED_PUBLISHED = '2023-04-26'; // the seed page's date (single-article.html)
const TIMING_RUNS = 31;
const LONG_ARTICLE_CHARS = 20_000;

type Method = 'ours' | 'LEAD-1' | 'LEAD-3' | 'TextRank-3';
const METHODS: Method[] = ['ours', 'LEAD-1', 'LEAD-3', 'TextRank-3'];

function article(headline: string, sections: { heading?: string | null; paragraphs: string[] }[]): Article {
  return {
    id: headline,
    headline,
    authors: [],
    figures: [],
    sections: sections.map((s) =>
      s.heading ? { heading: s.heading, paragraphs: s.paragraphs } : { paragraphs: s.paragraphs },
    ),
    summary: { sentences: [], facts: [], keywords: [] },
  };
}

function candidates(a: Article, lang: string, publishedAt?: string): Record<Method, string> {
  const sentences = articleSentences(a, lang).map((s) => s.text);
  const joiner = /^(zh|ja)/.test(lang) ? '' : ' ';
  return {
    ours: summarize(a, { lang, publishedAt })
      .sentences.map((s) => s.text)
      .join(joiner),
    'LEAD-1': lead(sentences, 1).join(joiner),
    'LEAD-3': lead(sentences, 3).join(joiner),
    'TextRank-3': textRank(sentences, 3, lang).join(joiner),
  };
}

function mean(rows: RougeScores[]): RougeScores {
  const n = Math.max(rows.length, 1);
  return {
    rouge1: rows.reduce((s, r) => s + r.rouge1, 0) / n,
    rouge2: rows.reduce((s, r) => s + r.rouge2, 0) / n,
    rougeL: rows.reduce((s, r) => s + r.rougeL, 0) / n,
  };
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time and median CPU time (ms): the machine may be shared, and CPU time does not count the
 * time the process waited for a core. */
function timeMedian(a: Article, lang: string, publishedAt?: string): { wall: number; cpu: number } {
  summarize(a, { lang, publishedAt }); // warm-up: segmenters and the DF table are built once
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    summarize(a, { lang, publishedAt });
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

// ---- seed
interface GoldArticle {
  headline: string;
  subheadline: string | null;
  sections: { heading: string | null; paragraphs: string[] }[];
  facts: string[];
  referenceSummary: string;
}
const gold = JSON.parse(readFileSync(join(shared, 'fixtures', 'seed', 'gold.json'), 'utf8')) as {
  articles: GoldArticle[];
};
let factsFound = 0;
let factsTotal = 0;
const missing: string[] = [];
let factCount = 0;
let shortFacts = 0;
const seedRows: Record<Method, RougeScores[]> = { ours: [], 'LEAD-1': [], 'LEAD-3': [], 'TextRank-3': [] };
const seedArticles = gold.articles.map((g) => {
  const a = article(g.headline, g.sections);
  if (g.subheadline) a.subheadline = g.subheadline;
  return a;
});
gold.articles.forEach((g, i) => {
  const a = seedArticles[i]!;
  const summary = summarize(a, { lang: 'zh', publishedAt: SEED_PUBLISHED });
  factCount += summary.facts.length;
  shortFacts += summary.facts.filter((f) => [...f.text.trim()].length < 2).length;
  for (const want of g.facts) {
    factsTotal++;
    const bare = want.replace(/[“”]/g, '');
    if (summary.facts.some((f) => f.text.includes(want) || f.text.includes(bare))) factsFound++;
    else missing.push(`${i + 1}: ${want}`);
  }
  const c = candidates(a, 'zh', SEED_PUBLISHED);
  for (const m of METHODS) seedRows[m].push(rouge(c[m], g.referenceSummary));
});

// ---- corpus
type Extract = (doc: Document, url?: string) => Bulletin;
let extractFn: Extract | undefined;
if (existsSync(join(repo, 'lib', 'extract', 'index.ts')) && !process.argv.includes('--expected')) {
  try {
    extractFn = ((await import('../lib/extract/index')) as { extract: Extract }).extract;
  } catch (e) {
    console.error(`extract() unavailable (${(e as Error).message.split('\n')[0]}); using expected.txt`);
  }
}

/** The page without what would hand the excerpt over: description meta tags and JSON-LD. */
function withoutDescriptions(doc: Document): Document {
  for (const el of [
    ...doc.querySelectorAll(
      'meta[name="description" i], meta[property="og:description" i], meta[name="twitter:description" i], meta[property="twitter:description" i], meta[itemprop="description" i]',
    ),
    ...doc.querySelectorAll('script[type="application/ld+json"]'),
  ]) {
    el.remove();
  }
  return doc;
}

const articleSize = (a: Article) => a.sections.reduce((n, s) => n + s.paragraphs.join('').length, 0);
function longest(articles: Article[]): Article | undefined {
  return articles.toSorted((a, b) => articleSize(b) - articleSize(a))[0];
}

const corpusDir = join(shared, 'corpus', 'readability-dev');
const corpusRows: Record<Method, RougeScores[]> = { ours: [], 'LEAD-1': [], 'LEAD-3': [], 'TextRank-3': [] };
let corpusPages = 0;
let extractFailures = 0;
for (const page of readdirSync(corpusDir).toSorted()) {
  const metaFile = join(corpusDir, page, 'expected-metadata.json');
  if (!existsSync(metaFile)) continue;
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as {
    excerpt?: string;
    lang?: string;
    title?: string;
  };
  if (!meta.excerpt) continue;
  const expected = readFileSync(join(corpusDir, page, 'expected.txt'), 'utf8');
  let a: Article | undefined;
  let lang = meta.lang || (hanRatio(expected.slice(0, 2000)) > 0.3 ? 'zh' : 'en');
  if (extractFn) {
    try {
      const doc = withoutDescriptions(parseHtml(readFileSync(join(corpusDir, page, 'source.html'), 'utf8')));
      const bulletin = extractFn(doc, `https://example.org/${page}`);
      a = longest(bulletin.articles);
      if (bulletin.lang && bulletin.lang !== 'und') lang = bulletin.lang;
    } catch {
      extractFailures++;
    }
  }
  if (!a || a.sections.every((s) => s.paragraphs.length === 0)) {
    if (extractFn) extractFailures++;
    a = article(meta.title ?? '', [
      {
        paragraphs: expected
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      },
    ]);
  }
  corpusPages++;
  const c = candidates(a, lang);
  for (const m of METHODS) corpusRows[m].push(rouge(c[m], meta.excerpt));
}

// ---- timing
const seedLongest = seedArticles.reduce((x, y) => (articleSize(x) >= articleSize(y) ? x : y));
function longArticle(dir: string, lang: string): Article {
  const paragraphs: string[] = [];
  let size = 0;
  for (const page of readdirSync(dir).toSorted()) {
    const file = join(dir, page, 'expected.txt');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    // Chinese corpus text keeps the source's hard line wraps: join them back into paragraphs.
    const paras = lang === 'zh' ? text.replace(/\n/g, '').split(/(?<=。)(?=[^。]{200,})/u) : text.split('\n');
    for (const p of paras.map((x) => x.trim()).filter(Boolean)) {
      if (size >= LONG_ARTICLE_CHARS) break;
      const piece = p.slice(0, LONG_ARTICLE_CHARS - size);
      paragraphs.push(piece);
      size += piece.length;
    }
    if (size >= LONG_ARTICLE_CHARS) break;
  }
  return article(lang === 'zh' ? '长篇文章' : 'A long article', [{ paragraphs }]);
}
const longZh = longArticle(join(shared, 'corpus', 'cwced-zh-dev'), 'zh');
const longEn = longArticle(join(shared, 'corpus', 'scrapinghub-dev'), 'en');
/** CPU median of Intl.Segmenter's word split over every sentence: a yardstick for how loaded the machine is,
 * and the cost summarize() avoids on long articles. */
function segmenterCpu(a: Article, lang: string): number {
  const sentences = articleSentences(a, lang).map((x) => x.text);
  const cpu: number[] = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    const c0 = process.cpuUsage();
    for (const text of sentences) wordTokens(text, lang);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return median(cpu);
}
const segmenterFloor = { zh: segmenterCpu(longZh, 'zh'), en: segmenterCpu(longEn, 'en') };
const loadAtTiming = loadavg()[0]!;
const timing = {
  seed: timeMedian(seedLongest, 'zh', SEED_PUBLISHED),
  zh: timeMedian(longZh, 'zh'),
  en: timeMedian(longEn, 'en'),
};

// ---- report
const f = (x: number) => x.toFixed(3);
const table = (rows: Record<Method, RougeScores[]>) =>
  [
    '| method | ROUGE-1 | ROUGE-2 | ROUGE-L |',
    '|---|---|---|---|',
    ...METHODS.map((m) => {
      const r = mean(rows[m]);
      return `| ${m} | ${f(r.rouge1)} | ${f(r.rouge2)} | ${f(r.rougeL)} |`;
    }),
  ].join('\n');
const ours = (rows: Record<Method, RougeScores[]>) => mean(rows.ours);
const checks = [
  [`all seed gold facts found (${factsFound}/${factsTotal})`, factsFound === factsTotal],
  [`no fact empty or one character (${shortFacts} of ${factCount})`, shortFacts === 0],
  ['seed ROUGE-2 ≥ LEAD-3', ours(seedRows).rouge2 >= mean(seedRows['LEAD-3']).rouge2],
  ['seed ROUGE-1 ≥ LEAD-1', ours(seedRows).rouge1 >= mean(seedRows['LEAD-1']).rouge1],
  ['corpus ROUGE-2 ≥ LEAD-3', ours(corpusRows).rouge2 >= mean(corpusRows['LEAD-3']).rouge2],
  ['corpus ROUGE-1 ≥ LEAD-1', ours(corpusRows).rouge1 >= mean(corpusRows['LEAD-1']).rouge1],
  [
    `20,000-character article median ≤ 20 ms wall (zh ${timing.zh.wall.toFixed(1)} wall / ${timing.zh.cpu.toFixed(1)} CPU, en ${timing.en.wall.toFixed(1)} wall / ${timing.en.cpu.toFixed(1)} CPU)`,
    Math.max(timing.zh.wall, timing.en.wall) <= 20,
  ],
] as const;

const report = `# Summary benchmark

Generated by \`npm run bench:summary\` (scripts/bench-summary.ts). ROUGE scores are mean F1 per document:
characters for Chinese and Japanese, lower-cased words otherwise. Baselines run in the same pass over the same
sentence list: LEAD-1, LEAD-3 and TextRank-3 (Mihalcea & Tarau: word overlap, PageRank, top 3 in order).

## Seed (${gold.articles.length} articles, gold sections as input, page date ${SEED_PUBLISHED})

Key facts: ${factsFound}/${factsTotal} gold facts found, ${factCount} facts in all, ${shortFacts} of one character or empty.
${missing.length ? `Missing: ${missing.join(', ')}` : ''}

ROUGE against the gold \`referenceSummary\`:

${table(seedRows)}

## Corpus: readability-dev pages with an excerpt (${corpusPages} pages)

Description meta tags and JSON-LD removed before extraction. Article text: ${
  extractFn
    ? `\`extract()\` (the longest article of each page; ${extractFailures} page(s) fell back to expected.txt)`
    : 'expected.txt paragraphs (extract() unavailable)'
}.

${table(corpusRows)}

## Time (median of ${TIMING_RUNS} runs after one warm-up, Node ${process.versions.node}, load average ${loadAtTiming.toFixed(1)} on ${cpus().length} cores)

| article | characters | median wall ms | median CPU ms |
|---|---|---|---|
| seed's longest | ${articleSize(seedLongest)} | ${timing.seed.wall.toFixed(2)} | ${timing.seed.cpu.toFixed(2)} |
| Chinese (cwced-zh-dev text) | ${articleSize(longZh)} | ${timing.zh.wall.toFixed(2)} | ${timing.zh.cpu.toFixed(2)} |
| English (scrapinghub-dev text) | ${articleSize(longEn)} | ${timing.en.wall.toFixed(2)} | ${timing.en.cpu.toFixed(2)} |

For scale, in the same run: Intl.Segmenter's word split of every sentence alone takes a median
${segmenterFloor.zh.toFixed(1)} ms CPU on the Chinese article and ${segmenterFloor.en.toFixed(1)} ms on the English one. summarize() word-splits
only articles of at most ${WORD_SPLIT_MAX_CHARS.toLocaleString('en')} Chinese characters (longer ones are compared on character bigrams keyed by
their two characters, and their fact rules read word boundaries from the keyword sample's words or look them up
where a rule needs one); words of spaced scripts come from a regular expression.
Wall time on a shared machine includes the time the process waited for a core; CPU time does not.${
  loadAtTiming > cpus().length
    ? `\nThis run's machine was busy (load average ${loadAtTiming.toFixed(1)} on ${cpus().length} cores): its wall times say more about the load than about summarize().`
    : ''
}

## Done-when checks

${checks.map(([name, ok]) => `- [${ok ? 'x' : ' '}] ${name}`).join('\n')}
`;
mkdirSync(join(repo, 'bench', 'results'), { recursive: true });
writeFileSync(join(repo, 'bench', 'results', 'summary.md'), report);
console.log(report);
