/**
 * What a benchmark is and what it reports. A bench is a named async function that returns result
 * rows; the runner times nothing itself, it only collects, prints and records the rows.
 * To add a bench: write `tests/bench/benches/<name>.ts` exporting a `Bench`, add it to `BENCHES`
 * in `tests/bench/registry.ts`.
 */
import type { BenchBrowsers } from './support/bench-browser';

/** A budget the value is compared against; reported, never asserted. */
export interface Budget {
  /** `max`: value must be ≤ limit (times, sizes, ratios); `min`: ≥ limit (throughput). */
  kind: 'max' | 'min';
  limit: number;
}

export interface BenchRow {
  /** Stable id, e.g. `table-read.100.median` (used in results.json). */
  id: string;
  /** What was measured, for the table. */
  label: string;
  /** null when skipped or crashed. */
  value: number | null;
  unit: string;
  budget?: Budget;
  /** Extra facts shown next to the value (p95, baseline, counts…). */
  detail?: string;
  status: 'measured' | 'skipped' | 'error';
  /** Why it was skipped or what crashed. */
  note?: string;
  /**
   * The natural lower bound of the same work, measured in the same run (same unit as `value`):
   * plain IndexedDB, a bare DOM traversal, one plain pass… The ratio is what compares across
   * machines and busy moments; the absolute value moves with them.
   */
  baseline?: number;
  /** What the baseline is, for the report. */
  baselineLabel?: string;
  /** value ÷ baseline. */
  ratio?: number;
  /** Goal for the ratio (≤). */
  ratioBudget?: number;
}

/** A measured row with its same-run baseline and ratio. */
export function withBaseline(row: BenchRow, baseline: number, baselineLabel: string, ratioBudget?: number): BenchRow {
  const ratio = row.value !== null && baseline > 0 ? Math.round((row.value / baseline) * 100) / 100 : undefined;
  return { ...row, baseline, baselineLabel, ratio, ratioBudget };
}

export interface BenchContext {
  /** Repository root (the runner's working directory). */
  root: string;
  /** Shared Chromium launchers (plain and with the built extension). */
  browsers: BenchBrowsers;
  /** Progress line on stderr (stdout is kept for the results table). */
  log(message: string): void;
}

export interface Bench {
  id: string;
  title: string;
  /** What the bench does and how, one or two sentences for docs/benchmarks.md. */
  method: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

/** True / false against the budget; null when there is no budget or no value. */
export function withinBudget(row: Pick<BenchRow, 'value' | 'budget'>): boolean | null {
  if (!row.budget || row.value === null) return null;
  return row.budget.kind === 'max' ? row.value <= row.budget.limit : row.value >= row.budget.limit;
}

export function skippedRow(id: string, label: string, unit: string, note: string, budget?: Budget): BenchRow {
  return { id, label, value: null, unit, budget, status: 'skipped', note };
}
