/** Storing 10,000 creators and 50,000 content rows with lib/db (Dexie) next to plain IndexedDB. */
import fs from 'node:fs';
import path from 'node:path';
import type { PhaseTimes, StorageOptions, StorageResult } from '../browser/storage';
import { BLANK_PAGE, openBenchPage } from '../support/bench-browser';
import { bundleForBrowser } from '../support/bundle';
import { round } from '../support/stats';
import { withBaseline, type Bench, type BenchRow } from '../types';

const OPTIONS: StorageOptions = { creators: 10_000, content: 50_000, batchSize: 500 };
const RATIO_BUDGET = 2;
/** A capture of content rows, rollup upkeep included, against plain writes of the same records (issue #12). */
const CAPTURE_RATIO_BUDGET = 1.3;
const REQUIRED = ['lib/db/database.ts', 'lib/db/store-creators.ts', 'lib/db/store-content.ts'];

export const storageBench: Bench = {
  id: 'storage',
  title: 'Storage',
  method:
    `${OPTIONS.creators.toLocaleString('en-US')} generated Find creators rows, then ` +
    `${OPTIONS.content.toLocaleString('en-US')} video/LIVE rows linked to them, stored in ${OPTIONS.batchSize}-row batches ` +
    '(one content-script message each) with `storeCreatorRows` / `storeContentRows` into a fresh Dexie database, in a ' +
    'page of headless Chromium. Baseline, same page and run: plain IndexedDB with the same object stores and indexes as ' +
    'the extension\'s database (read from the opened Dexie schema), putting the records the capture writes (computed ' +
    'beforehand with the same merge functions: the new pieces, and only the creators a row changes) in one read-write ' +
    'transaction per batch; it does none of the reads the merge and the rollup upkeep need, so it is the strict lower ' +
    'bound. For content, a second plain database also puts the rollup records the capture must store (computed with ' +
    'lib/rollups, checked against what Dexie stored): those are records of the capture too, so the budgeted ratio ' +
    '(issue #12: a capture ≤ 1.3× plain writes of the same records, rollup upkeep included) is Dexie time / that ' +
    'baseline\'s time; the ratio to the first (pieces and creators only) is printed beside it, unbudgeted. Neither ' +
    'baseline writes the upkeep\'s two bookkeeping notes (rollupDirty, copyDirty). lib/db keeps the creators and rollup ' +
    'records a connection last read or wrote in memory, trusted while no other connection wrote since; a fourth ' +
    'contender stores the same content into its own database after another connection wrote there before every batch, ' +
    'so each of its captures reads what it merges into (printed beside, unbudgeted). The contenders run batch by batch in ' +
    'rotating order, each into its own database, so a busy moment of the machine does not land on one of them only; ' +
    'record counts and every 97th creator, piece and rollup record are checked to be identical. Messaging to the ' +
    'background is not included.',
  async run(ctx) {
    const missing = REQUIRED.filter((file) => !fs.existsSync(path.join(ctx.root, file)));
    if (missing.length > 0) {
      return [
        {
          id: 'storage.creators.ratio',
          label: 'Store creators: Dexie / plain IndexedDB',
          value: null,
          unit: '×',
          budget: { kind: 'max', limit: RATIO_BUDGET },
          status: 'skipped',
          note: `missing ${missing.join(', ')}`,
        },
      ];
    }
    const script = await bundleForBrowser(path.join(ctx.root, 'tests/bench/browser/storage.ts'));
    const bench = await openBenchPage(await ctx.browsers.plain(), { html: BLANK_PAGE, script });
    try {
      const result = await bench.page.evaluate(
        (options) => (window as unknown as { runBench(o: StorageOptions): Promise<StorageResult> }).runBench(options),
        OPTIONS,
      );
      checkSameRecords(result);
      return [...phaseRows('creators', 'creators', result.creators), ...phaseRows('content', 'content rows', result.content)];
    } finally {
      await bench.close();
    }
  },
};

function checkSameRecords(result: StorageResult): void {
  if (result.differingSamples.length > 0) {
    throw new Error(`Dexie and the plain baseline stored different records: ${result.differingSamples.slice(0, 5).join(', ')}`);
  }
  const { dexie, ...plainDatabases } = result.counts;
  for (const plain of Object.values(plainDatabases)) {
    for (const store of Object.keys(plain)) {
      if (dexie[store] !== plain[store]) {
        throw new Error(`Stored record counts differ: Dexie ${JSON.stringify(dexie)}, plain ${JSON.stringify(plain)}`);
      }
    }
  }
}

function rowsPerSecond(rows: number, ms: number): number {
  return Math.round(rows / (ms / 1000));
}

function phaseRows(id: string, noun: string, times: PhaseTimes): BenchRow[] {
  const count = times.rows.toLocaleString('en-US');
  const batches = `${times.batches} batches`;
  return [
    {
      id: `storage.${id}.dexie`,
      label: `Store ${count} ${noun} (lib/db, Dexie)`,
      value: rowsPerSecond(times.rows, times.dexieMs),
      unit: 'rows/s',
      detail: `${round(times.dexieMs / 1000)} s, ${batches}`,
      status: 'measured',
    },
    {
      id: `storage.${id}.plain`,
      label: `Store ${count} ${noun} (plain IndexedDB baseline)`,
      value: rowsPerSecond(times.rows, times.plainMs),
      unit: 'rows/s',
      detail: `${round(times.plainMs / 1000)} s, same writes`,
      status: 'measured',
    },
    withBaseline(
      {
        id: `storage.${id}.ratio`,
        label: `Store ${count} ${noun} in ${OPTIONS.batchSize}-row captures (lib/db${id === 'content' ? ', rollup upkeep included' : ''})`,
        value: round(times.dexieMs),
        unit: 'ms',
        ...(id === 'content' ? { detail: 'baseline puts the rollup records too' } : {}),
        status: 'measured',
      },
      round(id === 'content' ? times.plainStoredMs : times.plainMs),
      id === 'content' ? 'plain IndexedDB writes of the same records: pieces, creators and the rollup records they leave' : 'plain IndexedDB writes of the same records',
      id === 'content' ? CAPTURE_RATIO_BUDGET : RATIO_BUDGET,
    ),
    ...(id === 'content'
      ? [
          withBaseline(
            {
              id: `storage.${id}.tables-ratio`,
              label: `Store ${count} ${noun} in ${OPTIONS.batchSize}-row captures vs plain writes of the pieces and creators only`,
              value: round(times.dexieMs),
              unit: 'ms',
              detail: 'baseline leaves the rollup records out',
              status: 'measured' as const,
            },
            round(times.plainMs),
            'plain IndexedDB writes of the pieces and creators (no rollup records)',
          ),
          ...(times.coldMs === null
            ? []
            : [
                withBaseline(
                  {
                    id: `storage.${id}.cold-ratio`,
                    label: `Store ${count} ${noun} in ${OPTIONS.batchSize}-row captures, another connection writing before each`,
                    value: round(times.coldMs),
                    unit: 'ms',
                    detail: 'no capture finds its creators or rollup records in memory',
                    status: 'measured' as const,
                  },
                  round(times.plainStoredMs),
                  'plain IndexedDB writes of the same records: pieces, creators and the rollup records they leave',
                ),
              ]),
        ]
      : []),
  ];
}
