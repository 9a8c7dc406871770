// The library storage: the one public surface of lib/store.
export { BulletinDatabase, getDatabase, type DatabaseOptions } from './database';
export { DATABASE_NAME } from './constants';
export { save, saveMany, type ReaderLayer, type HighlightInput, type SaveResult } from './save';
export { search, type SearchQuery, type SearchPaging, type SearchHit, type SearchResult } from './search';
export {
  getPage,
  listRecent,
  listTags,
  updateNote,
  updateArticleNote,
  setTags,
  addTags,
  setStar,
  addHighlight,
  removeHighlight,
  type PageSummary,
  type PageView,
  type ArticleView,
  type StoredPage,
  type NewHighlight,
} from './reader';
export { deletePages, restorePages, type DeletedPages } from './delete';
export { exportJson } from './export-json';
export { importJson, type ImportReport, type SkippedRecord } from './import-json';
export { exportMarkdownFiles, exportMarkdownDigest, pageToMarkdown } from './markdown';
export { requestPersistentStorage, storageEstimate, type PersistenceState } from './persist';
export { StorageFullError, ImportFormatError, isQuotaError } from './errors';
export { rebuildSearchIndex } from './search-index';
export { indexPending, whenIndexed } from './indexing';
export { canonicalUrlKey, articleDedupeKey } from './keys';
export type { PageRecord, ArticleRecord, HighlightRecord } from './schema';
