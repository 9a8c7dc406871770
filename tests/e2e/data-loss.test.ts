// No lost data, in Chromium with the extension's real IndexedDB (issue 7 (a) and (b)): a popup closed in
// the middle of a save, and two tabs saving the same page at once.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2E, texts, type E2E } from './harness';
import { seedGold } from './seed';
import { openStoreProbe, type SavedPage, type StoreProbe } from './store-probe';

let e2e: E2E;
let probe: StoreProbe;

beforeAll(async () => {
  e2e = await startE2E();
  probe = await openStoreProbe(e2e);
});
afterAll(async () => {
  await probe?.close();
  await e2e?.close();
});

const savedAt = async (url: string): Promise<SavedPage[]> =>
  (await probe.pages()).filter((p) => p.url === url);

/** Clicks "save all" and, in the same task, closes the popup: the reply can no longer reach it. */
const saveAndClose = (popup: Page) =>
  popup.evaluate(() => {
    document.querySelector<HTMLButtonElement>('[data-testid=save-all]')!.click();
    window.close();
  });

describe('no lost data', () => {
  test('(a) a popup closed in the middle of a save: the save is whole (the background finishes it)', async () => {
    const gold = seedGold().articles;
    const page = await e2e.openPage('/seed/epaper-text.html');
    const url = page.url();
    const popup = await e2e.openPopupFor(page);
    await popup.fill('[data-testid=page-note]', 'closed mid-save');
    const closed = popup.waitForEvent('close');
    await saveAndClose(popup);
    await closed;

    // Whatever moment it is looked at, the page is absent or whole, never part-written.
    const seen: SavedPage[][] = [];
    await expect
      .poll(
        async () => {
          const rows = await savedAt(url);
          seen.push(rows);
          return rows.length;
        },
        { timeout: 8_000, interval: 20 },
      )
      .toBe(1);
    for (const rows of seen) {
      for (const row of rows) {
        expect(row.articleCount).toBe(gold.length);
        expect(row.articleHeadlines).toEqual(gold.map((a) => a.headline));
      }
    }
    const [saved] = await savedAt(url);
    expect(saved!.note).toBe('closed mid-save');
    await page.close();
  });

  test('(b) two tabs save the same page at once: one record, both notes', async () => {
    const first = await e2e.openPage('/pages/press-bulletin.html');
    const second = await e2e.openPage('/pages/press-bulletin.html');
    const headlines = await texts(first, 'article h2');
    const popups = [await e2e.openPopupFor(first), await e2e.openPopupFor(second)];
    await popups[0]!.fill('[data-testid=page-note]', 'note from the first tab');
    await popups[1]!.fill('[data-testid=page-note]', 'note from the second tab');

    // Both clicks are sent before either is answered.
    await Promise.all(
      popups.map((popup) =>
        popup.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid=save-all]')!.click()),
      ),
    );
    for (const popup of popups) {
      await popup.waitForSelector('[data-testid=save-status][data-status=saved]');
    }

    const rows = await savedAt(first.url());
    expect(rows).toHaveLength(1);
    expect(rows[0]!.articleHeadlines).toEqual(headlines);
    expect(rows[0]!.note).toContain('note from the first tab');
    expect(rows[0]!.note).toContain('note from the second tab');
  });
});
