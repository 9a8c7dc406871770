// extract(doc, url): the page as a Bulletin — every article with headline, deck, section heads,
// dateline, date, authors, figures and paragraphs. Named steps in order: detect the page kind, read the
// page metadata, find the content region, flatten it into blocks, mend column breaks, segment into
// articles, finish each article's fields. The document is only read, never cloned or changed.
import { detectFromScan } from '../detect';
import type { Article, Bulletin, Detection } from '../model';
import { EMPTY_SUMMARY } from '../model';
import { collectBlocks } from './blocks';
import { createBudget, now } from './budget';
import {
  DEFAULT_MAX_MILLIS,
  DEFAULT_MAX_NODES,
  PAGE_WALK_TIME_SHARE,
  RESULT_TIME_SHARE,
  WALK_TIME_SHARE,
} from './constants';
import { finishArticles } from './finish';
import { stableHash } from './hash';
import { mendColumnBreaks } from './mend';
import { metadataOf } from './metadata';
import { walkPage } from './page-walk';
import { isRealArticle } from './quality';
import { segment } from './segment';

export { textToDocument, textParagraphs } from './text-input';

export interface ExtractOptions {
  /** Stop walking the page after this long and return what was found, marked truncated. */
  maxMillis?: number;
  /** …or after visiting this many nodes. */
  maxNodes?: number;
  /** Use this detection instead of running detect() again (the content script already has one). */
  detection?: Detection;
  /**
   * When the work for this request began, on the `performance.now()` clock: the content script passes the
   * moment before its detect() call, so the one budget covers detection and extraction together.
   */
  startedAt?: number;
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

export function extract(doc: Document, url = '', options: ExtractOptions = {}): Bulletin {
  // The stages share the budget less the part kept for building the result after them.
  const maxMillis = (options.maxMillis ?? DEFAULT_MAX_MILLIS) * (1 - RESULT_TIME_SHARE);
  const budget = createBudget(maxMillis, options.maxNodes ?? DEFAULT_MAX_NODES, now, options.startedAt);
  // Each walk of the page gets the node cap and a share of the time, so the block walk always gets its turn.
  const until = (share: number) => ({
    maxNodes: budget.maxNodes,
    deadline: budget.deadline - maxMillis * (1 - share),
    now: budget.now,
  });
  // One walk reads the page for detection (unless the caller has detected it), the metadata readers and the
  // content region.
  const { scan, page, region } = walkPage(doc, until(PAGE_WALK_TIME_SHARE), !options.detection);
  const detection = options.detection ?? detectFromScan(scan, url);
  const meta = metadataOf(page, url || undefined);
  const walked = collectBlocks(region.root, region.skip, until(PAGE_WALK_TIME_SHARE + WALK_TIME_SHARE));
  if (walked.truncated || region.truncated) budget.truncated = true;
  const blocks = mendColumnBreaks(walked.blocks);
  // A page detected as a bulletin (several stories, e-paper, a bulletin's title) is not held to the one
  // article its structured data may declare.
  const drafts = segment(blocks, budget, detection.kind === 'bulletin' ? undefined : meta.articleHeadline);
  const articles: Article[] = finishArticles(drafts, { meta, kind: detection.kind }, budget)
    .filter(isRealArticle)
    .map((a) => ({
      ...a,
      figures: a.figures.map((f) => (f.src ? { ...f, src: absoluteSrc(f.src, url) } : f)),
      summary: { ...EMPTY_SUMMARY, sentences: [], facts: [], keywords: [] },
    }));
  const bulletin: Bulletin = {
    url,
    canonicalUrl: meta.canonicalUrl ?? url,
    title: meta.title || articles[0]?.headline || '',
    lang: meta.lang,
    detection: reconcile(detection, articles.length),
    articles,
    contentHash: contentHash(articles),
  };
  if (meta.siteName) bulletin.siteName = meta.siteName;
  if (meta.publishedAt) bulletin.publishedAt = meta.publishedAt;
  // Set by any stage that stopped early; a page finished whole in the result's share is not truncated.
  if (budget.truncated) bulletin.truncated = true;
  return bulletin;
}
