/** The run's results as a console table, as docs/benchmarks.md, and as results.json. */
import { withinBudget, type Bench, type BenchRow } from '../types';
import type { MachineInfo } from './machine';

export interface BenchRun {
  bench: Pick<Bench, 'id' | 'title' | 'method'>;
  rows: BenchRow[];
  seconds: number;
  /** When the bench started (ISO): a recorded report gathers benches measured at different times. */
  date?: string;
  /** 1-minute load average when the bench started and ended. */
  load?: { start: number; end: number };
  /** The load exceeded the cores during the bench: its absolute timings are inflated (ratios hold better). */
  noisy?: boolean;
}

export interface RunReport {
  machine: MachineInfo;
  totalSeconds: number;
  runs: BenchRun[];
}

export function formatValue(row: Pick<BenchRow, 'value' | 'unit'>): string {
  if (row.value === null) return '—';
  const digits = Math.abs(row.value) >= 100 ? 0 : Math.abs(row.value) >= 10 ? 1 : 2;
  const number = row.value.toLocaleString('en-US', { maximumFractionDigits: digits });
  return row.unit === '×' ? `${number}×` : `${number} ${row.unit}`;
}

export function formatBudget(row: Pick<BenchRow, 'budget' | 'unit'>): string {
  if (!row.budget) return '';
  return `${row.budget.kind === 'max' ? '≤' : '≥'} ${formatValue({ value: row.budget.limit, unit: row.unit })}`;
}

export function verdict(row: BenchRow): string {
  if (row.status === 'error') return 'ERROR';
  if (row.status === 'skipped') return 'skipped';
  const within = withinBudget(row);
  return within === null ? '' : within ? 'pass' : 'OVER';
}

function remark(row: BenchRow): string {
  return [row.detail, row.note].filter(Boolean).join('; ');
}

export function consoleTable(report: RunReport): string {
  const header = ['Bench', 'Value', 'Budget', 'Result', 'Detail'];
  const lines = report.runs.flatMap((run) =>
    run.rows.map((row) => [row.label, formatValue(row), formatBudget(row), verdict(row), remark(row)]),
  );
  const widths = header.map((title, column) =>
    Math.min(column === 4 ? 80 : 60, Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length))),
  );
  const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  const m = report.machine;
  return [
    `Creator Desk benchmarks — ${m.date} — ${m.cores} cores (${m.cpu}), Node ${m.node}, Chromium ${m.chromium ?? 'n/a'}, ` +
      `load average ${m.loadAverage.start} → ${m.loadAverage.end}`,
    '',
    format(header),
    format(widths.map((width) => '-'.repeat(width))),
    ...lines.map(format),
    '',
    `Total ${report.totalSeconds.toFixed(1)} s`,
  ].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function loadText(run: BenchRun): string {
  return run.noisy ? `noisy (load ${run.load?.start} → ${run.load?.end})` : `load ${run.load?.start ?? '?'} → ${run.load?.end ?? '?'}`;
}

function ratioVerdict(row: BenchRow): string {
  if (row.ratio === undefined || row.ratioBudget === undefined) return '';
  return row.ratio <= row.ratioBudget ? 'pass' : 'OVER';
}

/** Rows measured against a same-run baseline: the numbers that compare across machines. */
export function ratioLines(report: RunReport): string[] {
  const rows = report.runs.flatMap((run) =>
    run.rows
      .filter((row) => row.ratio !== undefined)
      .map(
        (row) =>
          `| ${cell(row.label)} | ${row.ratio}× | ${row.ratioBudget === undefined ? '' : `≤ ${row.ratioBudget}×`} | ${ratioVerdict(row)} | ` +
          `${cell(formatValue(row))} vs ${cell(formatValue({ value: row.baseline ?? null, unit: row.unit }))} (${cell(row.baselineLabel ?? 'baseline')}) | ` +
          `${loadText(run)} | ${run.date?.slice(0, 16).replace('T', ' ') ?? ''} |`,
      ),
  );
  if (rows.length === 0) return [];
  return [
    '## Ratios to same-run baselines',
    '',
    'Each ratio divides the measured time by its natural lower bound measured in the same run, on the',
    'same machine and data; it moves far less than the absolute numbers when the machine is busy.',
    '',
    '| Bench | Ratio | Goal | Result | Measured vs baseline | Machine load (1 min) | Measured (UTC) |',
    '| --- | ---: | ---: | --- | --- | --- | --- |',
    ...rows,
    '',
  ];
}

