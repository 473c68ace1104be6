/** Reading a Find creators table of 100 and 1,000 rows with the adapters, in Chromium. */
import fs from 'node:fs';
import path from 'node:path';
import { readFixtureWithStyles } from '../../support/seller-center-routes';
import type { TableReadOptions, TableReadResult } from '../browser/table-read';
import { openBenchPage } from '../support/bench-browser';
import { bundleForBrowser } from '../support/bundle';
import { median, quantile, round } from '../support/stats';
import { withBaseline, type Bench, type BenchRow } from '../types';

const FIXTURE = 'lib/adapters/find-creators.fixture-a.html';
const OPTIONS: TableReadOptions = { sizes: [100, 1000], runs: 40, warmup: 5, minSampleMs: 20 };
const MEDIAN_BUDGET_MS: Record<number, number | undefined> = { 100: 5 };

export const tableReadBench: Bench = {
  id: 'table-read',
  title: 'Table read',
  method:
    `Find creators fixture (${FIXTURE}) grown to 100 and 1,000 rows by cloning a fixture row with varied ` +
    `values (ids, handles, packed creator cells, ranges, \`--\`); \`readPage(document, 'find-creators', 'US')\` ` +
    `after ${OPTIONS.warmup} warm-up reads, in a page of headless Chromium: ${OPTIONS.runs} runs, each of reads timed one by one, ` +
    `each next to a bare DOM traversal of the same table (the two in turn first), until the reads add up to about ` +
    `${OPTIONS.minSampleMs} ms; the ratio is the median of the runs' ratios (reading time over traversing time).`,
  async run(ctx) {
    const adaptersIndex = path.join(ctx.root, 'lib/adapters/index.ts');
    if (!fs.existsSync(adaptersIndex)) {
      return OPTIONS.sizes.map((size) => skipped(size, 'lib/adapters/index.ts does not exist yet'));
    }
    const script = await bundleForBrowser(path.join(ctx.root, 'tests/bench/browser/table-read.ts'));
    // Served at the bench origin, where the fixture's stylesheet link would not resolve: inline it.
    const html = readFixtureWithStyles(path.join(ctx.root, FIXTURE));
    const bench = await openBenchPage(await ctx.browsers.plain(), { html, script });
    try {
      const results = await bench.page.evaluate(
        (options) => (window as unknown as { runBench(o: TableReadOptions): Promise<TableReadResult[]> }).runBench(options),
        OPTIONS,
      );
      return results.flatMap((result) => rows(result));
    } finally {
      await bench.close();
    }
  },
};

/** Issue #12's goal: reading the table costs at most 3× walking it. */
const TRAVERSAL_RATIO_GOAL = 3;

function rows(result: TableReadResult): BenchRow[] {
  const label = `Read ${result.size.toLocaleString('en-US')}-row Find creators table`;
  const p95 = round(quantile(result.samplesMs, 0.95));
  const budget = MEDIAN_BUDGET_MS[result.size];
  const detail =
    `p95 ${p95} ms; ${result.rowsReturned}/${result.rowsRead} rows returned; ${result.samplesMs.length} runs of ${result.pairs} read(s); ` +
    `ratio per run ${round(quantile(result.ratios, 0.1))}–${round(quantile(result.ratios, 0.9))}× (10th–90th percentile)`;
  const medianRow = withBaseline(
    {
      id: `table-read.${result.size}.median`,
      label: `${label} (median)`,
      value: round(median(result.samplesMs)),
      unit: 'ms',
      budget: budget === undefined ? undefined : { kind: 'max', limit: budget },
      detail,
      status: 'measured',
    },
    round(median(result.baselineMs), 3),
    'bare DOM traversal of the same table (every cell text, no parsing)',
    TRAVERSAL_RATIO_GOAL,
  );
  return [
    // The median of the runs' ratios (each read timed next to its traversal), not the ratio of the medians.
    { ...medianRow, ratio: round(median(result.ratios)) },
    { id: `table-read.${result.size}.p95`, label: `${label} (p95)`, value: p95, unit: 'ms', status: 'measured' },
  ];
}

function skipped(size: number, note: string): BenchRow {
  const budget = MEDIAN_BUDGET_MS[size];
  return {
    id: `table-read.${size}.median`,
    label: `Read ${size.toLocaleString('en-US')}-row Find creators table (median)`,
    value: null,
    unit: 'ms',
    budget: budget === undefined ? undefined : { kind: 'max', limit: budget },
    status: 'skipped',
    note,
  };
}
