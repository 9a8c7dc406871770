// The library page's state as signals over injected store functions, so every flow runs in a test against
// the real store on fake-indexeddb.
import { batch, computed, signal } from '@preact/signals';
import type { DeletedPages, ImportReport, PageView, SearchHit, SearchQuery, SearchResult } from '../store';

export interface LibraryDeps {
  search(query: SearchQuery, paging: { offset: number; limit: number }): Promise<SearchResult>;
  listSites(): Promise<string[]>;
  listTags(): Promise<string[]>;
  getPage(pageId: number): Promise<PageView | undefined>;
  updateNote(pageId: number, note: string): Promise<void>;
  updateArticleNote(articleKey: string, note: string): Promise<void>;
  setTags(pageId: number, tags: string[]): Promise<void>;
  setStar(pageId: number, starred: boolean): Promise<void>;
  addHighlight(h: { articleKey: string; paragraph: number; offset: number; text: string }): Promise<number>;
  removeHighlight(id: number): Promise<void>;
  deletePages(pageIds: number[]): Promise<DeletedPages>;
  restorePages(deleted: DeletedPages): Promise<void>;
  /** Everything when pageIds is undefined. */
  exportJson(pageIds?: number[]): Promise<Blob>;
  exportMarkdown(pageIds?: number[]): Promise<Blob>;
  importJson(file: Blob): Promise<ImportReport>;
  download(blob: Blob, filename: string): void;
}

/** One row of the result list: an article that matched, or a page. */
export interface ResultRow {
  pageId: number;
  articleKey?: string;
  headline: string;
  snippet: string;
  hit: SearchHit;
}

/** Results per page of the list. */
export const PAGE_SIZE = 50;
/** How long "Undo" stays offered after a delete. */
export const UNDO_MS = 10_000;
/** Typing pause before searching. */
export const SEARCH_DEBOUNCE_MS = 200;

export function rowsOf(hits: SearchHit[]): ResultRow[] {
  return hits.flatMap((hit) =>
    hit.matches.length
      ? hit.matches.map((m) => ({
          pageId: hit.id,
          articleKey: m.articleKey,
          headline: m.headline,
          snippet: hit.snippet,
          hit,
        }))
      : [{ pageId: hit.id, headline: hit.title, snippet: hit.snippet, hit }],
  );
}

const today = () => new Date().toISOString().slice(0, 10);

// Called as `timers.setTimeout(…)`, the browser's own functions throw "Illegal invocation": wrap them
// (looked up at call time, so fake timers installed by a test still apply).
const browserTimers = {
  setTimeout: (run: () => void, ms: number) => globalThis.setTimeout(run, ms),
  clearTimeout: (id: ReturnType<typeof setTimeout> | undefined) => globalThis.clearTimeout(id),
};

