/**
 * Page data: what the page-world reader costs the page. (1) Per request, the time from `fetch()` /
 * `xhr.send()` to the parsed body, for an allowlisted API path (intercepted: cloned, read, handed over,
 * decoded) and for an ignored path, with the built extension and — the natural lower bound — the same
 * page in plain Chromium. (2) Long tasks while 1,000 creators arrive as 50 JSON pages of 20, with the
 * extension's own share from a DevTools trace; rows counted in its IndexedDB.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { PAGE_DATA_ENDPOINTS } from '../../../lib/page-data/endpoints';
import { EXTENSION_DIR } from '../../support/browser';
import { countStore } from '../../support/extension-db';
import { blockNetwork } from '../support/bench-browser';
import { median, quantile, round } from '../support/stats';
import { traceTasks } from '../support/trace';
import type { Bench, BenchRow } from '../types';

const ORIGIN = 'https://affiliate.tiktok.com';
const PAGE_PATH = '/connection/creator';
const IGNORED_PATH = '/api/v1/oec/affiliate/seller/notice/list';
const FIND = PAGE_DATA_ENDPOINTS['find-creators'];
const CALLS = 100;
const PAGES = 50;
const ROWS_PER_PAGE = 20;
const LONG_TASK_MS = 50;

/** A find-creators answer of `rows` creators with ids starting at `first`. */
function findAnswer(first: number, rows: number): string {
  const wrap = (value: unknown) => ({ value, status: 0, is_authorized: true });
  const list = Array.from({ length: rows }, (_, index) => {
    const n = first + index;
    return {
      creator_oecuid: wrap(String(7_490_000_000_000_000_000n + BigInt(n))),
      handle: wrap(`bench_creator_${n}`),
      nickname: wrap(`Bench Creator ${n}`),
      follower_cnt: wrap(10_000 + n),
      med_gmv_revenue: wrap(1_000 + n * 3.5),
      units_sold: wrap(n),
      video_avg_view_cnt: wrap(5_000 + n),
      video_engagement: wrap(0.031),
      category: wrap('[{"name":"Beauty"}]'),
    };
  });
  return JSON.stringify({ code: 0, message: 'success', creator_profile_list: list, next_pagination: { has_more: true } });
}

const PAGE_HTML = `<!doctype html><html lang="th-TH"><head><meta charset="utf-8"><title>bench</title></head><body>
<script>
  async function viaFetch(path) {
    const start = performance.now();
    const response = await fetch(path + '?aid=4331&user_language=th-TH', { method: 'POST', body: '{}' });
    await response.json();
    return performance.now() - start;
  }
  function viaXhr(path) {
    return new Promise((resolve) => {
      const start = performance.now();
      const xhr = new XMLHttpRequest();
      xhr.onload = () => { JSON.parse(xhr.responseText); resolve(performance.now() - start); };
      xhr.open('POST', path + '?aid=4331&user_language=th-TH');
      xhr.send('{}');
    });
  }
  window.timeCalls = async (path, via, count) => {
    const times = [];
    for (let i = 0; i < count; i++) times.push(await (via === 'xhr' ? viaXhr(path) : viaFetch(path)));
    return times;
  };
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); }).observe({ type: 'longtask' });
  window.loadPages = async (pages, intervalMs) => {
    for (let p = 0; p < pages; p++) {
      const response = await fetch('${FIND}?page=' + p + '&aid=4331&user_language=th-TH', { method: 'POST', body: JSON.stringify({ pagination: { page: p, size: ${ROWS_PER_PAGE} } }) });
      await response.json();
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  };
</script></body></html>`;

async function servePage(context: BrowserContext): Promise<void> {
  await blockNetwork(context);
  const bodies = Array.from({ length: PAGES }, (_, page) => findAnswer(page * ROWS_PER_PAGE, ROWS_PER_PAGE));
  const small = findAnswer(0, ROWS_PER_PAGE);
  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === PAGE_PATH) return route.fulfill({ status: 200, contentType: 'text/html', body: PAGE_HTML });
    const page = Number(url.searchParams.get('page') ?? '-1');
    const body = url.pathname === FIND ? (bodies[page] ?? small) : small;
    return route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body });
  });
}

type Timings = Record<'fetch-intercepted' | 'fetch-ignored' | 'xhr-intercepted' | 'xhr-ignored', number[]>;

async function timeRequests(page: Page): Promise<Timings> {
  const run = (target: string, via: string) =>
    page.evaluate(([p, v, n]) => (window as unknown as { timeCalls(p: string, v: string, n: number): Promise<number[]> }).timeCalls(p, v, n), [target, via, CALLS] as const);
  // A warm-up round so both runs start with a warm connection and JIT.
  await run(IGNORED_PATH, 'fetch');
  // Ignored paths first: the extension's decoding and storing of intercepted answers runs after the
  // page got them, and would otherwise overlap the next measurements.
  const fetchIgnored = await run(IGNORED_PATH, 'fetch');
  const xhrIgnored = await run(IGNORED_PATH, 'xhr');
  return {
    'fetch-ignored': fetchIgnored,
    'xhr-ignored': xhrIgnored,
    'fetch-intercepted': await run(FIND, 'fetch'),
    'xhr-intercepted': await run(FIND, 'xhr'),
  };
}

