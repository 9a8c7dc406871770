// The library page on the real store (fake-indexeddb): search, filters, editing, delete with undo, export
// and import, settings.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp } from '../../components/LibraryApp';
import { createLibraryDeps } from '../../lib/library/deps';
import { submitSettings } from '../../lib/library/settings-form';
import { createLibraryStore, type LibraryDeps } from '../../lib/library/state';
import type { Article, Bulletin } from '../../lib/model';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { BulletinDatabase, save } from '../../lib/store';
import { languageSetting } from '../../lib/ui/i18n';

let counter = 0;
let db: BulletinDatabase;

function article(id: string, headline: string, paragraphs: string[]): Article {
  return {
    id,
    headline,
    authors: [],
    sections: [{ paragraphs }],
    figures: [],
    summary: { sentences: [{ text: paragraphs[0]!, paragraph: 0, score: 1 }], facts: [], keywords: [] },
  };
}

const SEED: Bulletin = {
  url: 'http://127.0.0.1/seed/epaper-text.html',
  canonicalUrl: 'http://127.0.0.1/seed/epaper-text.html',
  title: '北疆警讯数字报-第03版:政工',
  lang: 'zh-CN',
  publishedAt: '2023-04-26',
  detection: { kind: 'bulletin', score: 0.9, signals: [] },
  articles: [
    article('s1', '激发内生动力 锻造公安铁军', ['全区公安机关多措并举推动政工工作转型升级。']),
    article('s2', '书香警营 读书活动走进基层', ['读书活动现场气氛热烈,民警踊跃参加。']),
    article('s3', '<img src=x onerror=alert(1)>练兵比武', ['全区开展练兵比武活动。']),
    article('s4', '强化知识产权保护', ['知识产权保护工作取得新进展,审结案件1200件。']),
  ],
  contentHash: 'seed',
};

const PRESS: Bulletin = {
  url: 'https://press.example.org/releases/2024-01-10',
  canonicalUrl: 'https://press.example.org/releases/2024-01-10',
  title: 'Press releases, 10 January 2024',
  lang: 'en',
  publishedAt: '2024-01-10',
  detection: { kind: 'bulletin', score: 0.9, signals: [] },
  articles: [
    article('p1', 'Council approves the harbour budget', [
      'The council approved the harbour budget on Monday.',
    ]),
    article('p2', 'Library opens on Sundays', ['The central library will open on Sundays from March.']),
  ],
  contentHash: 'press',
};

async function mount(overrides: Partial<LibraryDeps> = {}) {
  const deps = { ...createLibraryDeps(db), download: vi.fn(), ...overrides };
  const store = createLibraryStore(deps);
  const settingsDeps = { requestPermission: vi.fn(async () => true), save: vi.fn(async () => undefined) };
  const view = render(
    <LibraryApp
      store={store}
      settings={DEFAULT_SETTINGS}
      settingsDeps={settingsDeps}
      onSettingsSaved={() => {}}
    />,
  );
  await store.init();
  return { store, deps, view, settingsDeps };
}

const headlines = () => screen.queryAllByTestId('result-headline').map((h) => h.textContent);
const change = (id: string, value: string) => fireEvent.change(screen.getByTestId(id), { target: { value } });
const search = (text: string) => fireEvent.input(screen.getByTestId('search'), { target: { value: text } });

