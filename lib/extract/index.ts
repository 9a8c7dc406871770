// extract(doc, url): the page as a Bulletin — every article with headline, deck, section heads,
// dateline, date, authors, figures and paragraphs. Named steps in order: detect the page kind, read the
// page metadata, find the content region, flatten it into blocks, mend column breaks, segment into
// articles, finish each article's fields. The document is only read, never cloned or changed.
import { detect } from '../detect';
import type { Article, Bulletin, Detection } from '../model';
import { EMPTY_SUMMARY } from '../model';
import { collectBlocks } from './blocks';
import { DEFAULT_MAX_MILLIS, DEFAULT_MAX_NODES } from './constants';
import { finishArticles } from './finish';
import { stableHash } from './hash';
import { mendColumnBreaks } from './mend';
import { readPageMetadata } from './metadata';
import { findContent } from './region';
import { segment } from './segment';
import { guessLang } from './fields/lang';

export { textToDocument, textParagraphs } from './text-input';

export interface ExtractOptions {
  /** Stop walking the page after this long and return what was found, marked truncated. */
  maxMillis?: number;
  /** …or after visiting this many nodes. */
  maxNodes?: number;
  /** Use this detection instead of running detect() again (the content script already has one). */
  detection?: Detection;
}

function contentHash(articles: Article[]): string {
  const text = articles
    .map((a) => [a.headline, ...a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].join('\n'))
    .join('\n\n');
  return stableHash(text);
}

/** Image addresses made absolute against the page address, when both are valid. */
function absoluteSrc(src: string, base: string): string {
  try {
    return base ? new URL(src, base).href : src;
  } catch {
    return src;
  }
}

/** Segmentation looks deeper than the one-pass detector: several stories found make the page a bulletin. */
function reconcile(detection: Detection, articleCount: number): Detection {
  if (articleCount < 2 || detection.kind === 'bulletin' || detection.kind === 'listing') return detection;
  return { ...detection, kind: 'bulletin', signals: [...detection.signals, `segmented:${articleCount}`] };
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function extract(doc: Document, url = '', options: ExtractOptions = {}): Bulletin {
  const started = now();
  const maxMillis = options.maxMillis ?? DEFAULT_MAX_MILLIS;
  const detection = options.detection ?? detect(doc, url);
  const meta = readPageMetadata(doc, url || undefined);
  const region = findContent(doc);
  const walked = collectBlocks(region.root, region.skip, {
    maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES,
    deadline: started + maxMillis,
    now,
  });
  const blocks = mendColumnBreaks(walked.blocks);
  const lang = meta.lang && meta.lang !== 'und' ? meta.lang : guessLang(blocks.map((b) => b.text).join('\n'));
  const articles: Article[] = finishArticles(segment(blocks), { meta, kind: detection.kind }).map((a) => ({
    ...a,
    figures: a.figures.map((f) => (f.src ? { ...f, src: absoluteSrc(f.src, url) } : f)),
    summary: { ...EMPTY_SUMMARY, sentences: [], facts: [], keywords: [] },
  }));
  const bulletin: Bulletin = {
    url,
    canonicalUrl: meta.canonicalUrl ?? url,
    title: meta.title || articles[0]?.headline || '',
    lang,
    detection: reconcile(detection, articles.length),
    articles,
    contentHash: contentHash(articles),
  };
  if (meta.siteName) bulletin.siteName = meta.siteName;
  if (meta.publishedAt) bulletin.publishedAt = meta.publishedAt;
  if (walked.truncated || now() - started > maxMillis) bulletin.truncated = true;
  return bulletin;
}
