/**
 * Browser entry: times `readPage` (the adapters' whole-page reader) on generated Find creators
 * tables of several sizes. Loaded into a page showing the Find creators fixture.
 */
import { readPage } from '../../../lib/adapters/index';
import { fillRows, locateFindCreatorsTable } from './find-creators-table';
import { picker } from './random';

export interface TableReadOptions {
  sizes: number[];
  runs: number;
  warmup: number;
}

export interface TableReadResult {
  size: number;
  /** Rows the reader returned (rejected ones excluded), checked against `size`. */
  rowsReturned: number;
  rowsRead: number;
  samplesMs: number[];
}

async function runBench(options: TableReadOptions): Promise<TableReadResult[]> {
  const table = locateFindCreatorsTable(document);
  const results: TableReadResult[] = [];
  for (const size of options.sizes) {
    fillRows(table, size, picker(size));
    // Let layout and style settle so the reads are not charged for them.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const read = () => readPage(document, 'find-creators', 'US');
    const first = read();
    if (first.status !== 'recognized') throw new Error(`Generated table was not recognised: ${first.status}`);
    for (let i = 0; i < options.warmup; i++) read();
    const samplesMs: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const start = performance.now();
      read();
      samplesMs.push(performance.now() - start);
      // A macrotask between runs, like separate captures.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    results.push({ size, rowsReturned: first.rows.length, rowsRead: first.rowsRead, samplesMs });
  }
  return results;
}

Object.assign(window, { runBench });
