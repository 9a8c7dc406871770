// Write-behind search indexing. A page's search row is written with its terms in a field no index covers
// (`pendingTerms`) and a `pending` mark with one index entry; `indexPending` later moves the terms into the
// multi-entry `terms` index. A save then commits its page, stories and searchable row without writing the ~400
// index entries of the row, which is most of what a save cost in Chromium; search matches pending rows in memory
// (see search.ts), so a page is found as soon as its save resolves.
import { Dexie } from 'dexie';
import { INDEX_BATCH } from './constants';
import type { BulletinDatabase } from './database';
import { writeTransaction } from './errors';
import type { SearchDocRecord } from './schema';

/** The row as a writer stores it: terms kept aside, marked pending. */
export function pendingRow(doc: SearchDocRecord): SearchDocRecord {
  return {
    pageId: doc.pageId,
    terms: [],
    pendingTerms: doc.terms,
    pending: 1,
    head: doc.head,
    body: doc.body,
  };
}

/** The terms a row has, indexed or pending. */
export function rowTerms(row: SearchDocRecord): string[] {
  return row.pending ? (row.pendingTerms ?? []) : row.terms;
}

/** The row with its terms in the index and no pending mark. */
export function indexedRow(row: SearchDocRecord): SearchDocRecord {
  return { pageId: row.pageId, terms: rowTerms(row), head: row.head, body: row.body };
}

/** Search rows still waiting for indexPending (read inside the caller's transaction, if any). */
export function readPendingRows(db: BulletinDatabase): Promise<SearchDocRecord[]> {
  return db.search.where('pending').equals(1).toArray();
}

/**
 * Moves the terms of every pending row into the index, INDEX_BATCH rows per transaction. Each batch reads and
 * rewrites its rows in one read-write transaction, so a row rewritten by a save in between is never overwritten
 * with older terms. Returns how many rows it indexed.
 */
export async function indexPending(db: BulletinDatabase): Promise<number> {
  let indexed = 0;
  for (;;) {
    const done = await writeTransaction(db, [db.search], async () => {
      const rows = await db.search.where('pending').equals(1).limit(INDEX_BATCH).toArray();
      if (rows.length) await db.search.bulkPut(rows.map(indexedRow));
      return rows.length;
    });
    indexed += done;
    if (done < INDEX_BATCH) return indexed;
  }
}

interface IndexingState {
  /** The run in flight (it loops while `queued`), if any. */
  run?: Promise<void>;
  /** Whether rows were written pending after the run in flight read its batch. */
  queued: boolean;
}

const states = new WeakMap<BulletinDatabase, IndexingState>();

function reportFailure(error: unknown): void {
  // A closed database (a popup closing, a test ending) keeps its rows pending; the next open indexes them.
  if ((error as { name?: unknown })?.name === Dexie.errnames.DatabaseClosed) return;
  console.error('Indexing the saved pages for search failed; they stay searchable and are retried.', error);
}

/**
 * Starts indexPending without waiting for it, coalescing calls: at most one run in flight and one queued. The
 * run starts on the next task, so the caller's own follow-up reads (showing what it saved) are queued in
 * IndexedDB before the indexing transaction. Never rejects: failures are logged, the rows stay pending.
 */
export function scheduleIndexing(db: BulletinDatabase): void {
  let state = states.get(db);
  if (!state) states.set(db, (state = { queued: false }));
  if (state.run) {
    state.queued = true;
    return;
  }
  const current = state;
  current.run = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    do {
      current.queued = false;
      try {
        await Dexie.ignoreTransaction(() => indexPending(db));
      } catch (error) {
        reportFailure(error);
      }
    } while (current.queued);
    current.run = undefined;
  })();
}

/** Resolves once no scheduled indexing is in flight or queued (for benchmarks and tests). */
export async function whenIndexed(db: BulletinDatabase): Promise<void> {
  for (let run = states.get(db)?.run; run; run = states.get(db)?.run) await run;
}
