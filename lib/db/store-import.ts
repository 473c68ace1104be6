/**
 * Stores the rows of an imported export file through the same merge functions as live captures, so
 * the same creator, video or order line from a page and from a file is one record. The source is
 * `import:creators`, `import:videos` or `import:orders`.
 *
 * All batches run inside ONE read-write transaction: an import is stored whole or not at all (a full
 * disk half-way leaves the database as it was). Rows go in batches of ~1,000 with progress between
 * them; each batch is a few milliseconds of work followed by IndexedDB requests, so the page paints
 * and takes input while the transaction runs.
 */
import type { ContentRow, CreatorRow, RejectedCount } from '../model/entities';
import type { DayPeriod } from '../model/reported';
import { creatorLinkedTables } from './creator-links';
import type { CreatorDeskDb } from './database';
import { storeContentRows } from './store-content';
import { storeCreatorRows } from './store-creators';
import { type OrderLineInput, storeOrderRows } from './store-orders';
import { addRejection, emptyStoreResult } from './store-result';

export type ImportedRows =
  | { kind: 'creators'; rows: readonly CreatorRow[] }
  | { kind: 'videos'; rows: readonly ContentRow[] }
  | { kind: 'orders'; rows: readonly OrderLineInput[] };

export type ImportKind = ImportedRows['kind'];

export const IMPORT_SOURCES: Record<ImportKind, string> = {
  creators: 'import:creators',
  videos: 'import:videos',
  orders: 'import:orders',
};

export const IMPORT_BATCH_SIZE = 1_000;

export interface ImportStoreResult {
  /** Records new to the database. */
  created: number;
  /** Rows merged into a stored record that they changed. */
  updated: number;
  /** Rows merged into a stored record that already knew everything they said. */
  unchanged: number;
  /** Creators first seen through video or order rows. */
  creatorsCreated: number;
  rejected: RejectedCount[];
}

export interface ImportStoreOptions {
  /** Shop region of the file, when known (stored on creators like a capture's region). */
  region?: string | null;
  now?: number;
  /** The period the file states: a Creator data file's figures are then kept as a report for it. */
  period?: DayPeriod;
  batchSize?: number;
  /** Rows stored so far of all rows, after each batch. */
  onProgress?: (done: number, total: number) => void;
}

export async function storeImportedRows(db: CreatorDeskDb, imported: ImportedRows, options: ImportStoreOptions = {}): Promise<ImportStoreResult> {
  const ctx = { source: IMPORT_SOURCES[imported.kind], region: options.region ?? null, now: options.now ?? Date.now() };
  const batchSize = Math.max(1, options.batchSize ?? IMPORT_BATCH_SIZE);
  const total = imported.rows.length;
  const report = options.period ? { source: 'import:creators' as const, period: options.period } : null;
  const result: ImportStoreResult = { ...emptyStoreResult(), creatorsCreated: 0 };

  await db.transaction('rw', creatorLinkedTables(db), async () => {
    options.onProgress?.(0, total);
    for (let start = 0; start < total; start += batchSize) {
      const end = Math.min(total, start + batchSize);
      const stored =
        imported.kind === 'creators'
          ? { ...(await storeCreatorRows(db, imported.rows.slice(start, end), ctx, report)), creatorsCreated: 0 }
          : imported.kind === 'videos'
            ? await storeContentRows(db, imported.rows.slice(start, end), ctx)
            : await storeOrderRows(db, imported.rows.slice(start, end), ctx);
      result.created += stored.created;
      result.updated += stored.updated;
      result.unchanged += stored.unchanged;
      result.creatorsCreated += stored.creatorsCreated;
      for (const { reason, count } of stored.rejected) addRejection(result, reason, count);
      options.onProgress?.(end, total);
    }
  });
  return result;
}
