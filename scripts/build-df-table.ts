// Builds lib/summarize/data/df.json: document frequencies of terms over the shared corpus's expected.txt
// files (the texts, not the HTML), keeping the most frequent terms only so the table stays small enough to
// ship in the extension page bundle. Usage: npm exec tsx scripts/build-df-table.ts [corpusDir]
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { termsOf } from '../lib/summarize/terms';
import { DF_MAX_TERMS, DF_MIN_DOCS } from '../lib/summarize/constants';
import { hanRatio } from '../lib/text';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.argv[2] ?? join(repo, '..', 'shared', 'corpus'));
const out = join(repo, 'lib', 'summarize', 'data', 'df.json');

const files: string[] = [];
for (const set of readdirSync(corpus).toSorted()) {
  const setDir = join(corpus, set);
  if (!existsSync(setDir) || !readdirSync(setDir, { withFileTypes: true }).some((d) => d.isDirectory()))
    continue;
  for (const page of readdirSync(setDir).toSorted()) {
    const file = join(setDir, page, 'expected.txt');
    if (existsSync(file)) files.push(file);
  }
}

const df = new Map<string, number>();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const lang = hanRatio(text.slice(0, 2000)) > 0.3 ? 'zh' : 'en';
  for (const term of new Set(termsOf(text, lang))) df.set(term, (df.get(term) ?? 0) + 1);
}

const kept = [...df.entries()]
  .filter(([, n]) => n >= DF_MIN_DOCS)
  .toSorted((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, DF_MAX_TERMS);
const byDf: Record<string, string> = {};
for (const [term, n] of kept.toSorted((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
  byDf[n] = byDf[n] ? `${byDf[n]} ${term}` : term;
}
const json = JSON.stringify({ docs: files.length, byDf });
writeFileSync(out, json + '\n');
console.log(`${files.length} documents, ${df.size} terms, kept ${kept.length}: ${json.length} bytes`);
