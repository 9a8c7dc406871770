// Typed storage errors the UI can show.

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

/** Runs a write, turning a quota failure into StorageFullError (IndexedDB has already rolled it back). */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}
