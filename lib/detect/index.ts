// detect(doc, url): what kind of page this is — bulletin (several stories), article (one), listing (an
// index of links to stories) or other — with a 0..1 score and the signals that fired. Runs on every page
// load: one walk over the body, a few metadata look-ups in <head>, no cloning, no layout.
import type { Detection } from '../model';
import { classify } from './classify';
import { scanPage } from './scan';

export function detect(doc: Document, url?: string): Detection {
  const scan = scanPage(doc);
  return classify(scan, { types: pageTypes(doc), title: doc.title ?? '', url });
}

/** schema.org types (JSON-LD @type, microdata itemtype) and og:type, read without parsing whole scripts. */
function pageTypes(doc: Document): string[] {
  const types = new Set<string>();
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim();
  if (og) types.add(og);
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    // A regex over the text is enough to read @type and cannot throw on broken JSON.
    const text = (script.textContent ?? '').slice(0, 100_000);
    for (const m of text.matchAll(/"@type"\s*:\s*(?:"([^"]{1,60})"|\[([^\]]{1,200})\])/g)) {
      for (const t of (m[1] ?? m[2]).split(',')) {
        const clean = t.replace(/["\s]/g, '');
        if (clean) types.add(clean);
      }
    }
  }
  // Microdata is read where pages declare it for the whole page; a full attribute search costs too much here.
  for (const el of [doc.documentElement, doc.body, doc.querySelector('article')]) {
    const micro =
      el?.getAttribute('itemtype') && /schema\.org\/(\w+)/.exec(el.getAttribute('itemtype')!)?.[1];
    if (micro) types.add(micro);
  }
  return [...types];
}
