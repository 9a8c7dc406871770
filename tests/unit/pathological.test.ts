// The pathological corpus through detect + extract + summarize, on happy-dom (the test DOM) and on linkedom
// (the CLI's parser): no throw, the expected outcome, and detect + extract within the budget. Times here get a
// generous factor because the machines running tests are shared; the benchmark (npm run bench:hostile) and
// docs/BUDGET.md hold the strict figures.
import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../lib/extract';
import { DEFAULT_MAX_MILLIS, DEFAULT_MAX_NODES } from '../../lib/extract/constants';
import type { Bulletin } from '../../lib/model';
import { parseHtml } from '../../scripts/lib/parse-html';
import {
  PATHOLOGICAL_CASES,
  SHADOW_ARTICLE,
  deepNestingPage,
  manyArticlesPage,
  manyParagraphsPage,
  type PathologicalCase,
} from '../pathological/cases';
import { allParagraphs, outputChars, runPipeline } from '../pathological/run';

/** Slack for a noisy shared machine: BD_TIME_FACTOR=1 checks the strict budget. */
const TIME_FACTOR = Number(process.env.BD_TIME_FACTOR ?? 4);
const TIME_LIMIT_MS = DEFAULT_MAX_MILLIS * TIME_FACTOR;

type Dom = 'happy-dom' | 'linkedom';

const PARSERS: Record<Dom, (html: string) => Document> = {
  'happy-dom': (html) => new DOMParser().parseFromString(html, 'text/html'),
  linkedom: (html) => parseHtml(html),
};

interface Variant {
  html: () => string;
  /** Budget options scaled with the page, so the same pages are cut short as at full size. */
  options?: ExtractOptions;
}

/**
 * What happy-dom runs instead of the full page, and why. It cannot hold 20,000 levels at all: its parser and
 * its querySelectorAll recurse per level and overflow the stack near 5,000, so it gets 2,000 (Chromium's
 * parser flattens anything past 512 levels anyway). And its parser takes about 6 s per 4 MB on an idle
 * build machine, so the two largest pages run at a quarter of their size with a quarter of the node
 * budget. linkedom, and Chromium in `npm run bench:hostile`, take every page at full size.
 */
const DOM_VARIANTS: Partial<Record<Dom, Record<string, Variant>>> = {
  'happy-dom': {
    'deep-nesting': { html: () => deepNestingPage(2_000) },
    'sixty-thousand-paragraphs': {
      html: () => manyParagraphsPage(15_000),
      options: { maxNodes: DEFAULT_MAX_NODES / 4 },
    },
    'five-thousand-articles': {
      html: () => manyArticlesPage(1_250),
      options: { maxNodes: DEFAULT_MAX_NODES / 4 },
    },
  },
};

const htmlCache = new Map<string, string>();
function htmlOf(c: PathologicalCase, dom: Dom): string {
  const variant = DOM_VARIANTS[dom]?.[c.name];
  if (variant) return variant.html();
  let html = htmlCache.get(c.name);
  if (html === undefined) htmlCache.set(c.name, (html = c.html()));
  return html;
}

function expectOutcome(c: PathologicalCase, bulletin: Bulletin, inputChars: number): void {
  const e = c.expected;
  const n = bulletin.articles.length;
  expect(e.kinds, 'detection kind').toContain(bulletin.detection.kind);
  expect(n, 'article count').toBeGreaterThanOrEqual(e.articles.min);
  expect(n, 'article count').toBeLessThanOrEqual(e.articles.max);
  if (e.truncated !== 'either') expect(bulletin.truncated ?? false, 'truncated').toBe(e.truncated);
  if (e.headline && n > 0) expect(bulletin.articles[0].headline).toBe(e.headline);
  if (e.paragraphs && n > 0) {
    const count = bulletin.articles[0].sections.reduce((sum, s) => sum + s.paragraphs.length, 0);
    expect(count, 'paragraphs of the first article').toBeGreaterThanOrEqual(e.paragraphs.min);
    expect(count, 'paragraphs of the first article').toBeLessThanOrEqual(e.paragraphs.max);
  }
  if (e.lang) expect(bulletin.lang.split('-')[0]).toBe(e.lang);

  // Whatever the page, the output holds no repeated paragraph and is no larger than the page.
  const paragraphs = allParagraphs(bulletin);
  expect(paragraphs.length - new Set(paragraphs).size, 'repeated paragraphs').toBe(0);
  expect(outputChars(bulletin)).toBeLessThanOrEqual(inputChars);
  for (const a of bulletin.articles) {
    expect(typeof a.headline).toBe('string');
    for (const p of a.sections.flatMap((s) => s.paragraphs)) expect(p.trim()).not.toBe('');
  }
}

