// Lossless JSON export through dexie-export-import (streamed in chunks, so 10,000 pages do not need one huge
// string). The search table is derived data and is left out; import rebuilds it.
import { exportDB } from 'dexie-export-import';
import type { BulletinDatabase } from './database';

export const EXPORT_CHUNK_ROWS = 2000;

export function exportJson(db: BulletinDatabase): Promise<Blob> {
  return exportDB(db, { skipTables: ['search'], numRowsPerChunk: EXPORT_CHUNK_ROWS });
}
