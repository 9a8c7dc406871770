// Runs one page through the pipeline as the content script does (detect, then extract with its detection,
// the budget counted from before detect) and the popup does (summarize each article), timing each stage.
// Shared by the tests and the benchmark.
import { detect } from '../../lib/detect';
import { extract, type ExtractOptions } from '../../lib/extract';
import type { Bulletin, Detection, Summary } from '../../lib/model';
import { summarize } from '../../lib/summarize';

export interface PipelineRun {
  detection: Detection;
  bulletin: Bulletin;
  summaries: Summary[];
  detectMs: number;
  extractMs: number;
  summarizeMs: number;
}

export function runPipeline(doc: Document, url: string, options: ExtractOptions = {}): PipelineRun {
  // The budget counts from before detect, as in the content script: it covers both.
  const startedAt = performance.now();
  const detection = detect(doc, url);
  const detectMs = performance.now() - startedAt;
  let t = performance.now();
  const bulletin = extract(doc, url, { startedAt, ...options, detection });
  const extractMs = performance.now() - t;
  t = performance.now();
  const summaries = bulletin.articles.map((article) =>
    summarize(article, { lang: bulletin.lang, publishedAt: article.publishedAt ?? bulletin.publishedAt }),
  );
  const summarizeMs = performance.now() - t;
  return { detection, bulletin, summaries, detectMs, extractMs, summarizeMs };
}

/** Every paragraph of a bulletin, in order (section headings excluded). */
export function allParagraphs(bulletin: Bulletin): string[] {
  return bulletin.articles.flatMap((a) => a.sections.flatMap((s) => s.paragraphs));
}

/** Characters of text the bulletin carries (headlines, decks, headings, paragraphs, captions, bylines). */
export function outputChars(bulletin: Bulletin): number {
  let n = 0;
  for (const a of bulletin.articles) {
    n += a.headline.length + (a.subheadline?.length ?? 0) + (a.dateline?.length ?? 0);
    for (const author of a.authors) n += author.length;
    for (const s of a.sections) {
      n += s.heading?.length ?? 0;
      for (const p of s.paragraphs) n += p.length;
    }
    for (const f of a.figures) n += f.caption.length + (f.credit?.length ?? 0);
  }
  return n;
}