function resultTable(run: BenchRun): string[] {
  return [
    '| Bench | Value | Budget | Result | Detail |',
    '| --- | ---: | ---: | --- | --- |',
    ...run.rows.map((row) => `| ${cell(row.label)} | ${cell(formatValue(row))} | ${cell(formatBudget(row))} | ${verdict(row)} | ${cell(remark(row))} |`),
    '',
  ];
}

export function markdownReport(report: RunReport): string {
  const m = report.machine;
  const over = report.runs.flatMap((run) => run.rows).filter((row) => row.status === 'measured' && withinBudget(row) === false);
  return [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (tests/bench/run-bench.mjs); edit the benches, not this file. -->',
    '',
    'Measured with `npm run bench`: it builds the extension, then runs every bench in',
    '`tests/bench/registry.ts` in headless Chromium (Playwright driving Debian\'s `chromium`, or',
    '`CHROMIUM_PATH`) or in Node. Budgets are reported, not asserted: the command fails only when a bench',
    'crashes. A full run rewrites this file; `--only=<ids> --record` replaces just those benches here',
    '(each bench below says when it ran and how busy the machine was). Raw numbers: `docs/benchmarks.json`',
    '(every bench recorded here) and `bench-output/results.json` (the last run).',
    '',
    ...ratioLines(report),
    '## Machine',
    '',
    `- ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB RAM, ${m.platform}`,
    `- Node ${m.node}, Chromium ${m.chromium ?? 'n/a'}`,
    `- A 1-minute load average above ${m.cores} means other work shared the cores: absolute timings are inflated, ratios hold better.`,
    '',
    over.length === 0
      ? 'Everything measured is within budget.'
      : `Over budget: ${over.map((row) => `${row.label} (${formatValue(row)}, budget ${formatBudget(row)})`).join('; ')}.`,
    '',
    '## Results by bench',
    '',
    ...report.runs.flatMap((run) => [
      `### ${run.bench.title}`,
      '',
      `${run.date?.slice(0, 16).replace('T', ' ') ?? m.date.slice(0, 16).replace('T', ' ')} UTC, ${loadText(run)}, ${run.seconds.toFixed(1)} s. ${run.bench.method}`,
      '',
      ...resultTable(run),
    ]),
    '## Adding a bench',
    '',
    'Write `tests/bench/benches/<name>.ts` exporting a `Bench` (`tests/bench/types.ts`): an id, a title, a',
    'one-line method, and `run(ctx)` returning rows (`value`, `unit`, optional `budget`). Browser code goes',
    'in `tests/bench/browser/<name>.ts`, bundled with `bundleForBrowser()` and injected with',
    '`openBenchPage()`; it exposes `window.runBench()`. A Node bench module (like',
    '`tests/bench/analytics.bench.ts`) can instead export an async function returning',
    '`{ name, medianMs, runs, budgetMs? }[]` and be listed in `tests/bench/benches/node-benches.ts`.',
    'Then add it to `BENCHES` in `tests/bench/registry.ts`.',
    '',
  ].join('\n');
}

export function jsonReport(report: RunReport): unknown {
  return {
    machine: report.machine,
    totalSeconds: report.totalSeconds,
    benches: report.runs.map((run) => ({
      id: run.bench.id,
      title: run.bench.title,
      method: run.bench.method,
      date: run.date,
      seconds: run.seconds,
      load: run.load,
      noisy: run.noisy ?? false,
      rows: run.rows.map((row) => ({ ...row, withinBudget: withinBudget(row), noisy: run.noisy ?? false })),
    })),
  };
}

/** The runs of a report `jsonReport` wrote; [] when the file is missing or not one. */
export function runsOfJson(json: unknown): BenchRun[] {
  const benches = (json as { benches?: unknown } | null)?.benches;
  if (!Array.isArray(benches)) return [];
  return benches.flatMap((entry: Partial<BenchRun['bench']> & Omit<BenchRun, 'bench'>) =>
    typeof entry?.id === 'string' && Array.isArray(entry.rows)
      ? [{ bench: { id: entry.id, title: entry.title ?? entry.id, method: entry.method ?? '' }, rows: entry.rows, seconds: entry.seconds, date: entry.date, load: entry.load, noisy: entry.noisy }]
      : [],
  );
}

/** `recorded` with each bench of `latest` replaced (or added), in `order` (bench ids). */
export function mergeRuns(recorded: readonly BenchRun[], latest: readonly BenchRun[], order: readonly string[]): BenchRun[] {
  const byId = new Map(recorded.map((run) => [run.bench.id, run]));
  for (const run of latest) byId.set(run.bench.id, run);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...byId.values()].sort((a, b) => rank(a.bench.id) - rank(b.bench.id));
}