describe.each<Dom>(['happy-dom', 'linkedom'])('pathological pages on %s', (dom) => {
  it.each(PATHOLOGICAL_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const html = htmlOf(c, dom);
    const doc = PARSERS[dom](html);
    // The time budget gets the same slack as the time check: a loaded machine must not turn a small page
    // into a truncated one. Pages over the node budget are cut short whatever the machine.
    const run = runPipeline(doc, c.url, {
      maxMillis: TIME_LIMIT_MS,
      ...DOM_VARIANTS[dom]?.[c.name]?.options,
    });
    expectOutcome(c, run.bulletin, html.length);
    expect(run.summaries).toHaveLength(run.bulletin.articles.length);
    expect(run.detectMs + run.extractMs, 'detect + extract ms').toBeLessThanOrEqual(TIME_LIMIT_MS);
    // No wall-clock check on summarizing here: the popup summarizes article by article off the page's
    // thread, 5,000 articles at once is not a reader's path, and on a loaded machine such a check fails
    // for no fault of the code. Per-article bounds live in summarize-limits.test.ts; bench:hostile prints
    // the time.
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
  });
});

describe('an article in an open shadow root, as Chromium builds it from <template shadowrootmode>', () => {
  // Chromium's parser attaches the template's content as the host's shadow root: document.querySelector and
  // textContent no longer see it, only host.shadowRoot does. happy-dom 21 and linkedom 0.18 do not attach
  // declarative shadow roots; this builds what Chromium has with attachShadow.
  it('is found and extracted whole', () => {
    const doc = new DOMParser().parseFromString(
      '<!DOCTYPE html><html lang="en"><head><title>Shadow</title></head><body><header><a href="/">Home</a></header><news-story></news-story></body></html>',
      'text/html',
    );
    const shadow = doc.querySelector('news-story')!.attachShadow({ mode: 'open' });
    const article = doc.createElement('article');
    const h1 = doc.createElement('h1');
    h1.textContent = SHADOW_ARTICLE.headline;
    article.append(h1);
    for (const text of SHADOW_ARTICLE.paragraphs) {
      const p = doc.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    shadow.append(article);
    const run = runPipeline(doc, 'https://example.org/shadow.html');
    expect(run.bulletin.articles).toHaveLength(1);
    expect(run.bulletin.articles[0].headline).toBe(SHADOW_ARTICLE.headline);
    expect(allParagraphs(run.bulletin)).toEqual(SHADOW_ARTICLE.paragraphs);
  });

  it("keeps the host's own (slotted) children after the shadow content", () => {
    const doc = new DOMParser().parseFromString(
      '<!DOCTYPE html><html lang="en"><head><title>Slots</title></head><body><news-story></news-story></body></html>',
      'text/html',
    );
    const host = doc.querySelector('news-story')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const h1 = doc.createElement('h1');
    h1.textContent = SHADOW_ARTICLE.headline;
    shadow.append(h1, doc.createElement('slot'));
    for (const text of SHADOW_ARTICLE.paragraphs) {
      const p = doc.createElement('p');
      p.textContent = text;
      host.append(p);
    }
    const run = runPipeline(doc, 'https://example.org/slots.html');
    expect(run.bulletin.articles).toHaveLength(1);
    expect(run.bulletin.articles[0].headline).toBe(SHADOW_ARTICLE.headline);
    expect(allParagraphs(run.bulletin)).toEqual(SHADOW_ARTICLE.paragraphs);
  });
});
