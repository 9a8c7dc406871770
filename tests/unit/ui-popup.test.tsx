// Each popup state rendered from fake dependencies: what the reader sees and what the buttons do.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import type { BulletinReply } from '../../lib/messages';
import type { Article, Bulletin } from '../../lib/model';
import { createPopupStore, type PopupDeps } from '../../lib/popup/state';
import { languageSetting } from '../../lib/ui/i18n';

function article(n: number, extra: Partial<Article> = {}): Article {
  return {
    id: `a${n}`,
    headline: `Headline ${n}`,
    subheadline: n === 1 ? 'The deck line' : undefined,
    dateline: n === 1 ? '呼和浩特讯' : undefined,
    publishedAt: '2023-04-26',
    authors: n === 1 ? ['萨其荣贵', '李庭'] : [],
    sections: [{ paragraphs: [`First paragraph of ${n}.`, `Second paragraph of ${n}.`] }],
    figures: [],
    summary: { sentences: [], facts: [], keywords: [] },
    ...extra,
  };
}

function bulletin(extra: Partial<Bulletin> = {}): Bulletin {
  return {
    url: 'https://epaper.example.cn/2023-04/26/node_03.html',
    canonicalUrl: 'https://epaper.example.cn/2023-04/26/node_03.html',
    title: '北疆警讯数字报-第03版:政工',
    lang: 'zh-CN',
    publishedAt: '2023-04-26',
    detection: { kind: 'bulletin', score: 0.9, signals: [] },
    articles: [article(1), article(2)],
    contentHash: 'h',
    ...extra,
  };
}

const ok = (b: Bulletin): BulletinReply => ({ status: 'ok', bulletin: b, elapsedMs: 5 });

function fakeDeps(overrides: Partial<PopupDeps> = {}): PopupDeps {
  return {
    resolveTab: vi.fn(async () => ({ id: 7, url: 'https://epaper.example.cn/2023-04/26/node_03.html' })),
    ensureContentScript: vi.fn(async () => undefined),
    getBulletin: vi.fn(async () => ok(bulletin())),
    highlight: vi.fn(async () => true),
    loadSummarizer: vi.fn(async () => (a: Article) => ({
      sentences: [{ text: a.sections[0]!.paragraphs[0]!, paragraph: 0, score: 1 }],
      facts: [
        { kind: 'place' as const, text: '呼和浩特', sentence: 0 },
        { kind: 'number' as const, text: '3个', sentence: 0 },
        { kind: 'place' as const, text: '呼和浩特', sentence: 1 },
      ],
      keywords: ['公安', '政工'],
    })),
    savePage: vi.fn(async () => ({ pageId: '1', savedArticles: 2 })),
    savedLayer: vi.fn(async () => undefined),
    recent: vi.fn(async () => [{ id: '1', title: 'Saved before', url: 'https://example.org/', savedAt: 1 }]),
    listTags: vi.fn(async () => ['police', 'reading']),
    copyText: vi.fn(async () => undefined),
    ...overrides,
  };
}

async function show(deps: PopupDeps) {
  const store = createPopupStore(deps);
  const view = render(<PopupApp store={store} libraryUrl="chrome-extension://x/library.html" />);
  await store.load();
  const root = () => view.container.querySelector('[data-state]')!;
  return { store, root, view };
}

beforeEach(() => {
  languageSetting.value = 'en';
});
afterEach(() => cleanup());

