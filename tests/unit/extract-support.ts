// Shared by the extraction tests: parse a page with happy-dom (the test environment) or linkedom (the CLI's
// parser), and project a Bulletin onto the fields the fixtures pin down (not summaries).
import { Window } from 'happy-dom';
import { DOMParser as LinkedomParser } from 'linkedom';
import { extract, textToDocument } from '../../lib/extract';
import type { Bulletin } from '../../lib/model';

export type Parser = 'happy-dom' | 'linkedom';

// A window of our own: fixtures must not try to load their stylesheets and scripts.
const happyWindow = new Window({
  settings: {
    disableCSSFileLoading: true,
    disableJavaScriptFileLoading: true,
    disableJavaScriptEvaluation: true,
    disableIframePageLoading: true,
  },
});

const EMPTY_PAGE = '<!DOCTYPE html><html><head></head><body></body></html>';

export function parsePage(source: string, kind: 'html' | 'text', parser: Parser): Document {
  const html = kind === 'html' ? source : EMPTY_PAGE;
  const doc =
    parser === 'linkedom'
      ? (new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document)
      : (new happyWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document);
  return kind === 'text' ? textToDocument(source, doc) : doc;
}

/** Tests check what is extracted, not the time budget: a loaded test machine must not cut pages short. */
const TEST_BUDGET = { maxMillis: 60_000 };

export function extractPage(source: string, kind: 'html' | 'text', parser: Parser, url = ''): Bulletin {
  return extract(parsePage(source, kind, parser), url, TEST_BUDGET);
}

/** The extraction fields a fixture's expected JSON holds; absent optional fields are null. */
export function projectBulletin(b: Bulletin) {
  return {
    kind: b.detection.kind,
    title: b.title,
    lang: b.lang,
    siteName: b.siteName ?? null,
    canonicalUrl: b.canonicalUrl,
    articles: b.articles.map((a) => ({
      headline: a.headline,
      subheadline: a.subheadline ?? null,
      dateline: a.dateline ?? null,
      publishedAt: a.publishedAt ?? null,
      authors: a.authors,
      figures: a.figures.map((f) => ({ caption: f.caption, credit: f.credit ?? null, src: f.src ?? null })),
      sections: a.sections.map((s) => ({ heading: s.heading ?? null, paragraphs: s.paragraphs })),
    })),
  };
}
