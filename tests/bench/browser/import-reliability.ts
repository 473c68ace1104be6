/**
 * Browser entry for the reliability bench: a generated Affiliate orders CSV imported the way the
 * side panel does it (read, rows checked, stored in batches with lib/db), then the database backed
 * up and restored, while a worker (standing in for the background, and holding the database as it
 * does) writes a capture every 250 ms into the active database; the restore's steps go to it as the
 * side panel's go to the background. Reports times, the page's long tasks while checking and saving (reading
 * runs in the import worker in the extension, so it is timed but not counted), and how long each
 * capture took from request to commit.
 */
import { parseBackupText, readBackup, backupJsonParts, restoreBackup } from '../../../lib/backup';
import { activeDatabaseName, MetaDb, touchRestore } from '../../../lib/db/active-database';
import { CreatorDeskDb } from '../../../lib/db/database';
import type { RestoreSwitch } from '../../../lib/db/database-host';
import { storeImportedRows } from '../../../lib/db/store-import';
import { importExportFile } from '../../../lib/import';
import { parseImportedRows } from '../../../lib/messages/import-worker';

export interface ReliabilityOptions {
  rows: number;
  captureIntervalMs: number;
  /** The capture worker's bundled code. */
  workerScript: string;
}

export interface CaptureDelays {
  count: number;
  maxMs: number;
  p95Ms: number;
}

export interface ReliabilityResult {
  rows: number;
  stored: number;
  rejected: number;
  readMs: number;
  checkAndSaveMs: number;
  totalMs: number;
  longestTaskMs: number;
  tasksOver50: number;
  importCaptures: CaptureDelays;
  restoreMs: number;
  restoredRecords: number;
  restoreCaptures: CaptureDelays;
}

const HEADER =
  'Order ID,Product ID,Product Name,SKU ID,Price,Payment Amount,Currency,Quantity,Fully returned or refunded,Payment method,' +
  'Order Status,Creator Username,Content Type,Content ID,commission model,Standard commission rate,Est. Commission Base,' +
  'Est. standard commission payment,Actual Commission Base,Actual Commission Payment,Shop Ads commission rate,' +
  'Est. Shop Ads commission payment,Actual Shop Ads commission payment,Time Created';

