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

/** Chrome's popup is at most 800×600; this is the size the popup is tested and photographed at. */
export const POPUP_VIEWPORT = { width: 420, height: 600 };

export interface E2E {
  browser: ExtensionBrowser;
  /** `http://127.0.0.1:PORT`; `/seed/…` serves the seed fixtures, `/pages/…` tests/e2e/pages. */
  origin: string;
  /** Opens a served page in a new tab and waits for it to load. */
  openPage(path: string): Promise<Page>;
  /**
   * Clicks the toolbar icon on this page (granting activeTab as for a reader), then opens the popup for
   * that tab in a tab of its own (`popup.html?tabId=N`) and waits until it has left the `working` state.
   */
  openPopupFor(page: Page, options?: { click?: boolean }): Promise<Page>;
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

  // Chrome's popup floats over the page, which stays visible (and keeps scrolling, animating, painting).
  // A popup opened as a tab in the same window would hide the page: it gets a window of its own.
  const openInNewWindow = async (url: string) => {
    const opened = context.waitForEvent('page', (p) => p.url() === url);
    await browser.browserSession.send('Target.createTarget', { url, newWindow: true });
    const page = await opened;
    await page.waitForLoadState('domcontentloaded');
    return page;
  };

  const openPopupFor = async (page: Page, { click = true } = {}) => {
    if (click) await browser.clickAction(page);
    const tabId = await browser.tabIdOf(page);
    const popup = await openInNewWindow(browser.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.waitForSelector('#app > [data-state]:not([data-state=working])', { timeout: 20_000 });
    return popup;
  };

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
