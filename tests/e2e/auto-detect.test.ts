// Opt-in automatic detection (issue 6, scenario 10): switched on in the library's settings for 127.0.0.1,
// the icon's badge shows the article count of the seed page and nothing on its index page.
//
// Chromium cannot show or answer its permission prompt in headless mode. The profile is started with the
// record Chromium keeps of sites a reader allowed before (see recordEarlierGrant in scripts/lib/chromium.ts),
// so the settings' own chrome.permissions.request, made from the click, resolves without a prompt. The test
// checks that nothing is granted before that click.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { browser } from 'wxt/browser';
import { startE2E, type E2E } from './harness';

/** The extension API inside serviceWorker.evaluate(…). */
declare const chrome: typeof browser;

const SITE = 'http://127.0.0.1/*';
let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ earlierGrants: [SITE] });
});
afterAll(async () => {
  await e2e?.close();
});

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 8_000, interval: 100 });

const hasSitePermission = () =>
  e2e.browser.serviceWorker.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), SITE);

const badgeOf = async (page: Page) => {
  const tabId = await e2e.browser.tabIdOf(page);
  return e2e.browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
};

/**
 * Detection reports that reach the background, recorded by one more listener beside the extension's own:
 * it shows that detection did run on a page whose badge stays empty.
 */
async function recordDetectReports() {
  await e2e.browser.serviceWorker.evaluate(() => {
    const reports: { tabId?: number; kind: string; articleCount: number }[] = [];
    Object.assign(globalThis, { e2eDetectReports: reports });
    chrome.runtime.onMessage.addListener((message: unknown, sender) => {
      const m = message as { type?: string; payload?: { kind: string; articleCount: number } };
      if (m?.type === 'detect-report' && m.payload) reports.push({ tabId: sender.tab?.id, ...m.payload });
    });
  });
}
const reportsFor = async (page: Page) => {
  const tabId = await e2e.browser.tabIdOf(page);
  return e2e.browser.serviceWorker.evaluate(
    (id) =>
      (
        globalThis as unknown as {
          e2eDetectReports: { tabId?: number; kind: string; articleCount: number }[];
        }
      ).e2eDetectReports.filter((r) => r.tabId === id),
    tabId,
  );
};

describe('automatic detection', () => {
  test('10 switched on for 127.0.0.1: badge 4 on the seed page, nothing on index-page.html', async () => {
    await recordDetectReports();

    // Off by default: no host permission, no badge.
    expect(await hasSitePermission()).toBe(false);
    const before = await e2e.openPage('/seed/epaper-text.html');
    await before.waitForTimeout(500);
    expect(await badgeOf(before)).toBe('');
    expect(await reportsFor(before)).toEqual([]);
    await before.close();

    const library = await e2e.openLibrary();
    await library.locator('details.settings-box > summary').click();
    await library.check('[data-testid=settings-auto-detect]');
    await library.fill('[data-testid=settings-sites]', SITE);
    await library.click('[data-testid=settings-save]');
    await library.waitForSelector('[data-testid=settings-status][data-status=saved]');
    expect(await hasSitePermission()).toBe(true);
    await library.close();

    const seed = await e2e.openPage('/seed/epaper-text.html');
    await eventually(() => badgeOf(seed)).toBe('4');
    expect(await reportsFor(seed)).toEqual([expect.objectContaining({ kind: 'bulletin', articleCount: 4 })]);

    const index = await e2e.openPage('/seed/index-page.html');
    await eventually(() => reportsFor(index)).toHaveLength(1);
    expect((await reportsFor(index))[0]!.articleCount).toBe(0);
    expect(await badgeOf(index)).toBe('');
  });
});