function ordersCsv(rows: number): string {
  const lines = [HEADER];
  for (let index = 0; index < rows; index += 1) {
    const order = `5760000${String(Math.floor(index / 2)).padStart(11, '0')}`;
    const price = ((index * 37) % 5000) / 100 + 5;
    const day = String((index % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(index / 28) % 12) + 1).padStart(2, '0');
    lines.push(
      [order, `17290000000000${String(index % 500).padStart(5, '0')}`, `Product ${index % 500}`, `1730000000000${String(index % 9000).padStart(6, '0')}`,
        `$${price.toFixed(2)}`, `$${price.toFixed(2)}`, 'USD', '1', 'No', 'Card', index % 7 === 0 ? 'Canceled' : 'Completed',
        `creator_${index % 3000}`, index % 3 === 0 ? 'LIVE' : 'VIDEO', `73000000000${String(index % 40000).padStart(8, '0')}`, 'Standard', '10%',
        `$${price.toFixed(2)}`, `$${(price / 10).toFixed(2)}`, '--', '--', '--', '--', '--', `${month}/${day}/2026 14:05:09`].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function summarize(delays: number[]): CaptureDelays {
  const sorted = [...delays].sort((a, b) => a - b);
  return {
    count: sorted.length,
    maxMs: Math.round(sorted.at(-1) ?? 0),
    p95Ms: Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0),
  };
}

type WorkerAnswer = { type: 'delays'; delays: number[] } | { type: 'restore'; id: number; ok: boolean; error?: string };

/** A restore's steps, sent to the worker as the side panel sends them to the background. */
function workerRestoreSwitch(worker: Worker): RestoreSwitch {
  let last = 0;
  const step = (name: 'begin' | 'finish' | 'abort', staging: string) =>
    new Promise<void>((resolve, reject) => {
      const id = (last += 1);
      const listener = (event: MessageEvent<WorkerAnswer>) => {
        if (event.data.type !== 'restore' || event.data.id !== id) return;
        worker.removeEventListener('message', listener);
        if (event.data.ok) resolve();
        else reject(new Error(event.data.error));
      };
      worker.addEventListener('message', listener);
      worker.postMessage({ type: 'restore', id, step: name, staging });
    });
  return { begin: (s) => step('begin', s), finish: (s) => step('finish', s), abort: (s) => step('abort', s), alive: (s) => touchRestore(s) };
}

/** Runs `work` while the capture worker writes into `dbName`; the captures' delays come back. */
async function withCaptures<T>(options: ReliabilityOptions, dbName: string, prefix: string, work: (restore: RestoreSwitch) => Promise<T>): Promise<{ value: T; captures: CaptureDelays }> {
  const url = URL.createObjectURL(new Blob([options.workerScript], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const done = new Promise<number[]>((resolve) =>
    worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      if (event.data.type === 'delays') resolve(event.data.delays);
    }),
  );
  worker.postMessage({ type: 'start', dbName, intervalMs: options.captureIntervalMs, prefix });
  const value = await work(workerRestoreSwitch(worker));
  worker.postMessage({ type: 'stop' });
  const delays = await done;
  worker.terminate();
  URL.revokeObjectURL(url);
  return { value, captures: summarize(delays) };
}

async function runBench(options: ReliabilityOptions): Promise<ReliabilityResult> {
  const dbName = 'bench-reliability';
  const db = new CreatorDeskDb(dbName);
  await db.open();
  const csv = new TextEncoder().encode(ordersCsv(options.rows));

  let counting = false;
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    if (counting) for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });

  const imported = await withCaptures(options, dbName, 'import_', async () => {
    const started = performance.now();
    const read = await importExportFile({ name: 'orders.csv', data: csv.buffer.slice(0) as ArrayBuffer }, { region: 'US' });
    if ('error' in read) throw new Error(read.error);
    const readMs = performance.now() - started;
    counting = true;
    const checked = await parseImportedRows('orders', read.rows);
    const stored = await storeImportedRows(db, { kind: 'orders', rows: checked.rows });
    counting = false;
    const totalMs = performance.now() - started;
    return { readMs, totalMs, checkAndSaveMs: totalMs - readMs, rows: read.rowsRead, stored: stored.created + stored.updated + stored.unchanged, rejected: checked.rejected.reduce((sum, r) => sum + r.count, 0) };
  });
  await new Promise((resolve) => setTimeout(resolve, 100)); // let the last long-task entries arrive
  observer.disconnect();

  const backupText = backupJsonParts(await readBackup(db)).join('');
  const checked = await parseBackupText(backupText);
  if (!checked.ok) throw new Error(checked.error);
  const restored = await withCaptures(options, dbName, 'restore_', async (restore) => {
    const started = performance.now();
    const outcome = await restoreBackup({ live: db, restore, openStaging: (name) => new CreatorDeskDb(name) }, checked.backup);
    if (!outcome.ok) throw new Error(outcome.error);
    return { ms: performance.now() - started, records: outcome.total };
  });
  db.close();
  const active = await activeDatabaseName(dbName);
  const captured = await new CreatorDeskDb(active).creators.where('handle').startsWith('restore_').count();
  if (captured !== restored.captures.count) throw new Error(`${restored.captures.count} captures during the restore, ${captured} kept`);
  for (const name of [active, dbName]) await new CreatorDeskDb(name).delete();
  await new MetaDb(dbName).delete();

  return {
    rows: imported.value.rows,
    stored: imported.value.stored,
    rejected: imported.value.rejected,
    readMs: Math.round(imported.value.readMs),
    checkAndSaveMs: Math.round(imported.value.checkAndSaveMs),
    totalMs: Math.round(imported.value.totalMs),
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
    tasksOver50: tasks.filter((duration) => duration > 50).length,
    importCaptures: imported.captures,
    restoreMs: Math.round(restored.value.ms),
    restoredRecords: restored.value.records,
    restoreCaptures: restored.captures,
  };
}

Object.assign(window, { runBench });
