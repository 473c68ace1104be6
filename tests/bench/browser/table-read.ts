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
  /**
   * Each run reads the table, each read next to a bare traversal, until the reads add up to about
   * this long: a 100-row read is ~2 ms, and the page's clock ticks in 0.1 ms steps.
   */
  minSampleMs: number;
}

export interface TableReadResult {
  size: number;
  /** Rows the reader returned (rejected ones excluded), checked against `size`. */
  rowsReturned: number;
  rowsRead: number;
  /** One read, per run (the run's reading time over its reads). */
  samplesMs: number[];
  /** The bare DOM traversal of the same table (every header and cell's text), same runs. */
  baselineMs: number[];
  /** Per run, the read's time over the traversal's, timed next to each other. */
  ratios: number[];
  /** Reads (each next to a traversal) per run. */
  pairs: number;
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

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
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
    const calibrate = performance.now();
    read();
    const pairs = Math.max(1, Math.ceil(options.minSampleMs / Math.max(performance.now() - calibrate, 0.1)));
    const samplesMs: number[] = [];
    const baselineMs: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      // Each read is timed next to one traversal, the two in turn first, so both run in the same
      // state of the caches and the machine; a run adds up enough pairs to last about minSampleMs.
      // The page's clock is coarse (0.1 ms) but jittered, so sums of many readings stay unbiased.
      let reading = 0;
      let traversing = 0;
      for (let k = 0; k < pairs; k++) {
        const readFirst = (i + k) % 2 === 0;
        if (!readFirst) traversing += timed(() => bareTraversal(document));
        reading += timed(read);
        if (readFirst) traversing += timed(() => bareTraversal(document));
      }
      samplesMs.push(reading / pairs);
      baselineMs.push(traversing / pairs);
      ratios.push(reading / traversing);
      // A macrotask between runs, like separate captures.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    results.push({ size, rowsReturned: first.rows.length, rowsRead: first.rowsRead, samplesMs, baselineMs, ratios, pairs });
  }
  return results;
}

Object.assign(window, { runBench });
