// The popup's state as signals, driven by injected dependencies so that every state can be rendered in a
// test without a browser.
import { batch, computed, signal } from '@preact/signals';
import type { BulletinReply, ReaderLayer, SaveReply } from '../messages';
import type { Article, Bulletin, Detection, Summary } from '../model';
import { isRestrictedError, isRestrictedUrl } from '../ui/restricted-url';

export type PopupState = 'working' | 'ready' | 'not-bulletin' | 'restricted' | 'too-large' | 'error';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface RecentItem {
  id: string;
  title: string;
  url: string;
  savedAt: number;
}

export type Summarize = (article: Article, ctx: { lang: string; publishedAt?: string }) => Summary;

export interface PopupDeps {
  /** The tab to read: `?tabId=N`, else the active tab. */
  resolveTab(): Promise<{ id: number; url?: string }>;
  /** Makes sure the content script listens in the tab (injects it when needed). */
  ensureContentScript(tabId: number): Promise<void>;
  getBulletin(tabId: number, force: boolean): Promise<BulletinReply>;
  highlight(tabId: number, text: string): Promise<boolean>;
  /** The summariser, loaded on demand: in the extension it is a chunk of its own, parsed after first render. */
  loadSummarizer(): Promise<Summarize>;
  savePage(bulletin: Bulletin, layer: ReaderLayer, articleIds?: string[]): Promise<SaveReply>;
  /** The reader's layer of this page if it was saved before. */
  savedLayer(url: string): Promise<(ReaderLayer & { savedArticleIds: string[] }) | undefined>;
  recent(limit: number): Promise<RecentItem[]>;
  listTags(): Promise<string[]>;
  copyText(text: string): Promise<void>;
}

/** Latest saves listed under the digest. */
export const RECENT_LIMIT = 5;