describe('popup states', () => {
  it('working: shown while the page is read', async () => {
    let release!: (r: BulletinReply) => void;
    const deps = fakeDeps({ getBulletin: vi.fn(() => new Promise<BulletinReply>((r) => (release = r))) });
    const store = createPopupStore(deps);
    const view = render(<PopupApp store={store} libraryUrl="x" />);
    const loading = store.load();
    await waitFor(() => expect(deps.getBulletin).toHaveBeenCalled());
    expect(view.container.querySelector('[data-state]')!.getAttribute('data-state')).toBe('working');
    expect(screen.getByTestId('message').textContent).toMatch(/Reading this page/);
    release(ok(bulletin()));
    await loading;
    await waitFor(() =>
      expect(view.container.querySelector('[data-state]')!.getAttribute('data-state')).toBe('ready'),
    );
  });

  it('ready: one card per article with headline, deck, meta, key sentences, grouped facts, keywords', async () => {
    const { root } = await show(fakeDeps());
    await waitFor(() => expect(root().getAttribute('data-state')).toBe('ready'));
    const cards = screen.getAllByTestId('article-card');
    expect(cards).toHaveLength(2);
    expect(screen.getAllByTestId('headline').map((h) => h.textContent)).toEqual(['Headline 1', 'Headline 2']);
    expect(screen.getAllByTestId('deck').map((d) => d.textContent)).toEqual(['The deck line']);
    expect(screen.getAllByTestId('meta')[0]!.textContent).toBe('呼和浩特讯 · 2023-04-26 · 萨其荣贵 李庭');
    expect(screen.getAllByTestId('meta')[1]!.textContent).toBe('2023-04-26');
    expect(screen.getAllByTestId('key-sentence').map((s) => s.textContent)).toEqual([
      'First paragraph of 1.',
      'First paragraph of 2.',
    ]);
    const facts = cards[0]!.querySelectorAll('[data-testid=fact]');
    // Duplicates dropped, places before numbers.
    expect([...facts].map((f) => `${f.getAttribute('data-kind')}:${f.textContent}`)).toEqual([
      'place:呼和浩特',
      'number:3个',
    ]);
    expect(cards[0]!.querySelectorAll('[data-testid=keyword]')).toHaveLength(2);
    expect(screen.getAllByTestId('recent-item')[0]!.textContent).toBe('Saved before');
    expect(screen.getByTestId('open-library').getAttribute('href')).toBe('chrome-extension://x/library.html');
    expect(screen.getByTestId('page-kind').getAttribute('data-kind')).toBe('bulletin');
  });

  it('not-bulletin: says so, and "extract anyway" forces extraction', async () => {
    const getBulletin = vi.fn(async (_tab: number, force: boolean): Promise<BulletinReply> =>
      force
        ? ok(bulletin({ detection: { kind: 'listing', score: 0.7, signals: [] } }))
        : {
            status: 'not-bulletin',
            detection: { kind: 'listing', score: 0.7, signals: [] },
            url: 'https://example.org/',
          },
    );
    const { root } = await show(fakeDeps({ getBulletin }));
    expect(root().getAttribute('data-state')).toBe('not-bulletin');
    expect(screen.getByTestId('message').textContent).toMatch(/does not look like a news bulletin/);
    fireEvent.click(screen.getByTestId('extract-anyway'));
    await waitFor(() => expect(root().getAttribute('data-state')).toBe('ready'));
    expect(getBulletin).toHaveBeenLastCalledWith(7, true);
    expect(screen.getAllByTestId('article-card')).toHaveLength(2);
  });

  it.each([
    ['chrome://extensions/'],
    ['edge://settings'],
    ['about:blank'],
    ['view-source:https://example.org/'],
    ['https://chromewebstore.google.com/detail/x'],
    ['https://example.org/report.pdf'],
  ])('restricted: %s is not read', async (url) => {
    const deps = fakeDeps({ resolveTab: vi.fn(async () => ({ id: 3, url })) });
    const { root } = await show(deps);
    expect(root().getAttribute('data-state')).toBe('restricted');
    expect(screen.getByTestId('message').textContent).toMatch(/does not let extensions read this page/);
    expect(deps.ensureContentScript).not.toHaveBeenCalled();
  });

  it('restricted: when the URL is unknown and the browser refuses the injection', async () => {
    const deps = fakeDeps({
      resolveTab: vi.fn(async () => ({ id: 3 })),
      ensureContentScript: vi.fn(async () => {
        throw new Error('Cannot access a chrome:// URL');
      }),
    });
    const { root } = await show(deps);
    expect(root().getAttribute('data-state')).toBe('restricted');
  });

  it('too-large: the partial digest with a notice', async () => {
    const { root } = await show(
      fakeDeps({ getBulletin: vi.fn(async () => ok(bulletin({ truncated: true }))) }),
    );
    expect(root().getAttribute('data-state')).toBe('too-large');
    expect(screen.getByTestId('message').textContent).toMatch(/too large to digest fully/);
    expect(screen.getAllByTestId('article-card')).toHaveLength(2);
  });

  it('error: the reason is shown', async () => {
    const { root } = await show(
      fakeDeps({ getBulletin: vi.fn(async () => ({ status: 'error', message: 'boom' }) as BulletinReply) }),
    );
    expect(root().getAttribute('data-state')).toBe('error');
    expect(screen.getByTestId('message').textContent).toBe('Something went wrong: boom');
  });

  it('error: a failing message channel is an error too', async () => {
    const { root } = await show(
      fakeDeps({
        getBulletin: vi.fn(async () => {
          throw new Error('Could not establish connection');
        }),
      }),
    );
    expect(root().getAttribute('data-state')).toBe('error');
  });

  it('page text holding markup is shown as text', async () => {
    const hostile = '<img src=x onerror="alert(1)">Headline';
    const { root } = await show(
      fakeDeps({
        getBulletin: vi.fn(async () => ok(bulletin({ articles: [article(1, { headline: hostile })] }))),
      }),
    );
    expect(root().getAttribute('data-state')).toBe('ready');
    expect(screen.getByTestId('headline').textContent).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('popup actions', () => {
  it('save all sends the note, tags and star; the status says saved', async () => {
    const deps = fakeDeps();
    await show(deps);
    fireEvent.input(screen.getByTestId('page-note'), { target: { value: 'my note' } });
    const tagInput = screen.getByTestId('tag-input');
    fireEvent.input(tagInput, { target: { value: 'police' } });
    fireEvent.keyDown(tagInput, { key: 'Enter' });
    fireEvent.input(tagInput, { target: { value: 'police' } });
    fireEvent.keyDown(tagInput, { key: 'Enter' });
    expect(screen.getAllByTestId('tag').map((t) => t.textContent)).toEqual(['police×']);
    fireEvent.click(screen.getByTestId('star'));
    expect(screen.getByTestId('star').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('save-all'));
    await waitFor(() => expect(screen.getByTestId('save-status').getAttribute('data-status')).toBe('saved'));
    expect(screen.getByTestId('save-status').textContent).toBe('Saved');
    expect(deps.savePage).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'https://epaper.example.cn/2023-04/26/node_03.html' }),
      { pageNote: 'my note', tags: ['police'], starred: true, articleNotes: {} },
      undefined,
    );
    // Saved articles are marked on their cards.
    expect(screen.getAllByTestId('save-article').map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'true',
      'true',
    ]);
  });

  it('save one article names it; a second adds to the first', async () => {
    const deps = fakeDeps();
    await show(deps);
    fireEvent.click(screen.getAllByTestId('save-article')[1]!);
    await waitFor(() => expect(deps.savePage).toHaveBeenCalledTimes(1));
    expect(vi.mocked(deps.savePage).mock.calls[0]![2]).toEqual(['a2']);
    await waitFor(() => expect(screen.getByTestId('save-status').getAttribute('data-status')).toBe('saved'));
    fireEvent.click(screen.getAllByTestId('save-article')[0]!);
    await waitFor(() => expect(deps.savePage).toHaveBeenCalledTimes(2));
    expect(vi.mocked(deps.savePage).mock.calls[1]![2]).toEqual(['a2', 'a1']);
  });

  it('a full disk is named in the status', async () => {
    const deps = fakeDeps({
      savePage: vi.fn(async () => {
        throw Object.assign(new Error('Storage is full'), { code: 'quota' });
      }),
    });
    await show(deps);
    fireEvent.click(screen.getByTestId('save-all'));
    await waitFor(() => expect(screen.getByTestId('save-status').getAttribute('data-status')).toBe('error'));
    expect(screen.getByTestId('save-status').textContent).toMatch(/no room left/);
  });

  it('a saved page opens with its note, tags and star', async () => {
    const deps = fakeDeps({
      savedLayer: vi.fn(async () => ({
        pageNote: 'kept note',
        tags: ['reading'],
        starred: true,
        articleNotes: {},
        savedArticleIds: ['a1'],
      })),
    });
    await show(deps);
    await waitFor(() =>
      expect((screen.getByTestId('page-note') as HTMLTextAreaElement).value).toBe('kept note'),
    );
    expect(screen.getAllByTestId('tag').map((t) => t.textContent)).toEqual(['reading×']);
    expect(screen.getByTestId('star').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByTestId('save-article').map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'true',
      'false',
    ]);
    // Completion offers the library's other tags, read when the tag input is first used.
    expect(deps.listTags).not.toHaveBeenCalled();
    fireEvent.focus(screen.getByTestId('tag-input'));
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('#popup-tags option')].map((o) => o.getAttribute('value')),
      ).toEqual(['police']),
    );
    fireEvent.focus(screen.getByTestId('tag-input'));
    expect(deps.listTags).toHaveBeenCalledTimes(1);
  });

  it('a key sentence asks the tab to highlight it', async () => {
    const deps = fakeDeps();
    await show(deps);
    fireEvent.click(screen.getAllByTestId('key-sentence')[1]!);
    await waitFor(() => expect(deps.highlight).toHaveBeenCalledWith(7, 'First paragraph of 2.'));
  });

  it('copy as Markdown copies the digest', async () => {
    const deps = fakeDeps();
    await show(deps);
    fireEvent.click(screen.getByTestId('copy-markdown'));
    await waitFor(() => expect(screen.getByTestId('copy-markdown').getAttribute('data-copied')).toBe('true'));
    const markdown = vi.mocked(deps.copyText).mock.calls[0]![0];
    expect(markdown).toContain('## Headline 1');
    expect(markdown).toContain('- First paragraph of 1.');
    expect(markdown).toContain('Places: 呼和浩特');
  });

  it('speaks Chinese when asked', async () => {
    languageSetting.value = 'zh_CN';
    await show(fakeDeps());
    expect(screen.getByTestId('save-all').textContent).toBe('全部保存');
    expect(screen.getByTestId('open-library').textContent).toBe('打开文库');
  });
});

