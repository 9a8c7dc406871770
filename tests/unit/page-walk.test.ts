// extract() reads detection's scan, the metadata lines and the content region in one walk of the page
// (lib/extract/page-walk). Each reader also runs on a scan of its own (detect(), readPage(), findContent()):
// on every golden fixture and the seed's pages, both ways must read the same page.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/detect/scan';
import { readPage } from '../../lib/extract/metadata/page-lines';
import { walkPage } from '../../lib/extract/page-walk';
import { findContent } from '../../lib/extract/region';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const SEED = join(ROOT, '..', 'shared', 'fixtures', 'seed');
const pages = [
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(FIXTURES, name)),
  ...['epaper-text.html', 'epaper-structured.html', 'index-page.html', 'single-article.html'].map((name) =>
    join(SEED, name),
  ),
];
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const unlimited = { maxNodes: Infinity, deadline: Infinity, now: () => 0 };
const lines = (read: ReturnType<typeof readPage>) =>
  read.lines.map((line) => ({
    text: line.text,
    full: line.full,
    hasLink: line.hasLink,
    heading: line.heading,
  }));

describe('the one page walk', () => {
  it.each(pages.map((path) => [basename(path), path]))('reads %s as the separate scans do', (_name, path) => {
    const doc = parse(readFileSync(path, 'utf8'));
    const walked = walkPage(doc, unlimited);
    const scan = scanPage(doc);
    expect(walked.scan.lines).toEqual(scan.lines);
    expect({ ...walked.scan, lines: [] }).toEqual({ ...scan, lines: [] });
    const read = readPage(doc);
    expect(lines(walked.page)).toEqual(lines(read));
    expect({ ...walked.page, lines: [] }).toEqual({ ...read, lines: [] });
    const region = findContent(doc);
    expect(walked.region.root).toBe(region.root);
    const all = [...doc.querySelectorAll('*')];
    expect(all.filter((el) => walked.region.skip.has(el))).toEqual(all.filter((el) => region.skip.has(el)));
    // Given a detection already, extract walks for the readers alone: they read the same.
    const readersOnly = walkPage(doc, unlimited, false);
    expect(lines(readersOnly.page)).toEqual(lines(read));
    expect(readersOnly.region.root).toBe(region.root);
    expect(all.filter((el) => readersOnly.region.skip.has(el))).toEqual(
      all.filter((el) => region.skip.has(el)),
    );
  });

  it('marks the region truncated when the walk stops at its limits', () => {
    const doc = parse(
      `<body><div>${'<p>全区公安机关多措并举，推动各项工作，取得明显成效。</p>'.repeat(200)}</div></body>`,
    );
    expect(walkPage(doc, unlimited).region.truncated).toBeUndefined();
    const cut = walkPage(doc, { ...unlimited, maxNodes: 100 });
    expect(cut.scan.truncated).toBe(true);
    expect(cut.region.truncated).toBe(true);
  });
});
