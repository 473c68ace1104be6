/**
 * Browser entry, evaluated in the extension's own page (`chrome-extension://<id>/sidepanel.html`):
 * writes the panel dataset into the extension's IndexedDB with plain IndexedDB (the panel has
 * already opened it, so every store exists). Exposes `window.seedPanelData(size)`.
 */
import { generatePanelData, type PanelData, type PanelDataSize } from './panel-data';
import { countRecords } from './plain-idb';
import { buildRollups } from '../../../lib/rollups/apply';
import { packAll, TOTALS_BLOCK } from '../../../lib/rollups/blocks';

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
  } finally {
    db.close();
  }
  return { counts, generateMs, writeMs: performance.now() - writeStart };
}

function getAll(db: IDBDatabase, store: string, range?: IDBKeyRange): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store, 'readonly').objectStore(store).getAll(range);
    request.onsuccess = () => resolve((request.result as unknown[]).length);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The baseline of the panel's data read: plain `getAll` of the same stores (the rollup blocks from
 * the same first period, the totals block, the notes), side by side as the panel reads them. Median
 * of `runs`, in ms.
 */
async function plainPanelRead(fromPeriod: number, runs: number): Promise<{ ms: number; records: number }> {
  const db = await openDb(DB_NAME);
  try {
    const times: number[] = [];
    let records = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const counts = await Promise.all([
        getAll(db, 'creators'),
        getAll(db, 'snapshots'),
        getAll(db, 'samples'),
        getAll(db, 'collaborations'),
        getAll(db, 'reported'),
        getAll(db, 'rollupBlocks', IDBKeyRange.lowerBound(fromPeriod)),
        getAll(db, 'rollupBlocks', IDBKeyRange.only(TOTALS_BLOCK)),
        getAll(db, 'rollupDirty'),
      ]);
      times.push(performance.now() - started);
      records = counts.reduce((a, b) => a + b, 0);
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)]!, records };
  } finally {
    db.close();
  }
}

Object.assign(window, { seedPanelData, plainPanelRead });
