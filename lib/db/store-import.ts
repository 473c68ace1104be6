/**
 * Stores the rows of an imported export file through the same merge functions as live captures, so
 * the same creator, video or order line from a page and from a file is one record. The source is
 * `import:creators`, `import:videos` or `import:orders`.
 *
 * Each batch of rows is its own short read-write transaction, with a pause between batches:
 * captures arriving from Seller Center tabs (written by the background into the same tables) wait
 * for one batch at most, never for the whole import (issue #15: one transaction over a 200k-row
 * import held every capture for minutes). Order lines are stored grouped by creator and period, in
 * chunks sized by time (import-orders.ts). A batch is stored whole or not at all; when a write fails
 * half-way, the batches before it stay stored and `ImportStoreError` says how many rows they held
 * (importing the same file again merges them, it does not double them).
 */
import type { ContentRow, CreatorRow, RejectedCount } from '../model/entities';
import type { DayPeriod } from '../model/reported';
import { creatorLinkedTables } from './creator-links';
import type { MergeContext } from './creator-merge';
import type { CreatorDeskDb } from './database';
import { storeContentRows } from './store-content';
import { storeCreatorRows } from './store-creators';
import type { ReportContext } from './store-reported';
import { importOrderLines, OrderImportError } from './import-orders';
import type { OrderLineInput } from './store-orders';
import { addRejection, emptyStoreResult } from './store-result';
import { nextTask } from '../tasks/next-task';

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

export const IMPORT_BATCH_SIZE = 250;

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

/** A write failed after `savedRows` of `total` rows were stored (in the batches before it). */
export class ImportStoreError extends Error {
  constructor(
    readonly failure: unknown,
    readonly savedRows: number,
    readonly total: number,
    readonly partial: ImportStoreResult,
  ) {
    super(`import stopped after ${savedRows} of ${total} rows`);
    this.name = 'ImportStoreError';
  }
}

type RowsOf<K extends ImportKind> = Extract<ImportedRows, { kind: K }>;

function storeBatch(db: CreatorDeskDb, imported: RowsOf<'creators' | 'videos'>, start: number, end: number, ctx: MergeContext, report: ReportContext | null) {
  return db.transaction('rw', creatorLinkedTables(db), async () => {
    if (imported.kind === 'creators') return { ...(await storeCreatorRows(db, imported.rows.slice(start, end), ctx, report)), creatorsCreated: 0 };
    return storeContentRows(db, imported.rows.slice(start, end), ctx);
  });
}

/** Order lines: in chunks grouped by creator and period (import-orders.ts). */
async function storeImportedOrders(db: CreatorDeskDb, imported: RowsOf<'orders'>, ctx: MergeContext, options: ImportStoreOptions): Promise<ImportStoreResult> {
  const total = imported.rows.length;
  try {
    const { linkedToContent: _linked, ...stored } = await importOrderLines(db, imported.rows, ctx, {
      ...(options.batchSize ? { chunkLines: options.batchSize } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      pause: nextTask,
    });
    return stored;
  } catch (error) {
    if (!(error instanceof OrderImportError)) throw error;
    const { linkedToContent: _linked, ...partial } = error.partial;
    throw new ImportStoreError(error.failure, error.savedRows, total, partial);
  }
}

export async function storeImportedRows(db: CreatorDeskDb, imported: ImportedRows, options: ImportStoreOptions = {}): Promise<ImportStoreResult> {
  const ctx = { source: IMPORT_SOURCES[imported.kind], region: options.region ?? null, now: options.now ?? Date.now() };
  if (imported.kind === 'orders') return storeImportedOrders(db, imported, ctx, options);
  const batchSize = Math.max(1, options.batchSize ?? IMPORT_BATCH_SIZE);
  const total = imported.rows.length;
  const report = options.period ? { source: 'import:creators' as const, period: options.period } : null;
  const result: ImportStoreResult = { ...emptyStoreResult(), creatorsCreated: 0 };

  options.onProgress?.(0, total);
  for (let start = 0; start < total; start += batchSize) {
    const end = Math.min(total, start + batchSize);
    let stored;
    try {
      stored = await storeBatch(db, imported, start, end, ctx, report);
    } catch (error) {
      throw new ImportStoreError(error, start, total, result);
    }
    result.created += stored.created;
    result.updated += stored.updated;
    result.unchanged += stored.unchanged;
    result.creatorsCreated += stored.creatorsCreated;
    for (const { reason, count } of stored.rejected) addRejection(result, reason, count);
    options.onProgress?.(end, total);
    // Lets other transactions (captures) and the page's own work run between two batches.
    if (end < total) await nextTask();
  }
  return result;
}
