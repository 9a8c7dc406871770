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
      const deps: ContentDeps = {
        doc: document,
        url: () => location.href,
        detect,
        // extract() keeps to its own time and node budget and marks the bulletin truncated beyond it.
        extract: reuseRecentExtraction((doc, url, detection) => extract(doc, url, { detection })),
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
