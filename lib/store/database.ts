// The Dexie database: one subclass chaining every schema version, and the one module-wide instance.
// Open it only from extension pages and the background: a content script's IndexedDB belongs to the web page.
import { Dexie, type Table } from 'dexie';
import { DATABASE_NAME } from './constants';
import { writeTransaction } from './errors';
import { scheduleIndexing } from './indexing';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  type ArticleRecord,
  type HighlightRecord,
  type PageRecord,
  type SearchDocRecord,
} from './schema';
import type { SearchScope } from './search-doc';
import { upgradeToV2, upgradeToV3 } from './upgrade';

export interface DatabaseOptions {
  /** What the word index covers (default `digest`); `fulltext` exists to measure the alternative. */
  searchScope?: SearchScope;
}

export class BulletinDatabase extends Dexie {
  pages!: Table<PageRecord, number>;
  articles!: Table<ArticleRecord, string>;
  highlights!: Table<HighlightRecord, number>;
  search!: Table<SearchDocRecord, number>;
  readonly searchScope: SearchScope;

  /** `name` lets tests and benchmarks open fresh databases. */
  constructor(name: string = DATABASE_NAME, options: DatabaseOptions = {}) {
    super(name);
    // The extension reads through explicit queries, never liveQuery. Dexie's observability layer exists for
    // liveQuery: it records every key a write touches, the ~400 index terms of a search row included, and posts
    // them to every other page at commit, about 1 ms of each save in Chromium. It is left out.
    this.unuse({ stack: 'dbcore', name: 'Observability' });
    this.searchScope = options.searchScope ?? 'digest';
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) => upgradeToV2(tx, this.searchScope));
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx) => upgradeToV3(tx, this.searchScope));
    this.version(4).stores(SCHEMA_V4);
    // Rows a closed page left pending (its save committed, its indexing never ran) are indexed on every open.
    this.on('ready', () => scheduleIndexing(this), true);
  }
}

let instance: BulletinDatabase | undefined;

/** The extension's database, opened on first use. */
export function getDatabase(): BulletinDatabase {
  instance ??= new BulletinDatabase();
  return instance;
}

/** Every table a library write may touch: one transaction scope for all of them. */
export function libraryTables(db: BulletinDatabase): Table[] {
  return [db.pages, db.articles, db.highlights, db.search];
}

/**
 * One write transaction over every library table (quota errors typed); once it commits, the search rows it
 * wrote pending are indexed behind it.
 */
export async function writeLibrary<T>(db: BulletinDatabase, scope: () => Promise<T>): Promise<T> {
  const result = await writeTransaction(db, libraryTables(db), scope);
  scheduleIndexing(db);
  return result;
}
