// Properties of detect and extract on random DOM trees and random text: they never throw; every paragraph
// comes from the page's visible text (compared without whitespace and hyphens, so column mending counts);
// no paragraph is emitted more often than the page holds it; articles are disjoint and in page order; the
// output is no larger than the input. Seeded for reproducibility: BD_PROPERTY_RUNS=2000 (and optionally
// BD_PROPERTY_SEED=n) runs more.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { extract, textToDocument } from '../../lib/extract';
import type { Bulletin } from '../../lib/model';
import { parseHtml } from '../../scripts/lib/parse-html';
import { placeParagraphs, pageText } from '../pathological/page-text';
import {
  bodyArbitrary,
  buildTree,
  textArbitrary,
  treeToHtml,
  type TreeNode,
} from '../pathological/random-dom';

const RUNS = Number(process.env.BD_PROPERTY_RUNS ?? 150);
const SEED = Number(process.env.BD_PROPERTY_SEED ?? 20261126);
const PARAMS = { numRuns: RUNS, seed: SEED } as const;
const URL = 'https://example.org/page.html';

function paragraphsByArticle(bulletin: Bulletin): string[][] {
  return bulletin.articles.map((a) => a.sections.flatMap((s) => s.paragraphs));
}

/** The properties every extraction must have, whatever the page. */
function checkBulletin(doc: Document, bulletin: Bulletin, inputChars: number): void {
  const page = pageText(doc);
  const byArticle = paragraphsByArticle(bulletin);
  const placement = placeParagraphs(page, byArticle);
  expect(placement.missing, 'paragraphs not in the page text').toEqual([]);
  expect(placement.outOfOrder, 'paragraphs repeated, shared by two articles, or out of page order').toEqual(
    [],
  );

  const all = byArticle.flat();
  for (const p of all) expect(p.trim(), 'empty paragraph').not.toBe('');
  // Placed in order without reuse, the paragraphs cannot outgrow the page; this also bounds the whole output.
  const outputChars = bulletin.articles.reduce(
    (n, a) =>
      n +
      a.headline.length +
      a.sections.reduce((m, s) => m + (s.heading?.length ?? 0) + s.paragraphs.join('').length, 0),
    0,
  );
  expect(outputChars, 'output larger than the input').toBeLessThanOrEqual(inputChars);
}

/** Input size: the page as markup (what a content script would have been sent). */
function serialisedSize(trees: TreeNode[]): number {
  return trees.map(treeToHtml).join('').length;
}

function happyDomDocument(trees: TreeNode[]): Document {
  const doc = document.implementation.createHTMLDocument('random');
  for (const tree of trees) buildTree(doc, doc.body, tree);
  return doc;
}

function linkedomDocument(trees: TreeNode[]): Document {
  return parseHtml(
    `<!DOCTYPE html><html><head><title>random</title></head><body>${trees.map(treeToHtml).join('')}</body></html>`,
  );
}

describe('random DOM trees', () => {
  it.each([
    ['happy-dom (built with createElement)', happyDomDocument],
    ['linkedom (through its parser)', linkedomDocument],
  ] as const)('on %s: no throw, paragraphs from the page, once, in order, bounded', (_dom, makeDocument) => {
    fc.assert(
      fc.property(bodyArbitrary, (trees) => {
        const doc = makeDocument(trees);
        const detection = detect(doc, URL);
        expect(['bulletin', 'article', 'listing', 'other']).toContain(detection.kind);
        const bulletin = extract(doc, URL);
        checkBulletin(doc, bulletin, serialisedSize(trees));
      }),
      PARAMS,
    );
  });
});

describe('random text', () => {
  it('as a .txt file: no throw, every paragraph from the text, once, in order', () => {
    fc.assert(
      fc.property(
        fc.array(textArbitrary, { maxLength: 12 }),
        fc.constantFrom('\n', '\n\n', '\n \n', '\r\n\r\n'),
        (parts, sep) => {
          const text = parts.join(sep);
          const doc = textToDocument(text, document.implementation.createHTMLDocument(''));
          detect(doc, URL);
          const bulletin = extract(doc, URL);
          const placement = placeParagraphs(pageText(doc), paragraphsByArticle(bulletin));
          expect(placement.missing).toEqual([]);
          expect(placement.outOfOrder).toEqual([]);
        },
      ),
      PARAMS,
    );
  });

  it('as markup, through both parsers: no throw and the page properties hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), textArbitrary, (noise, words) => {
        const html = `${noise}<p>${words}</p>${noise}`;
        for (const doc of [new DOMParser().parseFromString(html, 'text/html'), parseHtml(html)]) {
          detect(doc, URL);
          checkBulletin(doc, extract(doc, URL), html.length);
        }
      }),
      PARAMS,
    );
  });
});

const pageOf = (html: string) => pageText(new DOMParser().parseFromString(html, 'text/html'));

describe('the reference check itself', () => {
  const doc = pageOf(
    '<p>打造全</p><p>区公安机关推动工作。</p><p>The imple-</p><p>mentation works.</p><p>Last one.</p>',
  );

  it('accepts paragraphs as on the page, re-spaced or mended at element boundaries', () => {
    expect(
      placeParagraphs(doc, [['打造全区公安机关推动工作。'], ['The implementation works.', 'Last  one.']]),
    ).toEqual({
      missing: [],
      outOfOrder: [],
    });
  });

  it('rejects invented text, joins inside an element, repeats, overlaps and reordering', () => {
    expect(placeParagraphs(doc, [['An invented sentence.']]).missing).toHaveLength(1);
    expect(placeParagraphs(doc, [['打造全公安机关']]).missing).toHaveLength(1);
    expect(placeParagraphs(doc, [['Last one.', 'Last one.']]).outOfOrder).toHaveLength(1);
    expect(
      placeParagraphs(doc, [['区公安机关推动工作。'], ['区公安机关推动工作。']]).outOfOrder,
    ).toHaveLength(1);
    expect(placeParagraphs(doc, [['Last one.'], ['打造全']]).outOfOrder).toHaveLength(1);
  });
});
