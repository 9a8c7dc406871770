// Reads the extension's real IndexedDB through lib/store's own API, from an extension page (the database
// belongs to the extension's origin): the same code the extension bundles, bundled again for the test.
import type { Page } from 'playwright-core';
import { bundleIife } from '../../scripts/lib/bundle';
import { REPO_ROOT, type E2E } from './harness';

type Store = typeof import('../../lib/store');

let storeBundle: Promise<string> | undefined;

export interface SavedPage {
  id: number;
  url: string;
  note: string;
  tags: string[];
  articleCount: number;
  articleHeadlines: string[];
  articleNotes: string[];
}

export interface StoreProbe {
  /** Every saved page, in full. */
  pages(): Promise<SavedPage[]>;
  close(): Promise<void>;
}

export async function openStoreProbe(e2e: E2E): Promise<StoreProbe> {
  storeBundle ??= bundleIife(
    `import * as store from './lib/store'; Object.assign(globalThis, { bdStore: store });`,
    REPO_ROOT,
  );
  const page: Page = await e2e.browser.context.newPage();
  await page.goto(e2e.browser.extensionUrl('library.html'));
  // The page's CSP refuses inline scripts; DevTools evaluation is not subject to it.
  await page.evaluate(await storeBundle);
  return {
    pages: () =>
      page.evaluate(async () => {
        const store = (globalThis as unknown as { bdStore: Store }).bdStore;
        const db = store.getDatabase();
        const ids = (await db.pages.toCollection().primaryKeys()) as number[];
        const out = [];
        for (const id of ids) {
          const view = await store.getPage(db, id);
          if (!view) continue;
          out.push({
            id,
            url: view.page.url,
            note: view.page.note,
            tags: view.page.tags,
            articleCount: view.page.articleKeys.length,
            articleHeadlines: view.articles.map((a) => a.article.headline),
            articleNotes: view.articles.map((a) => a.note),
          });
        }
        return out;
      }),
    close: () => page.close(),
  };
}
