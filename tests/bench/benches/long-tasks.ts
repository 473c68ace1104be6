/**
 * Long tasks while a Find creators table grows to 1,000+ rows by infinite scroll, with the built
 * extension capturing it and, as the baseline, in plain Chromium.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from '../../support/browser';
import { countStore } from '../../support/extension-db';
import { serveSellerCenter } from '../../support/seller-center-routes';
import type { LongTask, ScrollOptions, ScrollResult } from '../browser/infinite-scroll';
import { blockNetwork } from '../support/bench-browser';
import { bundleForBrowser } from '../support/bundle';
import { round } from '../support/stats';
import { traceTasks, type TaskAttribution } from '../support/trace';
import type { Bench, BenchContext, BenchRow } from '../types';

const PAGE_URL = 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US';
const FIXTURE = 'lib/adapters/find-creators.fixture-a.html';
const SCROLL: ScrollOptions = { total: 1000, batchSize: 20, intervalMs: 50, firstIndex: 100_000 };
/** After the last batch: the content script's debounce (300 ms) plus a scan, with room to spare. */
const SETTLE_MS = 3000;
const CAPTURE_TIMEOUT_MS = 30_000;
const LONG_TASK_MS = 50;

interface RunOutcome {
  scroll: ScrollResult;
  longTasks: LongTask[];
  /** Every main-thread task of the page's renderer while scrolling, with the extension's share (trace). */
  tasks: TaskAttribution[];
  /** Creators in the extension's database before scrolling and at the end (extension run only). */
  stored?: { before: number; after: number; captureMs: number | null };
}

export const longTasksBench: Bench = {
  id: 'long-tasks',
  title: 'Long tasks during infinite scroll',
  method:
    `${FIXTURE} served at ${PAGE_URL}; the page appends ${SCROLL.total.toLocaleString('en-US')} generated rows in batches ` +
    `of ${SCROLL.batchSize} every ${SCROLL.intervalMs} ms while \`PerformanceObserver({ type: 'longtask', buffered: true })\` ` +
    `records long tasks (> 50 ms) from the first batch until ${SETTLE_MS / 1000} s after the last (or until every row is ` +
    `stored). Once with the built extension (rows counted in its IndexedDB from the service worker), once in plain ` +
    'Chromium as the baseline. The page cannot tell whose code made a task long, so both runs are also traced ' +
    '(DevTools timeline over CDP, same overhead for both): script events from `chrome-extension://` URLs give the ' +
    'content script\'s wall and CPU time inside each main-thread task.',
  async run(ctx) {
    if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      return [skippedRow('no built extension in .output/chrome-mv3 (run "npm run build")')];
    }
    const script = await bundleForBrowser(path.join(ctx.root, 'tests/bench/browser/infinite-scroll.ts'));

    const browser = await ctx.browsers.plain();
    const baselineContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    let baseline: RunOutcome;
    try {
      baseline = await scrollRun(baselineContext, script);
    } finally {
      await baselineContext.close();
    }

    const extension = await ctx.browsers.withExtension();
    let withExtension: RunOutcome;
    try {
      withExtension = await scrollRun(extension.context, script, extension.worker, ctx);
    } finally {
      await extension.close();
    }
    return rows(baseline, withExtension);
  },
};

async function scrollRun(context: BrowserContext, script: string, worker?: Worker, ctx?: BenchContext): Promise<RunOutcome> {
  await blockNetwork(context);
  await serveSellerCenter(context, [{ url: PAGE_URL, fixture: FIXTURE }]);
  const page = await context.newPage();
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  // With the extension: let its first scan of the fixture's own rows land before scrolling starts.
  const before = worker ? await waitForStableCount(worker, 1, 10_000) : 0;
  await page.addScriptTag({ content: script });
  let stored: RunOutcome['stored'];
  const traced = await traceTasks(context, page, async () => {
    const scroll = await page.evaluate(
      (options) => (window as unknown as { runBench(o: ScrollOptions): Promise<ScrollResult> }).runBench(options),
      SCROLL,
    );
    if (worker) {
      const expected = before + scroll.appended;
      const waitStart = Date.now();
      const after = await waitForCount(worker, expected, CAPTURE_TIMEOUT_MS);
      const captureMs = after >= expected ? Date.now() - waitStart : null;
      ctx?.log(`extension stored ${after} creators (expected ${expected})`);
      stored = { before, after, captureMs };
    }
    await page.waitForTimeout(Math.max(0, SETTLE_MS - (stored?.captureMs ?? 0)));
    return scroll;
  });
  const scroll = traced.result;
  const longTasks = await collect(page, scroll.startedAtMs);
  return { scroll, longTasks, tasks: traced.tasks, stored };
}

function collect(page: Page, sinceMs: number): Promise<LongTask[]> {
  return page.evaluate((since) => (window as unknown as { collectLongTasks(s: number): LongTask[] }).collectLongTasks(since), sinceMs);
}

/** Creators in the extension's database, counted in its service worker. */
function storedCreators(worker: Worker): Promise<number> {
  return countStore(worker, 'creators');
}

async function waitForCount(worker: Worker, expected: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let count = await storedCreators(worker);
  while (count < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    count = await storedCreators(worker);
  }
  return count;
}

