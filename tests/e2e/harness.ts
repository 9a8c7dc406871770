// What every end-to-end test file needs: the built extension in Chromium, the fixtures over HTTP, and ways
// to open the popup for a tab and the library as a reader would.
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { chromeBuildDir, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { serveStatic } from '../../scripts/lib/static-server';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared seed fixtures live beside the repository, not in it. */
export const SEED_DIR = resolve(REPO_ROOT, '..', 'shared', 'fixtures', 'seed');
export const PAGES_DIR = resolve(REPO_ROOT, 'tests', 'e2e', 'pages');
export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'test-results', 'e2e-screenshots');
export const EXTENSION_DIR = chromeBuildDir(REPO_ROOT);

export interface E2E {
  browser: ExtensionBrowser;
  /** `http://127.0.0.1:PORT`; `/seed/…` serves the seed fixtures, `/pages/…` tests/e2e/pages. */
  origin: string;
  /** Opens a served page in a new tab and waits for it to load. */
  openPage(path: string): Promise<Page>;
  /** See ExtensionBrowser.openPopupFor: the icon clicked on the page, the popup in a window of its own. */
  openPopupFor(page: Page): Promise<Page>;
  openLibrary(): Promise<Page>;
  close(): Promise<void>;
}

/** Writes a PNG under SCREENSHOT_DIR and returns its repository-relative path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return relative(REPO_ROOT, file);
}

export async function startE2E(options: { earlierGrants?: string[]; lang?: string } = {}): Promise<E2E> {
  const server = await serveStatic({ '/seed/': SEED_DIR, '/pages/': PAGES_DIR });
  let browser: ExtensionBrowser;
  try {
    browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, ...options });
  } catch (error) {
    await server.close();
    throw error;
  }
  const { context } = browser;
  // Fail a step in seconds, not Playwright's 30 s: the suite must stay quick even when it fails.
  context.setDefaultTimeout(10_000);
  // A blank first tab would otherwise stay the active one.
  const blank = context.pages()[0];

  const openPage = async (path: string) => {
    const page =
      blank && blank.url() === 'about:blank' && context.pages().length === 1
        ? blank
        : await context.newPage();
    await page.goto(path.includes('://') ? path : server.origin + path, { waitUntil: 'load' });
    return page;
  };

  const openPopupFor = (page: Page) => browser.openPopupFor(page);

  const openLibrary = async () => {
    const library = await context.newPage();
    await library.goto(browser.extensionUrl('library.html'));
    await library.waitForSelector('[data-testid=library][data-loading=false]', { timeout: 20_000 });
    return library;
  };

  return {
    browser,
    origin: server.origin,
    openPage,
    openPopupFor,
    openLibrary,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The popup's state (`data-state` of its root). */
export const popupState = (popup: Page) =>
  popup.getAttribute('#app > [data-state]', 'data-state') as Promise<string | null>;

/** Text of every match, with runs of whitespace collapsed as a reader sees them. */
export const texts = async (scope: Page | Locator, selector: string) =>
  (await scope.locator(selector).allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
