/**
 * Browser entry for the long-task bench, injected into a Find creators fixture page: appends
 * generated rows in small batches on a timer, as infinite scroll does, while a PerformanceObserver
 * records every long task (> 50 ms) of the page's main thread, the content script's included.
 */
import { appendRows, locateFindCreatorsTable } from './find-creators-table';
import { picker } from './random';

export interface ScrollOptions {
  total: number;
  batchSize: number;
  intervalMs: number;
  /** First generated creator index (kept clear of the fixture's own ids). */
  firstIndex: number;
}

export interface LongTask {
  startMs: number;
  durationMs: number;
}

export interface ScrollResult {
  appended: number;
  startedAtMs: number;
  endedAtMs: number;
}

const longTasks: LongTask[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
}).observe({ type: 'longtask', buffered: true });

async function runBench(options: ScrollOptions): Promise<ScrollResult> {
  const table = locateFindCreatorsTable(document);
  const p = picker(options.total);
  const startedAtMs = performance.now();
  let appended = 0;
  while (appended < options.total) {
    const count = Math.min(options.batchSize, options.total - appended);
    appendRows(table, count, p, options.firstIndex + appended);
    appended += count;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
  return { appended, startedAtMs, endedAtMs: performance.now() };
}

/** Long tasks that started at or after `sinceMs` (page time). */
function collectLongTasks(sinceMs: number): LongTask[] {
  return longTasks.filter((task) => task.startMs >= sinceMs);
}

Object.assign(window, { runBench, collectLongTasks });