/** Waits for at least `atLeast` creators, then until the count stops changing for half a second. */
async function waitForStableCount(worker: Worker, atLeast: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let count = await waitForCount(worker, atLeast, timeoutMs);
  let stableSince = Date.now();
  while (Date.now() < deadline && Date.now() - stableSince < 500) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await storedCreators(worker);
    if (next !== count) {
      count = next;
      stableSince = Date.now();
    }
  }
  return count;
}

function summary(tasks: LongTask[]): { count: number; maxMs: number; totalMs: number } {
  return {
    count: tasks.length,
    maxMs: round(Math.max(0, ...tasks.map((task) => task.durationMs)), 0),
    totalMs: round(tasks.reduce((sum, task) => sum + task.durationMs, 0), 0),
  };
}

function rows(baseline: RunOutcome, extension: RunOutcome): BenchRow[] {
  const base = summary(baseline.longTasks);
  const ext = summary(extension.longTasks);
  const stored = extension.stored;
  const worst = extension.tasks.reduce<TaskAttribution | undefined>((best, task) => (!best || task.extensionMs > best.extensionMs ? task : best), undefined);
  const ownMax = worst?.extensionMs ?? 0;
  const worstCpu = extension.tasks.reduce<TaskAttribution | undefined>(
    (best, task) => (!best || task.extensionCpuMs > best.extensionCpuMs ? task : best),
    undefined,
  );
  const ownTotal = extension.tasks.reduce((sum, task) => sum + task.extensionMs, 0);
  const longWithExtension = extension.tasks.filter((task) => task.durationMs > LONG_TASK_MS && task.extensionMs > 0);
  const own = longWithExtension.filter((task) => task.extensionMs >= task.durationMs / 2);
  const expected = stored ? stored.before + extension.scroll.appended : 0;
  return [
    {
      id: 'long-tasks.extension.count',
      label: 'Long tasks while 1,000 rows load, with the extension',
      value: ext.count,
      unit: 'tasks',
      detail: `max ${ext.maxMs} ms, total ${ext.totalMs} ms`,
      status: 'measured',
    },
    {
      id: 'long-tasks.baseline.count',
      label: 'Long tasks while 1,000 rows load, without (baseline)',
      value: base.count,
      unit: 'tasks',
      detail: `max ${base.maxMs} ms, total ${base.totalMs} ms`,
      status: 'measured',
    },
    {
      id: 'long-tasks.extension.max',
      label: 'Longest task with the extension',
      value: ext.maxMs,
      unit: 'ms',
      detail: `baseline longest ${base.maxMs} ms`,
      status: 'measured',
    },
    {
      id: 'long-tasks.extension.own-max',
      label: 'Longest stretch of extension code in one task (wall time)',
      value: round(ownMax, 1),
      unit: 'ms',
      budget: { kind: 'max', limit: LONG_TASK_MS },
      detail:
        `from a DevTools trace: ${round(ownTotal, 0)} ms of content-script time over ${extension.tasks.length} main-thread tasks` +
        (worst?.longestExtensionEvent ? `; worst task ${round(worst.durationMs, 0)} ms, in ${worst.longestExtensionEvent}` : ''),
      status: 'measured',
    },
    {
      id: 'long-tasks.extension.own-max-cpu',
      label: 'Longest stretch of extension code in one task (CPU time)',
      value: round(worstCpu?.extensionCpuMs ?? 0, 1),
      unit: 'ms',
      budget: { kind: 'max', limit: LONG_TASK_MS },
      detail: 'thread time from the same trace: what the stretch costs when the machine is not busy with other work',
      status: 'measured',
    },
    {
      id: 'long-tasks.extension.own',
      label: "Long tasks that are the extension's own",
      value: own.length,
      unit: 'tasks',
      budget: { kind: 'max', limit: 0 },
      detail:
        `long tasks where extension code ran at least half the time (trace); ` +
        `${longWithExtension.length} long task(s) ran any extension code` +
        (longWithExtension.length > 0
          ? ` (${longWithExtension.map((task) => `${round(task.extensionMs, 1)} of ${round(task.durationMs, 0)} ms, CPU ${round(task.extensionCpuMs, 1)} ms`).join(', ')})`
          : ''),
      status: 'measured',
    },
    {
      id: 'long-tasks.captured',
      label: 'Creators the extension stored from the scrolled table',
      value: stored ? stored.after - stored.before : null,
      unit: 'rows',
      budget: { kind: 'min', limit: extension.scroll.appended },
      detail: stored
        ? `${stored.after} in IndexedDB (${stored.before} from the fixture's first screen, expected ${expected})` +
          (stored.captureMs === null ? '; not all stored in time' : `; all stored ${(stored.captureMs / 1000).toFixed(1)} s after the last batch`)
        : undefined,
      status: stored ? 'measured' : 'skipped',
    },
  ];
}

function skippedRow(note: string): BenchRow {
  return {
    id: 'long-tasks.extension.own',
    label: "Long tasks that are the extension's own",
    value: null,
    unit: 'tasks',
    budget: { kind: 'max', limit: 0 },
    status: 'skipped',
    note,
  };
}
