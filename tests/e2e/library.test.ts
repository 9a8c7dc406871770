// Saving from the popup and working in the library, in Chromium with the extension's real IndexedDB
// (issue 6, scenarios 3–6). The tests run in order and build on each other, as a reader's day does.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { screenshot, startE2E, texts, type E2E } from './harness';
import { seedGold } from './seed';
import { openStoreProbe } from './store-probe';

let e2e: E2E;
const gold = seedGold().articles;
const seedHeadlines = gold.map((a) => a.headline);

const PAGE_NOTE = 'E2E 页面笔记:第三版值得转发';
const EDITED_PAGE_NOTE = 'E2E 页面笔记:改过一次';
const ARTICLE_NOTE = 'E2E 文章笔记:读书分享会值得借鉴';
const SEED_TAG = '政工简报';
const PRESS_TAG = 'press-release';
/** The edition the seed page is, as the library names it in Chinese. */
const SEED_EDITION = '2023年4月26日 · 第03版';

beforeAll(async () => {
  // The library groups editions as `2023年4月26日 · 第03版` in its Chinese interface.
  e2e = await startE2E({ lang: 'zh-CN' });
});
afterAll(async () => {
  await e2e?.close();
});

/** The UI answers asynchronously (debounced search, IndexedDB): poll, for a few seconds at most. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5_000, interval: 100 });
const sorted = (values: string[]) => values.toSorted();
const resultHeadlines = async (library: Page) =>
  sorted(await texts(library, '[data-testid=result-headline]'));

/** Fills the page note, adds a tag and saves everything on the page from the popup. */
async function saveAllFromPopup(path: string, note: string, tag: string) {
  const page = await e2e.openPage(path);
  const popup = await e2e.openPopupFor(page);
  expect(await popup.getAttribute('#app > [data-state]', 'data-state')).toBe('ready');
  await popup.fill('[data-testid=page-note]', note);
  await popup.fill('[data-testid=tag-input]', tag);
  await popup.press('[data-testid=tag-input]', 'Enter');
  await popup.locator('[data-testid=tag]', { hasText: tag }).waitFor();
  await popup.click('[data-testid=save-all]');
  await popup.waitForSelector('[data-testid=save-status][data-status=saved]', { timeout: 10_000 });
  await popup.close();
  return page;
}

/** Finds a story by a word of it and opens its detail. */
async function openStory(library: Page, query: string, headline: string) {
  await library.fill('[data-testid=search]', query);
  await library.locator('[data-testid=result-headline]', { hasText: headline }).first().click();
  await library.locator('[data-testid=detail]').waitFor();
}

/** Types into a self-saving note and waits until it reports saved. */
async function editNote(library: Page, testId: string, text: string) {
  await library.fill(`[data-testid=${testId}]`, text);
  await library.locator(`[data-testid=${testId}]`).blur();
  await library.waitForSelector(`[data-testid=${testId}-status][data-status=saved]`, { timeout: 5_000 });
}

