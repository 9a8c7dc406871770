// What the content script answers, as plain functions of the document: the entry point only wires them.
import type { ContentMessage, Handlers } from '../messages';
import type { Bulletin, Detection } from '../model';

export interface ContentDeps {
  doc: Document;
  url: () => string;
  detect: (doc: Document, url?: string) => Detection;
  /** `detection` is passed on so extract() does not detect twice. */
  extract: (doc: Document, url?: string, detection?: Detection) => Bulletin;
  now?: () => number;
}

/** Kinds worth extracting without being asked to: one story or several. */
const DIGESTIBLE = new Set(['bulletin', 'article']);

export function createContentHandlers(deps: ContentDeps): Handlers<ContentMessage> {
  const now = deps.now ?? (() => performance.now());
  return {
    ping: () => ({ ready: true }),
    'get-bulletin': ({ force }) => {
      const started = now();
      const url = deps.url();
      const detection = force ? undefined : deps.detect(deps.doc, url);
      if (detection && !DIGESTIBLE.has(detection.kind)) return { status: 'not-bulletin', detection, url };
      const bulletin = deps.extract(deps.doc, url, detection);
      if (!force && bulletin.articles.length === 0) {
        return { status: 'not-bulletin', detection: bulletin.detection, url };
      }
      return { status: 'ok', bulletin, elapsedMs: Math.max(0, now() - started) };
    },
  };
}

/** The detect-report payload of a page: the badge shows the article count of bulletin pages. */
export function detectReport(deps: ContentDeps) {
  const url = deps.url();
  const detection = deps.detect(deps.doc, url);
  const articleCount =
    detection.kind === 'bulletin' ? deps.extract(deps.doc, url, detection).articles.length : 0;
  return { kind: detection.kind, articleCount, url };
}

/** How long an extraction is reused: the popup's request follows the start-up report within moments. */
export const EXTRACT_REUSE_MS = 5_000;

/**
 * Reuses the last extraction of the same URL for a few seconds, so that the injection's badge report and
 * the popup's request that follows it do not walk a large page twice.
 */
export function reuseRecentExtraction(
  extract: ContentDeps['extract'],
  now: () => number = () => performance.now(),
): ContentDeps['extract'] {
  let last: { url: string | undefined; at: number; bulletin: Bulletin } | undefined;
  return (doc, url, detection) => {
    if (last && last.url === url && now() - last.at < EXTRACT_REUSE_MS) return last.bulletin;
    const bulletin = extract(doc, url, detection);
    last = { url, at: now(), bulletin };
    return bulletin;
  };
}
