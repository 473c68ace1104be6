/**
 * Reliability under bulk work (issue #15): a 200,000-row Affiliate orders CSV imported the way the
 * side panel does it, then the database backed up and restored, while a worker standing in for the
 * background writes a capture every 250 ms into the same database.
 */
import path from 'node:path';
import type { ReliabilityOptions, ReliabilityResult } from '../browser/import-reliability';
import { BLANK_PAGE, openBenchPage } from '../support/bench-browser';
import { bundleForBrowser } from '../support/bundle';
import { type Bench, type BenchRow, withBaseline } from '../types';

const ROWS = Number(process.env.RELIABILITY_ROWS ?? 200_000);
const CAPTURE_INTERVAL_MS = 250;
const IMPORT_BUDGET_MS = 30_000;
const LONG_TASK_BUDGET_MS = 50;
const CAPTURE_DELAY_BUDGET_MS = 2_000;

export const reliabilityBench: Bench = {
  id: 'reliability',
  title: 'Reliability under bulk work',
  method:
    `A generated ${ROWS.toLocaleString('en-US')}-row Affiliate orders CSV (24 columns, as the real export) is handed ` +
    'to the import worker (`handleImportIntoDb`, which reads, checks and stores it with lib/db) from a page of headless ' +
    "Chromium, as the side panel does; the page's long tasks are counted for the whole import. The lower bound: the " +
    'stored order lines written again, 2,000 per transaction, into a database with the orders table only (no rollups). ' +
    'The database is then backed up (`readBackup`) and restored (`restoreBackup`). During both, a Web ' +
    `Worker standing in for the background writes a capture every ${CAPTURE_INTERVAL_MS} ms into the same database ` +
    '(the transaction `handleContentMessage` uses) and times each from request to commit.',
  async run(ctx) {
    const script = await bundleForBrowser(path.join(ctx.root, 'tests/bench/browser/import-reliability.ts'));
    const workerScript = await bundleForBrowser(path.join(ctx.root, 'tests/bench/browser/capture-worker.ts'));
    const importWorkerScript = await bundleForBrowser(path.join(ctx.root, 'tests/bench/browser/import-worker.ts'));
    const bench = await openBenchPage(await ctx.browsers.plain(), { html: BLANK_PAGE, script });
    try {
      ctx.log(`reliability: importing ${ROWS} order rows while capturing`);
      const options: ReliabilityOptions = { rows: ROWS, captureIntervalMs: CAPTURE_INTERVAL_MS, workerScript, importWorkerScript };
      const result = await bench.page.evaluate(
        (o) => (window as unknown as { runBench(o: ReliabilityOptions): Promise<ReliabilityResult> }).runBench(o),
        options,
      );
      return reliabilityRows(result);
    } finally {
      await bench.close();
    }
  },
};

function reliabilityRows(r: ReliabilityResult): BenchRow[] {
  const rows = `${r.rows.toLocaleString('en-US')}-row orders CSV`;
  return [
    withBaseline({
      id: 'reliability.import.total',
      label: `Import ${rows} (read, check, store)`,
      value: r.totalMs,
      unit: 'ms',
      budget: { kind: 'max', limit: IMPORT_BUDGET_MS },
      detail: `read ${r.readMs} ms; check + store ${r.checkAndSaveMs} ms; ${r.stored.toLocaleString('en-US')} rows stored, ${r.rejected} rejected`,
      status: 'measured',
    }, r.plainWriteMs, 'the stored order lines written again as plain IndexedDB (orders table only, no rollups)'),
    {
      id: 'reliability.import.longest-task',
      label: `Longest task of the page's thread while importing ${rows}`,
      value: r.longestTaskMs,
      unit: 'ms',
      budget: { kind: 'max', limit: LONG_TASK_BUDGET_MS },
      detail: `${r.tasksOver50} tasks over 50 ms${r.longTasksAtMs.length > 0 ? ` (at ${r.longTasksAtMs.slice(0, 5).map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')})` : ''}`,
      status: 'measured',
    },
    {
      id: 'reliability.import.capture-delay',
      label: 'Capture delay during the import (longest)',
      value: r.importCaptures.maxMs,
      unit: 'ms',
      budget: { kind: 'max', limit: CAPTURE_DELAY_BUDGET_MS },
      detail: `${r.importCaptures.count} captures; p95 ${r.importCaptures.p95Ms} ms`,
      status: 'measured',
    },
    {
      id: 'reliability.restore.total',
      label: `Restore a backup of ${r.restoredRecords.toLocaleString('en-US')} records`,
      value: r.restoreMs,
      unit: 'ms',
      status: 'measured',
    },
    {
      id: 'reliability.restore.capture-delay',
      label: 'Capture delay during the restore (longest)',
      value: r.restoreCaptures.maxMs,
      unit: 'ms',
      budget: { kind: 'max', limit: CAPTURE_DELAY_BUDGET_MS },
      detail: `${r.restoreCaptures.count} captures; p95 ${r.restoreCaptures.p95Ms} ms`,
      status: 'measured',
    },
  ];
}