async function waitForCount(worker: Worker, expected: number, timeoutMs: number): Promise<number> {
  const end = Date.now() + timeoutMs;
  let count = 0;
  while (Date.now() < end) {
    count = await countStore(worker, 'creators');
    if (count >= expected) return count;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return count;
}

export const pageDataBench: Bench = {
  id: 'page-data',
  title: 'Page data: wrapped fetch/XHR overhead and 1,000 rows as JSON',
  method:
    `A page at ${ORIGIN}${PAGE_PATH} times ${CALLS} sequential requests each way (call → parsed body, routed answers of ` +
    `${ROWS_PER_PAGE} creators) to an allowlisted path (${FIND}: cloned, read, decoded, stored) and an ignored one, with ` +
    'the built extension and in plain Chromium (the same page without the extension, the lower bound); medians and ' +
    `ratios. Then the page fetches ${PAGES} JSON pages of ${ROWS_PER_PAGE} creators (50 ms apart) while a longtask ` +
    'observer and a DevTools trace run; the extension\'s own share of each main-thread task comes from script events ' +
    'of chrome-extension:// URLs, and the creators stored are counted in its IndexedDB.',
  async run(ctx) {
    if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      return [{ id: 'page-data.skipped', label: 'Page data', value: null, unit: 'ms', status: 'skipped', note: 'no built extension (run "npm run build")' }];
    }
    const plain = await (await ctx.browsers.plain()).newContext();
    let baseline: Timings;
    try {
      await servePage(plain);
      const page = await plain.newPage();
      await page.goto(`${ORIGIN}${PAGE_PATH}`);
      baseline = await timeRequests(page);
    } finally {
      await plain.close();
    }

    const extension = await ctx.browsers.withExtension();
    let withExtension: Timings;
    let longTasks: number[] = [];
    let ownLongTasks = 0;
    let ownMaxMs = 0;
    let stored = 0;
    try {
      await servePage(extension.context);
      const page = await extension.context.newPage();
      await page.goto(`${ORIGIN}${PAGE_PATH}`);
      withExtension = await timeRequests(page);
      // The timing runs stored the first page's creators already: the 1,000-row run counts from there.
      const before = await waitForCount(extension.worker, ROWS_PER_PAGE, 15_000);
      await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
      const traced = await traceTasks(extension.context, page, async () => {
        await page.evaluate((pages) => (window as unknown as { loadPages(p: number, i: number): Promise<void> }).loadPages(pages, 50), PAGES);
        stored = await waitForCount(extension.worker, PAGES * ROWS_PER_PAGE, 60_000);
      });
      ctx.log(`page data: ${stored} creators stored (${before} before the 50 pages)`);
      longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      const own = traced.tasks.filter((task) => task.durationMs > LONG_TASK_MS && task.extensionMs >= task.durationMs / 2);
      ownLongTasks = own.length;
      ownMaxMs = traced.tasks.reduce((max, task) => Math.max(max, task.extensionMs), 0);
    } finally {
      await extension.close();
    }

    const rows: BenchRow[] = [];
    for (const key of Object.keys(baseline) as (keyof Timings)[]) {
      const base = median(baseline[key]);
      const ext = median(withExtension[key]);
      rows.push({
        id: `page-data.${key}.median`,
        label: `${key.replace('-', ' ')} request, call → parsed body, median (with extension)`,
        value: round(ext, 2),
        unit: 'ms',
        detail: `plain Chromium ${round(base, 2)} ms; ratio ${round(ext / base, 2)}×; overhead ${round(ext - base, 2)} ms; p95 ${round(quantile(withExtension[key], 0.95), 2)} ms vs ${round(quantile(baseline[key], 0.95), 2)} ms`,
        status: 'measured',
      });
    }
    rows.push({
      id: 'page-data.1000-rows.own-long-tasks',
      label: `Long tasks mostly the extension's own while ${PAGES * ROWS_PER_PAGE} rows arrive as ${PAGES} JSON pages`,
      value: ownLongTasks,
      unit: 'tasks',
      budget: { kind: 'max', limit: 0 },
      detail: `longest extension share of one task ${round(ownMaxMs, 1)} ms; page long tasks (any cause) ${longTasks.length}${longTasks.length ? `, longest ${round(Math.max(...longTasks), 0)} ms` : ''}; creators stored ${stored}/${PAGES * ROWS_PER_PAGE}`,
      status: 'measured',
    });
    return rows;
  },
};
