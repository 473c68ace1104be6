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
   * Each timed sample repeats the read until it lasts about this long (the same number of bare
   * traversals for the baseline's sample): a 100-row read is ~2 ms, and the page's clock ticks in
   * 0.1 ms steps.
   */
  minSampleMs: number;
}

export interface TableReadResult {
  size: number;
  /** Rows the reader returned (rejected ones excluded), checked against `size`. */
  rowsReturned: number;
  rowsRead: number;
  /** One read, per sample (a sample's time over its reads). */
  samplesMs: number[];
  /** The bare DOM traversal of the same table (every header and cell's text), same runs. */
  baselineMs: number[];
  /** Per run, the read's time over the traversal's, timed next to each other. */
  ratios: number[];
  /** Reads (and traversals) per timed sample. */
  repeats: number;
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
    const calibrate = performance.now();
    read();
    const repeats = Math.max(1, Math.ceil(options.minSampleMs / Math.max(performance.now() - calibrate, 0.1)));
    const timed = (fn: () => unknown): number => {
      const start = performance.now();
      for (let r = 0; r < repeats; r++) fn();
      return (performance.now() - start) / repeats;
    };
    const samplesMs: number[] = [];
    const baselineMs: number[] = [];
    const ratios: number[] = [];
    // Reader and baseline alternate, in turn first, so a busy moment of the machine or a garbage
    // collection owed by the one before does not land on one only; each run gives a ratio.
    for (let i = 0; i < options.runs; i++) {
      let sample: number;
      let baseline: number;
      if (i % 2 === 0) {
        sample = timed(read);
        await new Promise((resolve) => setTimeout(resolve, 0));
        baseline = timed(() => bareTraversal(document));
      } else {
        baseline = timed(() => bareTraversal(document));
        await new Promise((resolve) => setTimeout(resolve, 0));
        sample = timed(read);
      }
      samplesMs.push(sample);
      baselineMs.push(baseline);
      ratios.push(sample / baseline);
      // A macrotask between runs, like separate captures.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    results.push({ size, rowsReturned: first.rows.length, rowsRead: first.rowsRead, samplesMs, baselineMs, ratios, repeats });
  }
  return results;
}

Object.assign(window, { runBench });