beforeEach(async () => {
  languageSetting.value = 'zh_CN';
  db = new BulletinDatabase(`ui-library-${Date.now()}-${++counter}`);
  await save(db, SEED, { note: 'seed note', tags: ['police'], articleNotes: { s4: 'article note' } });
  await save(db, PRESS, { tags: ['press'], starred: true });
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

describe('library list', () => {
  it('lists every saved page under its edition, newest first', async () => {
    await mount();
    expect(headlines()).toEqual(['Press releases, 10 January 2024', '北疆警讯数字报-第03版:政工']);
    expect(screen.getAllByTestId('edition-group').map((g) => g.textContent)).toEqual([
      '2024年1月10日',
      '2023年4月26日 · 第03版',
    ]);
  });

  it('searches Chinese substrings: 知识产权 finds the fourth article, 读书 the second', async () => {
    await mount();
    search('知识产权');
    await waitFor(() => expect(headlines()).toEqual(['强化知识产权保护']));
    expect(screen.getByTestId('result').getAttribute('data-page-id')).toBeTruthy();
    search('读书');
    await waitFor(() => expect(headlines()).toEqual(['书香警营 读书活动走进基层']));
    search('不存在的词语');
    await waitFor(() => expect(headlines()).toEqual([]));
    expect(screen.getByText('没有找到。')).toBeTruthy();
  });

  it('searches English words by prefix', async () => {
    await mount();
    search('harb');
    await waitFor(() => expect(headlines()).toEqual(['Council approves the harbour budget']));
  });

  it('filters by tag, site, star and edition date', async () => {
    await mount();
    change('filter-tag', 'police');
    await waitFor(() => expect(headlines()).toEqual(['北疆警讯数字报-第03版:政工']));
    change('filter-tag', '');
    await waitFor(() => expect(headlines()).toHaveLength(2));
    change('filter-site', 'press.example.org');
    await waitFor(() => expect(headlines()).toEqual(['Press releases, 10 January 2024']));
    change('filter-site', '');
    fireEvent.change(screen.getByTestId('filter-starred'), { target: { checked: true } });
    await waitFor(() => expect(headlines()).toEqual(['Press releases, 10 January 2024']));
    fireEvent.change(screen.getByTestId('filter-starred'), { target: { checked: false } });
    change('filter-from', '2023-01-01');
    change('filter-to', '2023-12-31');
    await waitFor(() => expect(headlines()).toEqual(['北疆警讯数字报-第03版:政工']));
    // A text query and a filter combine.
    search('读书');
    await waitFor(() => expect(headlines()).toEqual(['书香警营 读书活动走进基层']));
  });

  it('shows page text holding markup as text', async () => {
    await mount();
    search('练兵');
    await waitFor(() => expect(headlines()).toEqual(['<img src=x onerror=alert(1)>练兵比武']));
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('detail and editing', () => {
  it('edits the article note and the page note; the edits are stored', async () => {
    await mount();
    search('知识产权');
    await waitFor(() => expect(headlines()).toEqual(['强化知识产权保护']));
    fireEvent.click(screen.getByTestId('result-headline'));
    const editor = (await screen.findByTestId('note-editor')) as HTMLTextAreaElement;
    expect(editor.value).toBe('article note');
    fireEvent.input(editor, { target: { value: 'article note, edited' } });
    fireEvent.blur(editor);
    await waitFor(
      () => expect(screen.getByTestId('note-editor-status').getAttribute('data-status')).toBe('saved'),
      {
        timeout: 3_000,
      },
    );
    const records = await db.articles.toArray();
    expect(records.find((r) => r.article.id === 's4')!.note).toBe('article note, edited');

    const pageNote = screen.getByTestId('page-note-editor') as HTMLTextAreaElement;
    expect(pageNote.value).toBe('seed note');
    fireEvent.input(pageNote, { target: { value: 'seed note, edited' } });
    fireEvent.blur(pageNote);
    await waitFor(async () =>
      expect((await db.pages.toArray()).find((p) => p.note.includes('edited'))?.note).toBe(
        'seed note, edited',
      ),
    );
  });

  it('adds and removes a highlight, edits tags and the star', async () => {
    const { store } = await mount();
    search('知识产权');
    await waitFor(() => expect(headlines()).toHaveLength(1));
    fireEvent.click(screen.getByTestId('result-headline'));
    const detail = await screen.findByTestId('detail');
    fireEvent.click(within(detail).getByRole('button', { name: '划线此句' }));
    await waitFor(() => expect(within(detail).getAllByTestId('highlight')).toHaveLength(1));
    expect(await db.highlights.count()).toBe(1);
    fireEvent.click(within(detail).getAllByRole('button', { name: '取消此划线' })[0]!);
    await waitFor(() => expect(within(detail).queryAllByTestId('highlight')).toHaveLength(0));

    const tagInput = within(detail).getByTestId('tag-input');
    fireEvent.input(tagInput, { target: { value: 'ip' } });
    fireEvent.keyDown(tagInput, { key: 'Enter' });
    await waitFor(() =>
      expect(
        within(detail)
          .getAllByTestId('tag')
          .map((t) => t.firstChild!.textContent),
      ).toEqual(['police', 'ip']),
    );
    fireEvent.click(within(detail).getByTestId('star'));
    await waitFor(() => expect(store.detail.value?.page.starred).toBe(1));
  });
});

describe('delete with undo', () => {
  it('deletes the page in the detail and brings it back, notes included', async () => {
    await mount();
    search('知识产权');
    await waitFor(() => expect(headlines()).toHaveLength(1));
    fireEvent.click(screen.getByTestId('result-headline'));
    fireEvent.click(await screen.findByTestId('delete'));
    await waitFor(() => expect(headlines()).toEqual([]));
    expect(await db.pages.count()).toBe(1);
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(() => expect(headlines()).toEqual(['强化知识产权保护']));
    expect(screen.queryByTestId('undo')).toBeNull();
    const page = (await db.pages.toArray()).find((p) => p.title.includes('第03版'))!;
    expect(page.note).toBe('seed note');
    expect((await db.articles.toArray()).find((r) => r.article.id === 's4')!.note).toBe('article note');
  });

  it('deletes a selection', async () => {
    await mount();
    fireEvent.click(screen.getByTestId('select-all'));
    fireEvent.click(screen.getByTestId('delete-selected'));
    await waitFor(() => expect(headlines()).toEqual([]));
    expect(await db.pages.count()).toBe(0);
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(() => expect(headlines()).toHaveLength(2));
  });
});

describe('export and import', () => {
  it('exports JSON, and after everything is deleted, the import brings all of it back', async () => {
    const { deps } = await mount();
    fireEvent.click(screen.getByTestId('export-json'));
    await waitFor(() => expect(deps.download).toHaveBeenCalledTimes(1));
    const [blob, name] = vi.mocked(deps.download).mock.calls[0]!;
    expect(name).toMatch(/^bulletin-digest-\d{4}-\d{2}-\d{2}\.json$/);
    const json = await (blob as Blob).text();
    expect(JSON.parse(json)).toBeTruthy();

    fireEvent.click(screen.getByTestId('select-all'));
    fireEvent.click(screen.getByTestId('delete-selected'));
    await waitFor(() => expect(headlines()).toEqual([]));

    const file = new File([json], 'export.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('import-report').textContent).toMatch(/新增 2/));
    await waitFor(() => expect(headlines()).toHaveLength(2));
    const pages = await db.pages.toArray();
    expect(pages.find((p) => p.title.includes('第03版'))!.note).toBe('seed note');
    expect((await db.articles.toArray()).find((r) => r.article.id === 's4')!.note).toBe('article note');
    search('知识产权');
    await waitFor(() => expect(headlines()).toEqual(['强化知识产权保护']));
  });

  it('exports only the selection when there is one', async () => {
    const { deps } = await mount();
    const pressRow = screen.getAllByTestId('result')[0]!;
    fireEvent.click(within(pressRow).getByTestId('result-select'));
    fireEvent.click(screen.getByTestId('export-json'));
    await waitFor(() => expect(deps.download).toHaveBeenCalledTimes(1));
    const text = await (vi.mocked(deps.download).mock.calls[0]![0] as Blob).text();
    expect(text).toContain('harbour budget');
    expect(text).not.toContain('知识产权');

    fireEvent.click(screen.getByTestId('export-markdown'));
    await waitFor(() => expect(deps.download).toHaveBeenCalledTimes(2));
    const [md, mdName] = vi.mocked(deps.download).mock.calls[1]!;
    expect(mdName).toMatch(/\.md$/);
    const markdown = await (md as Blob).text();
    expect(markdown).toContain('Council approves the harbour budget');
    expect(markdown).not.toContain('知识产权');
  });

  it('exports everything as Markdown when nothing is selected', async () => {
    const { deps } = await mount();
    fireEvent.click(screen.getByTestId('export-markdown'));
    await waitFor(() => expect(deps.download).toHaveBeenCalledTimes(1));
    const markdown = await (vi.mocked(deps.download).mock.calls[0]![0] as Blob).text();
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain('知识产权');
    expect(markdown).toContain('harbour budget');
  });

  it('refuses a malformed file and changes nothing', async () => {
    await mount();
    const before = await db.pages.count();
    fireEvent.change(screen.getByTestId('import-file'), {
      target: { files: [new File(['{ not json'], 'bad.json', { type: 'application/json' })] },
    });
    await waitFor(() => expect(screen.getByTestId('import-report').textContent).toMatch(/导入失败/));
    expect(await db.pages.count()).toBe(before);
  });
});

describe('settings form', () => {
  const form = { autoDetect: true, sitesText: '', language: 'en' as const, theme: 'dark' as const };

  it('asks for all sites when no site is named, and saves', async () => {
    const deps = {
      requestPermission: vi.fn(async () => true),
      save: vi.fn(async (_s: Settings) => undefined),
    };
    const outcome = await submitSettings(form, deps);
    expect(deps.requestPermission).toHaveBeenCalledWith(['<all_urls>']);
    expect(outcome.status).toBe('saved');
    expect(deps.save).toHaveBeenCalledWith({ autoDetect: true, sites: [], language: 'en', theme: 'dark' });
  });

  it('reads sites one per line, widening hosts and origins to patterns', async () => {
    const deps = { requestPermission: vi.fn(async () => true), save: vi.fn(async () => undefined) };
    await submitSettings(
      { ...form, sitesText: 'http://127.0.0.1:8080\nepaper.example.cn\n\nhttps://x.org/news/*' },
      deps,
    );
    expect(deps.requestPermission).toHaveBeenCalledWith([
      'http://127.0.0.1/*',
      '*://epaper.example.cn/*',
      'https://x.org/news/*',
    ]);
  });

  it('keeps automatic detection off when the permission is refused', async () => {
    const deps = { requestPermission: vi.fn(async () => false), save: vi.fn(async () => undefined) };
    const outcome = await submitSettings(form, deps);
    expect(outcome.status).toBe('denied');
    expect(deps.save).toHaveBeenCalledWith(expect.objectContaining({ autoDetect: false }));
  });

  it('rejects a line that is no site, without asking or saving', async () => {
    const deps = { requestPermission: vi.fn(async () => true), save: vi.fn(async () => undefined) };
    const outcome = await submitSettings({ ...form, sitesText: 'ftp://\nnot a site' }, deps);
    expect(outcome).toEqual({ status: 'invalid', invalid: ['ftp://', 'not a site'] });
    expect(deps.requestPermission).not.toHaveBeenCalled();
    expect(deps.save).not.toHaveBeenCalled();
  });

  it('does not ask for a permission when automatic detection is off', async () => {
    const deps = { requestPermission: vi.fn(async () => true), save: vi.fn(async () => undefined) };
    await submitSettings({ ...form, autoDetect: false }, deps);
    expect(deps.requestPermission).not.toHaveBeenCalled();
  });

  it('the settings panel saves through the form', async () => {
    const { settingsDeps } = await mount();
    fireEvent.click(screen.getByTestId('settings-auto-detect'));
    fireEvent.input(screen.getByTestId('settings-sites'), { target: { value: 'http://127.0.0.1/*' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() =>
      expect(screen.getByTestId('settings-status').getAttribute('data-status')).toBe('saved'),
    );
    expect(settingsDeps.requestPermission).toHaveBeenCalledWith(['http://127.0.0.1/*']);
  });
});
