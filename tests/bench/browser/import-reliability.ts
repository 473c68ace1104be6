/**
 * Browser entry for the reliability bench: a generated Affiliate orders CSV imported the way the
 * side panel does it (handed to the import worker, which reads, checks and stores it with lib/db),
 * then the database backed up and restored, while a worker (standing in for the background, and
 * holding the database as it does) writes a capture every 250 ms into the active database; the
 * restore's steps go to it as the side panel's go to the background. Reports times, the page's long
 * tasks during the import, how long each capture took from request to commit, and the natural lower
 * bound: the stored order lines written again into a database without rollups, as plain IndexedDB.
 */
import { parseBackupText, readBackup, backupJsonParts, restoreBackup } from '../../../lib/backup';
import { activeDatabaseName, MetaDb, touchRestore } from '../../../lib/db/active-database';
import Dexie from 'dexie';
import { CreatorDeskDb, SCHEMA_VERSIONS } from '../../../lib/db/database';
import type { RestoreSwitch } from '../../../lib/db/database-host';
import type { ImportIntoDbRequest, ImportWorkerMessage } from '../../../lib/messages/import-worker';

export interface ReliabilityOptions {
  rows: number;
  captureIntervalMs: number;
  /** The capture worker's bundled code. */
  workerScript: string;
  /** The import worker's bundled code. */
  importWorkerScript: string;
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
  /** The stored order lines written again in chunks of 2,000, plain IndexedDB (orders and their indexes, no rollups). */
  plainWriteMs: number;
  longestTaskMs: number;
  tasksOver50: number;
  /** When the tasks over 50 ms began, ms after the import started. */
  longTasksAtMs: number[];
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

/**
 * The file's bytes, encoded line by line into one buffer: no 50 MB string or array of 200,000 lines
 * is left for the page's garbage collector to sweep while the import is timed.
 */
function ordersCsv(rows: number): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(256 * (rows + 1));
  let length = 0;
  const lines = {
    push(line: string) {
      if (bytes.length - length < line.length * 3 + 2) {
        const grown = new Uint8Array(bytes.length * 2);
        grown.set(bytes.subarray(0, length));
        bytes = grown;
      }
      length += encoder.encodeInto(`${line}\r\n`, bytes.subarray(length)).written;
    },
  };
  lines.push(HEADER);
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
  return bytes.slice(0, length);
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

interface ImportTimes {
  readMs: number;
  totalMs: number;
  checkAndSaveMs: number;
  rows: number;
  stored: number;
  rejected: number;
}

/** The import as the side panel runs it: the file handed to the import worker, progress until `done`. */
function importInWorker(options: ReliabilityOptions, dbName: string, data: ArrayBuffer): Promise<ImportTimes> {
  const url = URL.createObjectURL(new Blob([options.importWorkerScript], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const started = performance.now();
  let readMs = 0;
  return new Promise<ImportTimes>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        if (message.progress.phase !== 'reading' && readMs === 0) readMs = performance.now() - started;
        return;
      }
      worker.terminate();
      URL.revokeObjectURL(url);
      if (!message.outcome.ok) return reject(new Error(message.outcome.error));
      const { summary } = message.outcome;
      const totalMs = performance.now() - started;
      resolve({ readMs, totalMs, checkAndSaveMs: totalMs - readMs, rows: summary.rowsRead, stored: summary.created + summary.merged, rejected: summary.rejectedTotal });
    });
    const request: ImportIntoDbRequest = { type: 'import', name: 'orders.csv', data, dbName, now: Date.now(), region: 'US', team: { armed: false, readOnly: false } };
    worker.postMessage(request, [data]);
  });
}

/** The natural lower bound: the same order lines put into a database with the orders table only. */
async function plainOrderWrite(lines: Record<string, unknown>[]): Promise<number> {
  const name = 'bench-reliability-plain';
  const plain = new Dexie(name);
  plain.version(1).stores({ orders: [...SCHEMA_VERSIONS].reverse().find((step) => step.stores.orders)!.stores.orders! });
  await plain.open();
  const started = performance.now();
  for (let start = 0; start < lines.length; start += 2_000) {
    await plain.transaction('rw', plain.table('orders'), () => plain.table('orders').bulkPut(lines.slice(start, start + 2_000)));
  }
  const ms = performance.now() - started;
  await plain.delete();
  return ms;
}

async function runBench(options: ReliabilityOptions): Promise<ReliabilityResult> {
  const dbName = 'bench-reliability';
  const db = new CreatorDeskDb(dbName);
  await db.open();
  const csv = ordersCsv(options.rows);

  let counting = false;
  let importStart = 0;
  const tasks: number[] = [];
  const taskTimes: number[] = [];
  const observer = new PerformanceObserver((list) => {
    // Entries arrive after their task: one that began before the import (generating the file) is not its.
    for (const entry of list.getEntries()) {
      if (!counting || entry.startTime < importStart) continue;
      tasks.push(entry.duration);
      taskTimes.push(Math.round(entry.startTime - importStart));
    }
  });
  observer.observe({ type: 'longtask', buffered: false });

  // The whole import runs in the worker: every task of the page's thread meanwhile counts.
  counting = true;
  importStart = performance.now();
  const imported = await withCaptures(options, dbName, 'import_', () => importInWorker(options, db.name, csv.buffer as ArrayBuffer));
  await new Promise((resolve) => setTimeout(resolve, 100)); // let the last long-task entries arrive
  counting = false;
  observer.disconnect();
  const plainWriteMs = await plainOrderWrite((await db.orders.toArray()) as unknown as Record<string, unknown>[]);

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
    plainWriteMs: Math.round(plainWriteMs),
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
    tasksOver50: tasks.filter((duration) => duration > 50).length,
    longTasksAtMs: taskTimes.filter((_, i) => tasks[i]! > 50),
    importCaptures: imported.captures,
    restoreMs: Math.round(restored.value.ms),
    restoredRecords: restored.value.records,
    restoreCaptures: restored.captures,
  };
}

Object.assign(window, { runBench });