export function createLibraryStore(deps: LibraryDeps, timers = browserTimers) {
  const text = signal('');
  const site = signal('');
  const tag = signal('');
  const from = signal('');
  const to = signal('');
  const starredOnly = signal(false);
  const hits = signal<SearchHit[]>([]);
  const total = signal(0);
  const loading = signal(true);
  const error = signal('');
  const sites = signal<string[]>([]);
  const tags = signal<string[]>([]);
  const selected = signal<ReadonlySet<number>>(new Set());
  const detail = signal<PageView | undefined>(undefined);
  const detailArticleKey = signal<string | undefined>(undefined);
  const lastDeleted = signal<{ deleted: DeletedPages; label: string } | undefined>(undefined);
  const importReport = signal<ImportReport | undefined>(undefined);
  const importError = signal('');
  const rows = computed(() => rowsOf(hits.value));
  let searchSeq = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  const query = (): SearchQuery => ({
    text: text.value.trim() || undefined,
    site: site.value || undefined,
    tags: tag.value ? [tag.value] : undefined,
    from: from.value || undefined,
    to: to.value || undefined,
    starred: starredOnly.value || undefined,
  });

  async function runSearch(append = false) {
    const seq = ++searchSeq;
    loading.value = true;
    try {
      const result = await deps.search(query(), { offset: append ? hits.value.length : 0, limit: PAGE_SIZE });
      if (seq !== searchSeq) return; // a newer search started meanwhile
      batch(() => {
        hits.value = append ? [...hits.value, ...result.items] : result.items;
        total.value = result.total;
        error.value = '';
        if (!append) selected.value = new Set();
      });
    } catch (e) {
      if (seq === searchSeq) error.value = e instanceof Error ? e.message : String(e);
    } finally {
      if (seq === searchSeq) loading.value = false;
    }
  }

  async function refreshFacets() {
    const [s, t] = await Promise.all([deps.listSites().catch(() => []), deps.listTags().catch(() => [])]);
    batch(() => {
      sites.value = s;
      tags.value = t;
    });
  }

  async function refreshDetail() {
    const current = detail.value;
    if (!current) return;
    detail.value = await deps.getPage(current.page.id);
  }

  async function openDetail(pageId: number, articleKey?: string) {
    const view = await deps.getPage(pageId);
    batch(() => {
      detail.value = view;
      detailArticleKey.value = articleKey ?? view?.articles[0]?.key;
    });
  }

  async function afterChange() {
    await Promise.all([runSearch(), refreshFacets(), refreshDetail()]);
  }

  async function remove(pageIds: number[], label: string) {
    if (!pageIds.length) return;
    const deleted = await deps.deletePages(pageIds);
    if (undoTimer) timers.clearTimeout(undoTimer);
    batch(() => {
      lastDeleted.value = { deleted, label };
      if (detail.value && pageIds.includes(detail.value.page.id)) detail.value = undefined;
    });
    undoTimer = timers.setTimeout(() => (lastDeleted.value = undefined), UNDO_MS);
    await Promise.all([runSearch(), refreshFacets()]);
  }

  const selectedIds = () => (selected.value.size ? [...selected.value] : undefined);

  return {
    text,
    site,
    tag,
    from,
    to,
    starredOnly,
    hits,
    rows,
    total,
    loading,
    error,
    sites,
    tags,
    selected,
    detail,
    detailArticleKey,
    lastDeleted,
    importReport,
    importError,
    async init() {
      await Promise.all([runSearch(), refreshFacets()]);
    },
    search: () => runSearch(),
    loadMore: () => runSearch(true),
    setText(value: string) {
      text.value = value;
      if (debounce) timers.clearTimeout(debounce);
      debounce = timers.setTimeout(() => void runSearch(), SEARCH_DEBOUNCE_MS);
    },
    setFilter(apply: () => void) {
      apply();
      // Results of the old filter are wrong at once (unlike while typing): they go before the new ones come.
      batch(() => {
        hits.value = [];
        total.value = 0;
      });
      void runSearch();
    },
    openDetail,
    closeDetail() {
      detail.value = undefined;
    },
    toggleSelected(pageId: number) {
      const next = new Set(selected.value);
      if (next.has(pageId)) next.delete(pageId);
      else next.add(pageId);
      selected.value = next;
    },
    selectAll(on: boolean) {
      selected.value = on ? new Set(hits.value.map((h) => h.id)) : new Set();
    },
    async saveNote(pageId: number, note: string) {
      await deps.updateNote(pageId, note);
    },
    async saveArticleNote(articleKey: string, note: string) {
      await deps.updateArticleNote(articleKey, note);
    },
    async setTags(pageId: number, next: string[]) {
      await deps.setTags(pageId, next);
      await afterChange();
    },
    async setStar(pageId: number, starred: boolean) {
      await deps.setStar(pageId, starred);
      await afterChange();
    },
    async toggleHighlight(articleKey: string, paragraph: number, offset: number, sentence: string) {
      const view = detail.value;
      const existing = view?.articles
        .find((a) => a.key === articleKey)
        ?.highlights.find((h) => h.paragraph === paragraph && h.text === sentence);
      if (existing?.id !== undefined) await deps.removeHighlight(existing.id);
      else await deps.addHighlight({ articleKey, paragraph, offset, text: sentence });
      await refreshDetail();
    },
    async removeHighlight(id: number) {
      await deps.removeHighlight(id);
      await refreshDetail();
    },
    deletePage: (pageId: number, label: string) => remove([pageId], label),
    deleteSelected: (label: string) => remove([...selected.value], label),
    async undo() {
      const last = lastDeleted.value;
      if (!last) return;
      if (undoTimer) timers.clearTimeout(undoTimer);
      lastDeleted.value = undefined;
      await deps.restorePages(last.deleted);
      await afterChange();
    },
    async exportJson() {
      deps.download(await deps.exportJson(selectedIds()), `bulletin-digest-${today()}.json`);
    },
    async exportMarkdown() {
      deps.download(await deps.exportMarkdown(selectedIds()), `bulletin-digest-${today()}.md`);
    },
    async importFile(file: Blob) {
      batch(() => {
        importReport.value = undefined;
        importError.value = '';
      });
      try {
        importReport.value = await deps.importJson(file);
      } catch (e) {
        importError.value = e instanceof Error ? e.message : String(e);
      }
      await afterChange();
    },
  };
}

export type LibraryStore = ReturnType<typeof createLibraryStore>;
