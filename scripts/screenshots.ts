// The README's pictures, taken from the real extension in Chromium so they are re-made whenever the UI
// changes: the popup on the seed page (docs/popup.png) and the library with a few saved pages
// (docs/library.png). Run `npm run screenshots` (it builds the extension first). Chinese text needs a CJK
// font on the machine (Debian: fonts-noto-cjk).
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromeBuildDir, launchWithExtension, type ExtensionBrowser } from './lib/chromium';
import { serveStatic } from './lib/static-server';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED_DIR = resolve(REPO_ROOT, '..', 'shared', 'fixtures', 'seed');
const PAGES_DIR = join(REPO_ROOT, 'tests', 'e2e', 'pages');
const DOCS_DIR = join(REPO_ROOT, 'docs');
const LIBRARY_SIZE = { width: 1280, height: 800 };

/** Saves everything on a page from its popup, with a note and a tag, as a reader would. */
async function saveFromPopup(browser: ExtensionBrowser, page: Page, note: string, tag: string) {
  const popup = await browser.openPopupFor(page);
  await popup.fill('[data-testid=page-note]', note);
  await popup.fill('[data-testid=tag-input]', tag);
  await popup.press('[data-testid=tag-input]', 'Enter');
  await popup.click('[data-testid=save-all]');
  await popup.waitForSelector('[data-testid=save-status][data-status=saved]');
  await popup.close();
}

async function main(): Promise<void> {
  const server = await serveStatic({ '/seed/': SEED_DIR, '/pages/': PAGES_DIR });
  const browser = await launchWithExtension({
    extensionDir: chromeBuildDir(REPO_ROOT),
    viewport: LIBRARY_SIZE,
    deviceScaleFactor: 2,
  });
  browser.context.setDefaultTimeout(15_000);
  try {
    const press = await browser.context.newPage();
    await press.goto(`${server.origin}/pages/press-bulletin.html`);
    await saveFromPopup(browser, press, 'Seawall vote: follow up in June.', 'council');
    await press.close();

    const seed = await browser.context.newPage();
    await seed.goto(`${server.origin}/seed/epaper-text.html`);
    await saveFromPopup(browser, seed, '第三版:政工要闻,周会讨论', '政工');

    const popup = await browser.openPopupFor(seed);
    await popup.screenshot({ path: join(DOCS_DIR, 'popup.png') });
    await popup.close();

    const library = await browser.context.newPage();
    await library.goto(browser.extensionUrl('library.html'));
    await library.waitForSelector('[data-testid=library][data-loading=false]');
    // A story found by a Chinese word, open in the detail; then the whole list beside it.
    await library.fill('[data-testid=search]', '读书');
    await library.waitForFunction(() => document.querySelectorAll('[data-testid=result]').length === 1);
    await library.locator('[data-testid=result-headline]').click();
    await library.locator('[data-testid=detail]').waitFor();
    await library.fill('[data-testid=search]', '');
    await library.waitForFunction(() => document.querySelectorAll('[data-testid=result]').length >= 2);
    await library.locator('[data-testid=search]').blur();
    await library.screenshot({ path: join(DOCS_DIR, 'library.png') });
    console.log(
      `wrote ${relative(REPO_ROOT, join(DOCS_DIR, 'popup.png'))}, ${relative(REPO_ROOT, join(DOCS_DIR, 'library.png'))}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