export function createPopupStore(deps: PopupDeps) {
  const state = signal<PopupState>('working');
  const errorMessage = signal('');
  const tabId = signal<number | undefined>(undefined);
  const detection = signal<Detection | undefined>(undefined);
  const bulletin = signal<Bulletin | undefined>(undefined);
  const pageNote = signal('');
  /** False until this page's saved note, tags and star are read: the panel stays disabled till then, so
   * nothing the reader types is replaced by the stored layer arriving a moment later. */
  const layerReady = signal(false);
  const tags = signal<string[]>([]);
  const starred = signal(false);
  const savedArticleIds = signal<string[]>([]);
  const saveStatus = signal<SaveStatus>('idle');
  const saveError = signal('');
  const saveErrorCode = signal<string | undefined>(undefined);
  const recent = signal<RecentItem[]>([]);
  const knownTags = signal<string[]>([]);
  const copied = signal(false);
  const articles = computed(() => bulletin.value?.articles ?? []);

  const fail = (error: unknown) => {
    batch(() => {
      state.value = 'error';
      errorMessage.value = error instanceof Error ? error.message : String(error);
    });
  };

  function summarizeAll(raw: Bulletin, summarize: Summarize | undefined): Bulletin {
    if (!summarize) return raw;
    return {
      ...raw,
      articles: raw.articles.map((article) => {
        try {
          return {
            ...article,
            summary: summarize(article, {
              lang: raw.lang,
              publishedAt: article.publishedAt ?? raw.publishedAt,
            }),
          };
        } catch (error) {
          // One article the summariser cannot read still shows its headline and text.
          console.debug('summary failed', article.id, error);
          return article;
        }
      }),
    };
  }

  /** Latest saves: read when the popup opens and after each save. */
  async function refreshRecent() {
    recent.value = await deps.recent(RECENT_LIMIT).catch(() => []);
  }

  // The library's tags only complete the tag input. Counting them reads an index entry per saved page (the
  // costliest read of a large library), and most openings never tag: they are read when the reader first
  // goes to the tag input, and again after a save once wanted.
  let tagsWanted = false;
  async function refreshKnownTags() {
    knownTags.value = await deps.listTags().catch(() => []);
  }

  /** The reader's note, tags and star of this page, if it was saved before. */
  async function restoreSavedLayer(url: string) {
    const saved = await deps.savedLayer(url).catch(() => undefined);
    batch(() => {
      if (saved) {
        pageNote.value = saved.pageNote;
        tags.value = saved.tags;
        starred.value = saved.starred;
        savedArticleIds.value = saved.savedArticleIds;
      }
      layerReady.value = true;
    });
  }

  /** The summariser, or none if it cannot load (the articles then show without summaries). */
  const loadSummarizer = () =>
    deps.loadSummarizer().catch((error: unknown) => {
      console.debug('summariser not loaded', error);
      return undefined;
    });

  async function extract(force: boolean) {
    const id = tabId.value;
    if (id === undefined) return;
    state.value = 'working';
    layerReady.value = false;
    try {
      const reply = await deps.getBulletin(id, force);
      if (reply.status === 'error') return fail(reply.message);
      if (reply.status === 'not-bulletin') {
        batch(() => {
          detection.value = reply.detection;
          state.value = 'not-bulletin';
        });
        return;
      }
      const digested = summarizeAll(reply.bulletin, await loadSummarizer());
      batch(() => {
        bulletin.value = digested;
        detection.value = digested.detection;
        state.value = digested.truncated ? 'too-large' : digested.articles.length ? 'ready' : 'not-bulletin';
      });
      await restoreSavedLayer(digested.canonicalUrl || digested.url);
    } catch (error) {
      fail(error);
    }
  }

  async function load() {
    state.value = 'working';
    // The summariser loads while the tab is asked for its articles: both are ready about together. The
    // latest saves (the database's code and its opening) wait until the page's state is shown.
    void loadSummarizer();
    try {
      const tab = await deps.resolveTab();
      tabId.value = tab.id;
      if (tab.url && isRestrictedUrl(tab.url)) {
        state.value = 'restricted';
        return;
      }
      try {
        await deps.ensureContentScript(tab.id);
      } catch (error) {
        if (isRestrictedError(error)) {
          state.value = 'restricted';
          return;
        }
        throw error;
      }
      await extract(false);
    } catch (error) {
      fail(error);
    } finally {
      void refreshRecent();
    }
  }

  function layer(): ReaderLayer {
    return { pageNote: pageNote.value, tags: tags.value, starred: starred.value, articleNotes: {} };
  }

  async function save(articleIds?: string[]) {
    const current = bulletin.value;
    if (!current) return;
    batch(() => {
      saveStatus.value = 'saving';
      saveError.value = '';
      saveErrorCode.value = undefined;
    });
    try {
      // Saving one article adds it to those saved before; the page record holds them all.
      const ids = articleIds ? [...new Set([...savedArticleIds.value, ...articleIds])] : undefined;
      await deps.savePage(current, layer(), ids);
      batch(() => {
        saveStatus.value = 'saved';
        savedArticleIds.value = ids ?? current.articles.map((a) => a.id);
      });
      await Promise.all([refreshRecent(), tagsWanted ? refreshKnownTags() : undefined]);
    } catch (error) {
      batch(() => {
        saveStatus.value = 'error';
        saveError.value = error instanceof Error ? error.message : String(error);
        saveErrorCode.value = (error as { code?: string })?.code;
      });
    }
  }

  return {
    state,
    errorMessage,
    detection,
    bulletin,
    articles,
    pageNote,
    layerReady,
    tags,
    starred,
    savedArticleIds,
    saveStatus,
    saveError,
    saveErrorCode,
    recent,
    knownTags,
    copied,
    load,
    extractAnyway: () => extract(true),
    /** Reads the library's tags for completion, once (the tag input calls it when it gets focus). */
    wantKnownTags() {
      if (tagsWanted) return;
      tagsWanted = true;
      void refreshKnownTags();
    },
    saveAll: () => save(),
    saveArticle: (id: string) => save([id]),
    addTag(tag: string) {
      const clean = tag.trim().replace(/\s+/g, ' ');
      if (clean && !tags.value.includes(clean)) tags.value = [...tags.value, clean];
    },
    removeTag(tag: string) {
      tags.value = tags.value.filter((t) => t !== tag);
    },
    toggleStar() {
      starred.value = !starred.value;
    },
    async highlight(text: string) {
      const id = tabId.value;
      if (id === undefined) return false;
      try {
        return await deps.highlight(id, text);
      } catch (error) {
        console.debug('highlight failed', error);
        return false;
      }
    },
    async copyMarkdown(markdown: string) {
      try {
        await deps.copyText(markdown);
        copied.value = true;
      } catch (error) {
        console.debug('copy failed', error);
        copied.value = false;
      }
    },
  };
}

export type PopupStore = ReturnType<typeof createPopupStore>;
