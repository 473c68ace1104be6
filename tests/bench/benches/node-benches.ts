/**
 * Benches other parts of the project write as plain Node modules (`tests/bench/*.bench.ts`), loaded
 * through jiti. Each exports an async function returning `NodeBenchResult[]`; a module that does
 * not exist yet is reported as skipped.
 */
import { createJiti } from 'jiti';
import fs from 'node:fs';
import path from 'node:path';
import { withBaseline, type Bench, type BenchRow, type Budget } from '../types';

/**
 * What a Node bench module's function returns, one entry per measurement. The value is `medianMs`,
 * `ms` or `value` (+ `unit`); every other numeric field is shown as detail (`runs`, `rows`,
 * `peakHeapMB`, `longestBlockMs`…).
 */
export interface NodeBenchResult {
  name: string;
  medianMs?: number;
  ms?: number;
  value?: number;
  unit?: string;
  /** Budget for this entry (≤, in the entry's unit); overrides the bench's default. */
  budgetMs?: number;
  budget?: number;
  detail?: string;
  [other: string]: unknown;
}

const VALUE_KEYS = new Set(['name', 'medianMs', 'ms', 'value', 'unit', 'budgetMs', 'budget', 'detail', 'baselineMs', 'baselineLabel', 'ratioBudget']);

/** How known detail fields read in the table; others show as `key value`. */
const DETAIL_FORMATS: Record<string, (value: number) => string> = {
  runs: (value) => `${value} runs`,
  rows: (value) => `${value.toLocaleString('en-US')} rows`,
  peakHeapMB: (value) => `peak heap +${value} MB`,
  peakMemoryMb: (value) => `peak memory ${value} MB`,
  longestBlockMs: (value) => `longest event-loop block ${value} ms`,
  p95Ms: (value) => `p95 ${value} ms`,
};

interface NodeBenchSpec {
  id: string;
  title: string;
  method: string;
  /** Module path relative to the repo root. */
  file: string;
  exportName: string;
  /** Budget (≤) per entry when the module does not give one; undefined: no budget. */
  budgetFor?(entry: NodeBenchResult, index: number): number | undefined;
}

export function nodeBench(spec: NodeBenchSpec): Bench {
  return {
    id: spec.id,
    title: spec.title,
    method: spec.method,
    async run(ctx) {
      const file = path.join(ctx.root, spec.file);
      if (!fs.existsSync(file)) return [skipped(spec, `${spec.file} does not exist yet`)];
      const jiti = createJiti(import.meta.url, { moduleCache: false });
      const module = (await jiti.import(file)) as Record<string, unknown>;
      const run = module[spec.exportName];
      if (typeof run !== 'function') return [skipped(spec, `${spec.file} does not export ${spec.exportName}()`)];
      const results = (await run()) as NodeBenchResult[];
      return results.map((entry, index) => toRow(spec, entry, index));
    },
  };
}

function toRow(spec: NodeBenchSpec, entry: NodeBenchResult, index: number): BenchRow {
  const timing = entry.medianMs ?? entry.ms;
  const value = timing ?? entry.value ?? null;
  const unit = timing !== undefined ? 'ms' : (entry.unit ?? '');
  const limit = entry.budgetMs ?? entry.budget ?? spec.budgetFor?.(entry, index);
  const budget: Budget | undefined = limit === undefined ? undefined : { kind: 'max', limit };
  const details = [
    entry.medianMs !== undefined ? 'median' : undefined,
    ...Object.entries(entry)
      .filter(([key, field]) => !VALUE_KEYS.has(key) && typeof field === 'number')
      .map(([key, field]) => DETAIL_FORMATS[key]?.(field as number) ?? `${key} ${field as number}`),
    entry.detail,
  ].filter(Boolean);
  const row: BenchRow = {
    id: `${spec.id}.${index}`,
    label: entry.name,
    value,
    unit,
    budget,
    detail: details.join('; ') || undefined,
    status: value === null ? 'skipped' : 'measured',
    note: value === null ? 'no value returned' : undefined,
  };
  const baseline = entry.baselineMs;
  if (typeof baseline !== 'number') return row;
  return withBaseline(row, baseline, String(entry.baselineLabel ?? 'baseline'), typeof entry.ratioBudget === 'number' ? entry.ratioBudget : undefined);
}

function skipped(spec: NodeBenchSpec, note: string): BenchRow {
  return { id: `${spec.id}.skipped`, label: spec.title, value: null, unit: '', status: 'skipped', note };
}

export const analyticsBench = nodeBench({
  id: 'analytics',
  title: 'Analytics',
  method:
    'tests/bench/analytics.bench.ts `runAnalyticsBench()` in Node, over a generated program (5,000 creators, 100,000 ' +
    'content pieces, 200,000 order lines): the analysis the panel computes from what it reads (rollup records, creators, ' +
    'snapshots, samples, collaborations, programs, Spark Ads videos) as a fresh reader gets it (deserialized in a worker of its own, ' +
    'as a panel page reads IndexedDB). Since 2026-12-03 the rollup records arrive as stored, packed in one block per period, and are ' +
    'unpacked before the timing (the read); their cells stay packed and the index decodes them, so the compute now includes that ' +
    'decoding (before, the worker received records with full 30-number cells). Since the same day the timed code is the extension\'s ' +
    'own build of the analytics (bundled and minified by Vite, as the panel runs it), not the per-module transpile of the bench\'s loader ' +
    '(jiti reads every imported binding through a getter at each use, which the panel never pays). Against one plain pass over the same stored arrays (every ' +
    "number of the blocks' days and packed cells, every creator, snapshot, sample and video touched once) timed the same way in the same " +
    'run; the same analysis over the input cloned in the isolate that built it (worst case: Node 20 then gives most objects a map ' +
    'of their own); and building the rollups from the raw records (what the schema migration does once). Median of its runs, after two ' +
    "warm-ups (a panel that stays open analyses again warm); and the analysis's first run in the fresh worker alone, which is what " +
    "a panel's opening computes: its code not yet optimised, the heap still small (Node 20's V8; Chromium's is newer, see the panel's compute).",
  file: 'tests/bench/analytics.bench.ts',
  exportName: 'runAnalyticsBench',
  // Issue 12's budget: the analysis compute ≤ 150 ms (the first entry).
  budgetFor: (_entry, index) => (index === 0 ? 150 : undefined),
});

export const importBench = nodeBench({
  id: 'import',
  title: 'Import',
  method: 'tests/bench/import.bench.ts `runImportBench()` in Node: importing a 50,000-row video export (time, peak memory).',
  file: 'tests/bench/import.bench.ts',
  exportName: 'runImportBench',
  // Issue 3's budget: ≤ 10 s for the import (every timing entry).
  budgetFor: (entry) => (entry.medianMs !== undefined || entry.ms !== undefined ? 10_000 : undefined),
});
