// Asking the browser to keep the library when disk runs low (best-effort storage may be evicted).

export type PersistenceState = 'persisted' | 'granted' | 'denied' | 'unsupported';

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'> &
  Partial<Pick<StorageManager, 'estimate'>>;

/** Call from an extension page (e.g. on the first save); the answer can be shown in the library's settings. */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** Bytes used and available to this origin, when the browser tells. */
export async function storageEstimate(
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<{ usage?: number; quota?: number }> {
  if (!storage?.estimate) return {};
  const { usage, quota } = await storage.estimate();
  return { usage, quota };
}
