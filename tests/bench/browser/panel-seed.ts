/**
 * Browser entry, evaluated in the extension's own page (`chrome-extension://<id>/sidepanel.html`):
 * writes the panel dataset into the extension's IndexedDB with plain IndexedDB (the panel has
 * already opened it, so every store exists). Exposes `window.seedPanelData(size)`.
 */
import { generatePanelData, type PanelData, type PanelDataSize } from './panel-data';
import { countRecords } from './plain-idb';
import { buildRollups } from '../../../lib/rollups/apply';
import { packAll, TOTALS_BLOCK } from '../../../lib/rollups/blocks';
import { COPIED_TABLES, tableCopyOf, unpackRecords, type TableCopy } from '../../../lib/db/table-copies';

export interface SeedResult {
  counts: Record<string, number>;
  generateMs: number;
  writeMs: number;
}

const DB_NAME = 'creator-desk';
const RECORDS_PER_TRANSACTION = 10_000;

function openDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => resolve(open.result);
  });
}

function putAll(db: IDBDatabase, store: string, records: readonly unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    const target = tx.objectStore(store);
    for (const record of records) target.put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error(`writing ${store} aborted`));
  });
}

async function seedPanelData(size: PanelDataSize): Promise<SeedResult> {
  const generateStart = performance.now();
  const data: PanelData = generatePanelData(size, Date.now());
  const generateMs = performance.now() - generateStart;
  const db = await openDb(DB_NAME);
  const writeStart = performance.now();
  const counts: Record<string, number> = {};
  try {
    for (const [store, records] of Object.entries(data) as [string, unknown[]][]) {
      if (!db.objectStoreNames.contains(store)) throw new Error(`the extension's database has no ${store} store`);
      for (let start = 0; start < records.length; start += RECORDS_PER_TRANSACTION) {
        await putAll(db, store, records.slice(start, start + RECORDS_PER_TRANSACTION));
      }
      counts[store] = await countRecords(db, store);
    }
    // The rollups the extension keeps on write (lib/db/rollup-upkeep.ts), built as its migration
    // does, with their read form packed (lib/db/rollup-blocks.ts).
    const rollups = buildRollups(data.content, data.orders);
    const derived: Record<string, unknown[]> = {
      rollups: rollups.rollups,
      rollupTotals: rollups.totals,
      rollupOrderIds: rollups.orderIds,
      contentLinks: rollups.links,
      rollupBlocks: packAll(rollups.rollups, rollups.totals),
    };
    for (const [store, records] of Object.entries(derived)) {
      for (let start = 0; start < records.length; start += RECORDS_PER_TRANSACTION) {
        await putAll(db, store, records.slice(start, start + RECORDS_PER_TRANSACTION));
      }
      counts[store] = await countRecords(db, store);
    }
    // The plain tables' read copies (lib/db/table-copies.ts), as the schema step packs them: each
    // table's records in key order, as columns.
    const copies = await Promise.all(COPIED_TABLES.map(async (table) => tableCopyOf(table, await records(db, table))));
    await putAll(db, 'tableCopies', copies);
    counts.tableCopies = await countRecords(db, 'tableCopies');
  } finally {
    db.close();
  }
  return { counts, generateMs, writeMs: performance.now() - writeStart };
}

function records(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store, 'readonly').objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error);
  });
}

function getAll(db: IDBDatabase, store: string, range?: IDBKeyRange): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store, 'readonly').objectStore(store).getAll(range);
    request.onsuccess = () => resolve((request.result as unknown[]).length);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The baseline of the panel's data read: plain `getAll` of the same stores (the plain tables' read
 * copies and their notes, the rollup blocks from the same first period, the totals block, the
 * notes), side by side as the panel reads them; and, for comparison, of the plain tables themselves
 * instead of their copies (what the panel read before them). Medians of `runs`, in ms.
 */
async function plainPanelRead(fromPeriod: number, runs: number): Promise<{ ms: number; records: number; tablesMs: number; tableRecords: number; unpackedMs: number }> {
  const db = await openDb(DB_NAME);
  const rollups = () => [
    getAll(db, 'rollupBlocks', IDBKeyRange.lowerBound(fromPeriod)),
    getAll(db, 'rollupBlocks', IDBKeyRange.only(TOTALS_BLOCK)),
    getAll(db, 'rollupDirty'),
  ];
  const median = async (read: () => Promise<number>[]) => {
    const times: number[] = [];
    let records = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const counts = await Promise.all(read());
      times.push(performance.now() - started);
      records = counts.reduce((a, b) => a + b, 0);
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)]!, records };
  };
  // The copies read and turned back into records (what the panel does with them).
  const unpacked = () =>
    new Promise<number>((resolve, reject) => {
      const request = db.transaction('tableCopies', 'readonly').objectStore('tableCopies').getAll();
      request.onsuccess = () => resolve((request.result as TableCopy[]).reduce((n, copy) => n + (copy.packed ? unpackRecords(copy.packed).length : (copy.records?.length ?? 0)), 0));
      request.onerror = () => reject(request.error);
    });
  try {
    const copies = await median(() => [getAll(db, 'tableCopies'), getAll(db, 'copyDirty'), ...rollups()]);
    // Taking turns: the tables themselves, then their copies with the records rebuilt.
    let tables = { ms: 0, records: 0 };
    let withRecords = { ms: 0, records: 0 };
    const tableTimes: number[] = [];
    const recordTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      tables = await median(() => [...COPIED_TABLES.map((table) => getAll(db, table)), ...rollups()]);
      tableTimes.push(tables.ms);
      withRecords = await median(() => [unpacked(), getAll(db, 'copyDirty'), ...rollups()]);
      recordTimes.push(withRecords.ms);
    }
    const mid = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    return { ...copies, tablesMs: mid(tableTimes), tableRecords: tables.records, unpackedMs: mid(recordTimes) };
  } finally {
    db.close();
  }
}

Object.assign(window, { seedPanelData, plainPanelRead });
