// The popup on real pages in Chromium (issue 6, scenarios 1, 2, 7, 8 and 9).
import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openToolbarPopup } from '../../scripts/lib/toolbar-popup';
import { popupState, screenshot, startE2E, texts, type E2E } from './harness';
import { articleText, seedGold, squash } from './seed';

let e2e: E2E;
const dialogs: string[] = [];

beforeAll(async () => {
  e2e = await startE2E();
  // Any dialog, on any page or in the extension, is a failure of scenario 7: record it and close it.
  e2e.browser.context.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
});
afterAll(async () => {
  await e2e?.close();
});

const cards = (popup: Page) => popup.locator('[data-testid=article-card]');

describe('popup', () => {
  test('1 seed page: the four headlines, datelines, authors and key sentences', async () => {
    const gold = seedGold().articles;
    const page = await e2e.openPage('/seed/epaper-text.html');
    const popup = await e2e.openPopupFor(page);
    console.log(`popup screenshot: ${await screenshot(popup, 'popup-seed')}`);

    expect(await popupState(popup)).toBe('ready');
    expect(await texts(popup, '[data-testid=headline]')).toEqual(gold.map((a) => a.headline));
    for (const [i, expected] of gold.entries()) {
      const card = cards(popup).nth(i);
      const meta = (await card.locator('[data-testid=meta]').textContent()) ?? '';
      if (expected.dateline) expect(meta).toContain(expected.dateline);
      for (const author of expected.authors) expect(meta).toContain(author);
      const sentences = await card.locator('[data-testid=key-sentence]').allTextContents();
      expect(sentences.length, `key sentences of "${expected.headline}"`).toBeGreaterThan(0);
      for (const sentence of sentences) expect(articleText(expected)).toContain(squash(sentence));
    }
    await popup.close();
    await page.close();
  });

  test('1 the real toolbar popup, opened by a click on the icon, shows the digest and marks its first render', async () => {
    const page = await e2e.openPage('/seed/epaper-text.html');
    // The browser benchmark times the popup this way: the popup's own mark must be there once it settles.
    const opening = await openToolbarPopup(e2e.browser, page);
    expect(opening.state).toBe('ready');
    expect(opening.firstRenderMs).toBeGreaterThan(0);
    await page.close();
  });

  test('2 a click on a key sentence scrolls the page to it and highlights it', async () => {
    const page = await e2e.openPage('/seed/epaper-text.html');
    const popup = await e2e.openPopupFor(page);
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // The last article is far below the first screen.
    const sentence = cards(popup).last().locator('[data-testid=key-sentence]').first();
    const sentenceText = squash((await sentence.textContent()) ?? '');
    await sentence.click();

    await page.waitForSelector('mark[data-bd-highlight]', { state: 'attached', timeout: 5_000 });
    // The page scrolls smoothly: wait until the highlight has come into view.
    await page.waitForFunction(
      () => {
        const top = document.querySelector('mark[data-bd-highlight]')?.getBoundingClientRect().top;
        return top !== undefined && top >= 0 && top < window.innerHeight;
      },
      undefined,
      { timeout: 3_000 },
    );
    const marked = await page.evaluate(() => ({
      text: [...document.querySelectorAll('mark[data-bd-highlight]')].map((m) => m.textContent).join(''),
      scrollY: window.scrollY,
    }));
    expect(squash(marked.text)).toBe(sentenceText);
    expect(marked.scrollY).toBeGreaterThan(0);

    // The highlight is brief and leaves the page as it was.
    await page.waitForSelector('mark[data-bd-highlight]', { state: 'detached', timeout: 5_000 });
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
    await popup.close();
    await page.close();
  });

  test('7 markup and scripts in page text are shown as text and never run', async () => {
    const page = await e2e.openPage('/pages/hostile-bulletin.html');
    const pageHeadlines = await texts(page, 'article h2');
    const popup = await e2e.openPopupFor(page);

    expect(await popupState(popup)).toBe('ready');
    const headlines = await texts(popup, '[data-testid=headline]');
    expect(headlines).toEqual(pageHeadlines);
    expect(headlines[0]).toContain(`<img src=x onerror="window.bdPwned='headline';alert('headline')">`);
    const popupText = (await popup.locator('#app').textContent()) ?? '';
    expect(popupText).toContain('<img src=x onerror=');
    // Nothing in the cards became an element.
    expect(
      await popup
        .locator('[data-testid=article-card] :is(img, iframe, svg, script, a[href^=javascript])')
        .count(),
    ).toBe(0);

    // The highlight path puts page text back into the page itself: run it on every key sentence of the
    // first story, whose text holds a <script> element written as text.
    const firstCardSentences = cards(popup).first().locator('[data-testid=key-sentence]');
    expect(await firstCardSentences.count()).toBeGreaterThan(0);
    for (const sentence of await firstCardSentences.all()) {
      await sentence.click();
      await page.waitForSelector('mark[data-bd-highlight]', { state: 'attached', timeout: 5_000 });
    }
    await page.waitForSelector('mark[data-bd-highlight]', { state: 'detached', timeout: 5_000 });

    for (const context of [page, popup]) {
      expect(await context.evaluate(() => (window as { bdPwned?: unknown }).bdPwned ?? null)).toBeNull();
    }
    expect(await page.locator('main :is(img, iframe, svg, script)').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('8 a chrome:// page and a page that is not a bulletin get their clear messages', async () => {
    const settingsPage = await e2e.openPage('chrome://version/');
    const restricted = await e2e.openPopupFor(settingsPage);
    expect(await popupState(restricted)).toBe('restricted');
    expect((await restricted.locator('[data-testid=message]').textContent())?.trim()).toBeTruthy();
    expect(await restricted.locator('[data-testid=article-card]').count()).toBe(0);
    await restricted.close();
    await settingsPage.close();

    const listing = await e2e.openPage('/seed/index-page.html');
    const notBulletin = await e2e.openPopupFor(listing);
    expect(await popupState(notBulletin)).toBe('not-bulletin');
    expect((await notBulletin.locator('[data-testid=message]').textContent())?.trim()).toBeTruthy();
    expect(await notBulletin.locator('[data-testid=extract-anyway]').isVisible()).toBe(true);
    expect(await notBulletin.locator('[data-testid=article-card]').count()).toBe(0);
    await notBulletin.close();
    await listing.close();
  });

  test('9 an English multi-item press bulletin becomes several article cards', async () => {
    const page = await e2e.openPage('/pages/press-bulletin.html');
    const pageHeadlines = await texts(page, 'article h2');
    const itemTexts = await page
      .locator('article')
      .evaluateAll((items) => items.map((item) => item.textContent ?? ''));
    const popup = await e2e.openPopupFor(page);

    expect(await popupState(popup)).toBe('ready');
    expect(await texts(popup, '[data-testid=headline]')).toEqual(pageHeadlines);
    for (let i = 0; i < pageHeadlines.length; i++) {
      const sentences = await cards(popup).nth(i).locator('[data-testid=key-sentence]').allTextContents();
      expect(sentences.length).toBeGreaterThan(0);
      for (const sentence of sentences) expect(squash(itemTexts[i]!)).toContain(squash(sentence));
    }
    await popup.close();
    await page.close();
  });
});