describe('fact chips', () => {
  it('show a few per kind, the rest behind "+N"', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      kind: 'quote' as const,
      text: `“名称${i}”`,
      sentence: 0,
    }));
    await show(
      fakeDeps({
        getBulletin: vi.fn(async () => ok(bulletin({ articles: [article(1)] }))),
        loadSummarizer: vi.fn(async () => () => ({ sentences: [], facts: many, keywords: [] })),
      }),
    );
    expect(screen.getAllByTestId('fact')).toHaveLength(8);
    fireEvent.click(screen.getByRole('button', { name: '+4' }));
    expect(screen.getAllByTestId('fact')).toHaveLength(12);
  });
});

describe('popup loading', () => {
  /** A popup loading a page whose reply is held back until `release` is called. */
  async function openWithPendingPage() {
    let release!: (r: BulletinReply) => void;
    const deps = fakeDeps({ getBulletin: vi.fn(() => new Promise<BulletinReply>((r) => (release = r))) });
    const store = createPopupStore(deps);
    render(<PopupApp store={store} libraryUrl="x" />);
    const loading = store.load();
    await waitFor(() => expect(deps.getBulletin).toHaveBeenCalled());
    return { deps, loading, release };
  }

  it('loads the summariser while the page is still being read', async () => {
    const { deps, loading, release } = await openWithPendingPage();
    expect(deps.loadSummarizer).toHaveBeenCalled();
    release(ok(bulletin()));
    await loading;
    expect(screen.getAllByTestId('key-sentence')).toHaveLength(2);
  });

  it('reads the latest saves only once the page state is shown', async () => {
    const { deps, loading, release } = await openWithPendingPage();
    expect(deps.recent).not.toHaveBeenCalled();
    release(ok(bulletin()));
    await loading;
    await waitFor(() => expect(screen.getAllByTestId('recent-item')).toHaveLength(1));
  });

  it('keeps the note, tags and save disabled until the saved layer is read, then shows it', async () => {
    type Layer = Awaited<ReturnType<PopupDeps['savedLayer']>>;
    let release!: (layer: Layer) => void;
    const deps = fakeDeps({ savedLayer: vi.fn(() => new Promise<Layer>((r) => (release = r))) });
    const store = createPopupStore(deps);
    render(<PopupApp store={store} libraryUrl="x" />);
    const loading = store.load();
    await waitFor(() => expect(deps.savedLayer).toHaveBeenCalled());
    const layer = screen.getByTestId('page-layer') as HTMLFieldSetElement;
    expect(layer.disabled).toBe(true);
    expect(layer.getAttribute('data-layer')).toBe('loading');
    release({
      pageNote: 'kept note',
      tags: ['police'],
      starred: true,
      articleNotes: {},
      savedArticleIds: [],
    });
    await loading;
    await waitFor(() => expect(layer.getAttribute('data-layer')).toBe('ready'));
    expect(layer.disabled).toBe(false);
    expect((screen.getByTestId('page-note') as HTMLTextAreaElement).value).toBe('kept note');
    expect(screen.getAllByTestId('tag').map((el) => el.textContent)).toEqual([
      expect.stringContaining('police'),
    ]);
  });

  it('a saved layer that cannot be read still enables the panel', async () => {
    await show(fakeDeps({ savedLayer: vi.fn(async () => Promise.reject(new Error('db closed'))) }));
    const layer = screen.getByTestId('page-layer') as HTMLFieldSetElement;
    await waitFor(() => expect(layer.disabled).toBe(false));
  });

  it('a summariser that cannot load leaves the articles shown without summaries', async () => {
    const { root } = await show(
      fakeDeps({
        loadSummarizer: vi.fn(async () => {
          throw new Error('chunk not loaded');
        }),
      }),
    );
    expect(root().getAttribute('data-state')).toBe('ready');
    expect(screen.getAllByTestId('headline')).toHaveLength(2);
    expect(screen.queryAllByTestId('key-sentence')).toHaveLength(0);
  });

  it('reads the latest saves once on opening and again after a save; the page layer by its URL', async () => {
    const deps = fakeDeps();
    await show(deps);
    expect(deps.recent).toHaveBeenCalledTimes(1);
    expect(deps.savedLayer).toHaveBeenCalledExactlyOnceWith(
      'https://epaper.example.cn/2023-04/26/node_03.html',
    );
    fireEvent.click(screen.getByTestId('save-all'));
    await waitFor(() => expect(deps.recent).toHaveBeenCalledTimes(2));
  });

  it('reads the library tags only once the tag input is used, and again after a save', async () => {
    const deps = fakeDeps();
    await show(deps);
    fireEvent.click(screen.getByTestId('save-all'));
    await waitFor(() => expect(deps.recent).toHaveBeenCalledTimes(2));
    expect(deps.listTags).not.toHaveBeenCalled();
    fireEvent.focus(screen.getByTestId('tag-input'));
    await waitFor(() => expect(document.querySelectorAll('#popup-tags option')).toHaveLength(2));
    expect(deps.listTags).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByTestId('save-all'));
    await waitFor(() => expect(deps.listTags).toHaveBeenCalledTimes(2));
  });
});
