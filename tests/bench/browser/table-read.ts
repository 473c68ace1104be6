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
  /** The bare DOM traversal of the same table (every header and cell's text), same runs. */
  baselineMs: number[];
}

/**
 * The natural lower bound of reading the table: every header and body cell's text collected, with
 * no parsing, no validation and no adapter. What `readPage` costs beyond it is our own work.
 */
function bareTraversal(root: Document): number {
  let chars = 0;
  for (const th of root.querySelectorAll('.arco-table thead th')) chars += (th.textContent ?? '').length;
  for (const row of root.querySelectorAll('.arco-table tbody tr')) {
    for (const cell of row.children) chars += (cell.textContent ?? '').trim().length;
  }
  return chars;
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
    for (let i = 0; i < options.warmup; i++) bareTraversal(document);
    const samplesMs: number[] = [];
    const baselineMs: number[] = [];
    // Reader and baseline alternate, so a busy moment of the machine does not land on one only.
    for (let i = 0; i < options.runs; i++) {
      const start = performance.now();
      read();
      samplesMs.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 0));
      const baseStart = performance.now();
      bareTraversal(document);
      baselineMs.push(performance.now() - baseStart);
      // A macrotask between runs, like separate captures.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    results.push({ size, rowsReturned: first.rows.length, rowsRead: first.rowsRead, samplesMs, baselineMs });
  }
  return results;
}

Object.assign(window, { runBench });
