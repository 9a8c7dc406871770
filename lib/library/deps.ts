// The library page's real dependencies: the store's functions on the one database, and a download.
import { exportDB } from 'dexie-export-import';
import {
  addHighlight,
  deletePages,
  exportJson,
  exportMarkdownDigest,
  getDatabase,
  getPage,
  importJson,
  listTags,
  removeHighlight,
  restorePages,
  search,
  setStar,
  setTags,
  updateArticleNote,
  updateNote,
  type BulletinDatabase,
} from '../store';
import type { LibraryDeps } from './state';

/** Rows per chunk of a selection export (the store streams whole-library exports the same way). */
const EXPORT_CHUNK_ROWS = 2000;

/**
 * A JSON export of some pages, in the store's export format. The store exports only the whole library, so
 * the selection is a row filter on the same exporter: the pages, their stories and those stories' highlights.
 */
async function exportSelectionJson(db: BulletinDatabase, pageIds: number[]): Promise<Blob> {
  const pages = new Set(pageIds);
  const views = await Promise.all(pageIds.map((id) => getPage(db, id)));
  const articleKeys = new Set(
    views.flatMap((v) => (v ? [...v.articles, ...v.detached].map((a) => a.key) : [])),
  );
  return exportDB(db, {
    skipTables: ['search'],
    numRowsPerChunk: EXPORT_CHUNK_ROWS,
    filter: (table, value) => {
      const row = value as { id?: number; key?: string; articleKey?: string };
      if (table === 'pages') return pages.has(row.id!);
      if (table === 'articles') return articleKeys.has(row.key!);
      if (table === 'highlights') return articleKeys.has(row.articleKey!);
      return true;
    },
  });
}

async function allPageIds(db: BulletinDatabase): Promise<number[]> {
  return ((await db.pages.orderBy('editionDate').primaryKeys()) as number[]).toReversed();
}

export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download starts asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createLibraryDeps(
  db: BulletinDatabase = getDatabase(),
  markdownTitle = 'Bulletin Digest',
): LibraryDeps {
  return {
    search: (query, paging) => search(db, query, paging),
    // The store lists tags but not sites: the site index's distinct keys answer it.
    listSites: async () => ((await db.pages.orderBy('site').uniqueKeys()) as string[]).filter(Boolean),
    listTags: async () => (await listTags(db)).map((t) => t.tag),
    getPage: (pageId) => getPage(db, pageId),
    updateNote: (pageId, note) => updateNote(db, pageId, note),
    updateArticleNote: (key, note) => updateArticleNote(db, key, note),
    setTags: (pageId, tags) => setTags(db, pageId, tags),
    setStar: (pageId, starred) => setStar(db, pageId, starred),
    addHighlight: (h) => addHighlight(db, h),
    removeHighlight: (id) => removeHighlight(db, id),
    deletePages: (ids) => deletePages(db, ids),
    restorePages: (deleted) => restorePages(db, deleted),
    exportJson: (ids) => (ids ? exportSelectionJson(db, ids) : exportJson(db)),
    exportMarkdown: async (ids) =>
      new Blob(
        [
          await exportMarkdownDigest(
            db,
            ids ?? (await allPageIds(db)),
            markdownTitle,
            new Date().toISOString().slice(0, 10),
          ),
        ],
        { type: 'text/markdown;charset=utf-8' },
      ),
    importJson: (file) => importJson(db, file),
    download: (blob, filename) => downloadBlob(blob, filename),
  };
}