describe('library', () => {
  test('3 save all with a note and a tag; reopened, the popup shows them', async () => {
    const page = await saveAllFromPopup('/seed/epaper-text.html', PAGE_NOTE, SEED_TAG);
    const reopened = await e2e.openPopupFor(page);
    // The digest shows first; the saved note, tags and star follow once the library is read.
    await reopened.waitForSelector('[data-testid=page-layer][data-layer=ready]');
    expect(await reopened.inputValue('[data-testid=page-note]')).toBe(PAGE_NOTE);
    expect(await texts(reopened, '[data-testid=tag] > span')).toEqual([SEED_TAG]);
    expect(await texts(reopened, '[data-testid=recent-item]')).not.toEqual([]);
    await reopened.close();
    await page.close();
  });

  test('4 library: search in Chinese, the tag filter narrows, editions group the results', async () => {
    const press = await saveAllFromPopup('/pages/press-bulletin.html', 'press note', PRESS_TAG);
    await press.close();

    // Without a query the library lists the saved pages; a query lists the matching stories.
    const library = await e2e.openLibrary();
    await eventually(() => resultHeadlines(library)).toHaveLength(2);
    console.log(`library screenshot: ${await screenshot(library, 'library')}`);

    await library.fill('[data-testid=search]', '知识产权');
    await eventually(() => resultHeadlines(library)).toEqual([gold[3]!.headline]);
    await library.fill('[data-testid=search]', '读书');
    await eventually(() => resultHeadlines(library)).toEqual([gold[1]!.headline]);

    // Every story of the seed page mentions 公安: all four, under the seed's edition, and nothing else.
    await library.fill('[data-testid=search]', '公安');
    await eventually(() => resultHeadlines(library)).toEqual(sorted(seedHeadlines));
    expect(await texts(library, '[data-testid=edition-group]')).toEqual([SEED_EDITION]);
    const seedGroup = library.locator('section', {
      has: library.locator('[data-testid=edition-group]', { hasText: SEED_EDITION }),
    });
    expect(sorted(await texts(seedGroup, '[data-testid=result-headline]'))).toEqual(sorted(seedHeadlines));
    await library.fill('[data-testid=search]', '');

    // Two editions, two groups; the tag filter keeps the page that carries the tag.
    await eventually(() => resultHeadlines(library)).toHaveLength(2);
    const groups = await texts(library, '[data-testid=edition-group]');
    expect(groups).toHaveLength(2);
    expect(groups).toContain(SEED_EDITION);
    for (const tag of [SEED_TAG, PRESS_TAG]) {
      await library.selectOption('[data-testid=filter-tag]', tag);
      await eventually(() => texts(library, '[data-testid=result]')).toHaveLength(1);
      expect((await texts(library, '[data-testid=result]'))[0]).toContain(`#${tag}`);
    }
    await library.selectOption('[data-testid=filter-tag]', SEED_TAG);
    await eventually(() => texts(library, '[data-testid=edition-group]')).toEqual([SEED_EDITION]);
    await library.selectOption('[data-testid=filter-tag]', '');
    await eventually(() => resultHeadlines(library)).toHaveLength(2);
    await library.close();
  });

  test('5 an edited note is kept after the library reloads', async () => {
    const library = await e2e.openLibrary();
    await openStory(library, '读书', gold[1]!.headline);
    await editNote(library, 'note-editor', ARTICLE_NOTE);
    await editNote(library, 'page-note-editor', EDITED_PAGE_NOTE);

    await library.reload();
    await library.waitForSelector('[data-testid=library][data-loading=false]');
    await openStory(library, '读书', gold[1]!.headline);
    expect(await library.inputValue('[data-testid=note-editor]')).toBe(ARTICLE_NOTE);
    expect(await library.inputValue('[data-testid=page-note-editor]')).toBe(EDITED_PAGE_NOTE);
    await library.close();
  });

  test('6 export JSON, delete everything, import: all of it is back, notes included', async () => {
    const probe = await openStoreProbe(e2e);
    const before = await probe.pages();
    expect(before).toHaveLength(2);

    const library = await e2e.openLibrary();
    const shownBefore = await resultHeadlines(library);
    const download = library.waitForEvent('download');
    await library.click('[data-testid=export-json]');
    const exported = await (await download).path();
    const exportText = readFileSync(exported, 'utf8');
    expect(exportText.includes(ARTICLE_NOTE), 'the export holds the article note').toBe(true);

    await library.check('[data-testid=select-all]');
    await library.click('[data-testid=delete-selected]');
    await eventually(() => resultHeadlines(library)).toEqual([]);
    await library.reload();
    await library.waitForSelector('[data-testid=library][data-loading=false]');
    expect(await resultHeadlines(library)).toEqual([]);
    expect(await probe.pages()).toEqual([]);

    await library.setInputFiles('[data-testid=import-file]', exported);
    await library.locator('[data-testid=import-report]').waitFor();
    await eventually(() => resultHeadlines(library)).toEqual(shownBefore);
    const after = await probe.pages();
    const comparable = (pages: typeof before) =>
      pages
        .map(({ url, note, tags, articleCount, articleHeadlines, articleNotes }) => ({
          url,
          note,
          tags,
          articleCount,
          articleHeadlines,
          articleNotes,
        }))
        .toSorted((a, b) => a.url.localeCompare(b.url));
    expect(comparable(after)).toEqual(comparable(before));

    await openStory(library, '读书', gold[1]!.headline);
    expect(await library.inputValue('[data-testid=note-editor]')).toBe(ARTICLE_NOTE);
    expect(await library.inputValue('[data-testid=page-note-editor]')).toBe(EDITED_PAGE_NOTE);
    await library.close();
    await probe.close();
  });
});
