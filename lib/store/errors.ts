// Typed storage errors the UI can show.
import type { Dexie, Table, Transaction } from 'dexie';

/** The browser refused to store more (disk or quota full). Nothing of the failed write was kept. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(override readonly cause: unknown) {
    super('Storage is full: nothing was saved. Free some space or delete saved pages, then try again.');
  }
}

/** A JSON import that could not be read at all; the library was not changed. */
export class ImportFormatError extends Error {
  override readonly name = 'ImportFormatError';
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** True for a quota error in any of its forms: the DOMException, Dexie's mapped error, or either wrapped. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (e.code === 22 && e.name !== 'DataError') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  if (Array.isArray(e.failures)) return e.failures.some((f) => isQuotaError(f, depth + 1));
  return false;
}

/**
 * One read-write transaction over the library's tables, with quota failures typed. When the disk fills at
 * commit, pending requests fail with a plain AbortError and only the IDBTransaction's own `error` says
 * QuotaExceededError, so that is consulted too.
 */
export async function writeTransaction<T>(db: Dexie, tables: Table[], scope: () => Promise<T>): Promise<T> {
  let tx: Transaction | undefined;
  try {
    return await db.transaction('rw', tables, (current) => {
      tx = current;
      return scope();
    });
  } catch (error) {
    const native = (tx as { idbtrans?: IDBTransaction } | undefined)?.idbtrans;
    if (isQuotaError(error) || isQuotaError(native?.error)) throw new StorageFullError(error);
    throw error;
  }
}
