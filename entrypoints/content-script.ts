// Injected only on demand (toolbar, context menu, keyboard) or, when the reader opts in, on the sites
// they name: never listed in the manifest's content_scripts. Built as an unlisted script rather than a WXT
// content script: WXT's content-script context (location watcher, timers, a page-visible start-up event)
// was a tenth of the script's gzipped size, and all this script wanted of it was to give way to a newer
// copy of itself (lib/content/take-over).
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detect } from '@/lib/detect';
import { extract } from '@/lib/extract';
import {
  createContentHandlers,
  detectReport,
  reuseRecentExtraction,
  type ContentDeps,
} from '@/lib/content/handlers';
import { takeOverFromEarlierCopy } from '@/lib/content/take-over';
import { CONTENT_REQUESTS, createMessageListener, sendToBackground } from '@/lib/messages';

export default defineUnlistedScript(() => {
  try {
    // extract() keeps to its time and node budget and marks the bulletin truncated beyond it; the budget
    // counts from the detect() call that gave it its detection, so it covers the whole request.
    let detectStartedAt: number | undefined;
    const deps: ContentDeps = {
      doc: document,
      url: () => location.href,
      detect: (doc, url) => {
        detectStartedAt = performance.now();
        return detect(doc, url);
      },
      extract: reuseRecentExtraction((doc, url, detection) =>
        extract(doc, url, { detection, startedAt: detection ? detectStartedAt : undefined }),
      ),
    };
    const listener = createMessageListener(CONTENT_REQUESTS, createContentHandlers(deps));
    browser.runtime.onMessage.addListener(listener);
    takeOverFromEarlierCopy(globalThis, () => browser.runtime.onMessage.removeListener(listener));
    void sendToBackground('detect-report', detectReport(deps)).catch((error: unknown) =>
      console.debug('Bulletin Digest: no badge update', error),
    );
  } catch (error) {
    // Never throw into the page.
    console.debug('Bulletin Digest: content script stopped', error);
  }
});
