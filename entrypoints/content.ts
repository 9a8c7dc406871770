// Injected only on demand (toolbar, context menu, keyboard) or, when the reader opts in, on the sites
// they name: never listed in the manifest's content_scripts.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detect } from '@/lib/detect';
import { extract } from '@/lib/extract';
import {
  createContentHandlers,
  detectReport,
  reuseRecentExtraction,
  type ContentDeps,
} from '@/lib/content/handlers';
import { createMessageListener, sendToBackground } from '@/lib/messages';

export default defineContentScript({
  registration: 'runtime',
  // WXT's start-up postMessage would reach the page's own listeners: this script talks to nobody there.
  noScriptStartedPostMessage: true,
  main(ctx) {
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
      const listener = createMessageListener(createContentHandlers(deps));
      browser.runtime.onMessage.addListener(listener);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
      void sendToBackground('detect-report', detectReport(deps)).catch((error: unknown) =>
        console.debug('Bulletin Digest: no badge update', error),
      );
    } catch (error) {
      // Never throw into the page.
      console.debug('Bulletin Digest: content script stopped', error);
    }
  },
});
