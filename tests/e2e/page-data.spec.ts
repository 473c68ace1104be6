import type { Page } from '@playwright/test';
import { PAGE_DATA_ENDPOINTS as API } from '../../lib/page-data/endpoints';
import { type CaptureLogRecord, readStore } from '../support/extension-db';
import { type ApiAnswer, type ApiCall, fixtureJson, serveApiPages } from '../support/page-data/serve';
import { expect, expectStored, test } from './fixtures';

const FIND = 'https://affiliate.tiktok.com/connection/creator?shop_region=TH';
const MANAGE = 'https://affiliate.tiktok.com/connection/creator-management?shop_region=TH';

interface Seen {
  calls: number;
  done?: boolean;
  results: { path: string; via: string; status?: number; contentType?: string; custom?: string; body?: string; error?: string; responseType?: string }[];
  xhrEvents: { path: string; responseType: string; events: string[] }[];
  fetchToString: string;
  fetchName: string;
  openToString: string;
  toStringToString: string;
  messages: { data: string; ports: number }[];
}

interface StoredCreator {
  key: string;
  creatorId?: string;
  handle?: string;
  sources: string[];
  metrics: Record<string, { kind: string; value?: number; min?: number; max?: number; raw: string }>;
}

const ERROR_BODY = '{"code":100000,"message":"Please remove the plugin and try again"}';
const answers: Record<string, ApiAnswer> = {
  [API['find-creators']]: { body: fixtureJson('find-creators') },
  [API['manage-creators']]: { body: fixtureJson('manage-creators') },
  [API['sample-requests']]: { status: 500, body: ERROR_BODY },
};

async function seen(page: Page): Promise<Seen> {
  await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { __seen?: Seen }).__seen?.done)), { timeout: 15_000 }).toBe(true);
  return page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
}

/** What the page's code saw: each answer exactly as served (body, status, headers), the error and the aborts. */
function expectUntouched(result: Seen['results'][number], answer: ApiAnswer): void {
  expect(result).toMatchObject({ status: answer.status ?? 200, contentType: 'application/json; charset=utf-8', custom: '20260301120000ABCDEF' });
  expect(JSON.parse(result.body!)).toEqual(JSON.parse(answer.body));
}

const fetchCalls: ApiCall[] = [
  { path: API['find-creators'], method: 'fetch', body: { query: '', pagination: { page: 0, size: 12 } } },
  { path: API['sample-requests'], method: 'fetch', body: { tab: 10, cur_page: 1, page_size: 20 } },
  { path: API['find-creators'], method: 'fetch', body: { query: '' }, abort: true },
];
const xhrCalls: ApiCall[] = [
  { path: API['manage-creators'], method: 'xhr', responseType: '', body: { page_no: 1, page_size: 20 } },
  { path: API['manage-creators'], method: 'xhr', responseType: 'json', body: { page_no: 1 } },
  { path: API['manage-creators'], method: 'xhr', responseType: 'arraybuffer', body: { page_no: 1 } },
  { path: API['manage-creators'], method: 'xhr', responseType: 'blob', body: { page_no: 1 } },
  { path: API['manage-creators'], method: 'xhr', responseType: 'text', body: { page_no: 1 }, abort: true },
];

test('page data by fetch in the Thai UI: exact values and ids stored, the page sees identical answers, nothing sent by us', async ({ ext }) => {
  const counts = await serveApiPages(ext.context, [{ url: FIND, calls: fetchCalls }], answers);
  const page = await ext.context.newPage();
  await page.goto(FIND);
  const pageSaw = await seen(page);

  // The page's own code saw the answers exactly as served, the error answer, and its own abort.
  expectUntouched(pageSaw.results[0]!, answers[API['find-creators']]!);
  expectUntouched(pageSaw.results[1]!, answers[API['sample-requests']]!);
  expect(pageSaw.results[2]).toEqual({ path: API['find-creators'], via: 'fetch', error: 'AbortError' });
  expect(pageSaw.fetchToString).toBe('function fetch() { [native code] }');
  expect(pageSaw.fetchName).toBe('fetch');
  expect(pageSaw.toStringToString).toBe('function toString() { [native code] }');
  // The only window message the page saw is the page reader's handshake: a random token and a port,
  // no extension id or name (bodies travel over the port, which the page's listeners never see).
  expect(pageSaw.messages).toEqual([{ data: expect.stringMatching(/^[0-9a-f]{32}$/), ports: 1 }]);

  await expectStored(ext, 'creators', 3);
  const creators = await readStore<StoredCreator>(ext.worker, 'creators');
  const mali = creators.find((creator) => creator.creatorId === '7494021386610329876');
  expect(mali).toMatchObject({ key: 'id:7494021386610329876', handle: 'glowwithmali' });
  // Exact, not the compact 128.7K the Thai table shows.
  expect(mali!.metrics.followers).toMatchObject({ kind: 'exact', value: 128734 });
  expect(mali!.metrics.gmv).toMatchObject({ kind: 'exact', value: 90377.25 });
  const beam = creators.find((creator) => creator.creatorId === '7493987765443210001');
  expect(beam!.metrics.gmv).toMatchObject({ kind: 'range', min: 5000, max: 25000 });
  // Hidden (is_authorized: false) stays unknown, never 0.
  const hidden = creators.find((creator) => creator.creatorId === '7491200000000000555');
  expect(hidden!.metrics.followers).toBeUndefined();

  type LogEntry = CaptureLogRecord & { updated: number; unchanged: number; adapter?: string; apiPath?: string; language?: string; message?: string };
  const log = await readStore<LogEntry>(ext.worker, 'captureLog');
  const pageData = log.find((entry) => entry.adapter === 'page-data:find-creators');
  expect(pageData).toMatchObject({ status: 'stored', rowsRead: 4, rejected: 1, language: 'th-TH' });
  // The page's Thai table may be stored first (then the page data updates what it created): which
  // log says "created" depends on that race; the three creators the answer names are invariant.
  expect(pageData!.created + pageData!.updated + pageData!.unchanged).toBe(3);
  // The error answer is logged on its own message, which may arrive after the creators are stored.
  await expect
    .poll(async () => (await readStore<LogEntry>(ext.worker, 'captureLog')).find((entry) => entry.apiPath === API['sample-requests'])?.message ?? '')
    .toMatch(/error answer.*code 100000/);

  // Every API request that reached the server was the page's own: 3 calls made, 2 reached (one aborted before sending).
  expect(pageSaw.calls).toBe(3);
  expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(2);
});

test('page data by XMLHttpRequest: every responseType reads the same for the page, events in order, abort untouched', async ({ ext }) => {
  const counts = await serveApiPages(ext.context, [{ url: MANAGE, calls: xhrCalls }], answers);
  const page = await ext.context.newPage();
  await page.goto(MANAGE);
  const pageSaw = await seen(page);

  for (const result of pageSaw.results.slice(0, 4)) expectUntouched(result, answers[API['manage-creators']]!);
  expect(pageSaw.results[4]).toMatchObject({ status: 0, responseType: 'text' });
  for (const { events } of pageSaw.xhrEvents.slice(0, 4)) expect(events).toEqual(['rs1', 'rs2', 'rs3', 'rs4', 'load', 'loadend']);
  expect(pageSaw.xhrEvents[4]!.events).toEqual(['rs1', 'rs4', 'abort', 'loadend']);
  expect(pageSaw.openToString).toBe('function open() { [native code] }');

  await expectStored(ext, 'creators', 3);
  const creators = await readStore<StoredCreator>(ext.worker, 'creators');
  expect(creators.map((creator) => creator.key).sort()).toEqual(['id:7490000000000001', 'id:7493987765443210001', 'id:7494021386610329876']);
  expect(pageSaw.calls).toBe(5);
  expect(counts.get(API['manage-creators'])).toBeLessThanOrEqual(5);
  expect([...counts.keys()]).toEqual([API['manage-creators']]);
});

test('off switch: with page data turned off in Settings only the tables are read', async ({ ext, openPanel }) => {
  const settings = await openPanel('settings');
  const toggle = settings.getByRole('checkbox', { name: 'Read the data Seller Center pages receive' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(settings.getByText('Only tables are read from the next page load.')).toBeVisible();
  const counts = await serveApiPages(ext.context, [{ url: FIND, calls: fetchCalls.slice(0, 1) }], answers);
  const page = await ext.context.newPage();
  await page.goto(FIND);
  const pageSaw = await seen(page);
  expectUntouched(pageSaw.results[0]!, answers[API['find-creators']]!);
  // The Thai table is still read (headers known through synonyms): handles and compact values only.
  await expectStored(ext, 'creators', 2);
  await page.waitForTimeout(1_000);
  const creators = await readStore<StoredCreator>(ext.worker, 'creators');
  expect(creators.map((creator) => creator.key).sort()).toEqual(['h:glowwithmali', 'h:nongbeam.daily']);
  expect(creators.find((creator) => creator.key === 'h:glowwithmali')!.metrics.followers).toMatchObject({ raw: '128.7K' });
  const log = await readStore<{ adapter?: string; apiPath?: string }>(ext.worker, 'captureLog');
  expect(log.filter((entry) => entry.adapter?.startsWith('page-data:') || entry.apiPath)).toEqual([]);
  expect(counts.get(API['find-creators'])).toBe(1);
});

test('a verification challenge stops the reading until the next page load: only tables are read after it', async ({ ext }) => {
  // The first answer carries the challenge header; the next one is a normal Find creators answer.
  const challenged: Record<string, ApiAnswer> = {
    [API['sample-requests']]: { headers: { 'bdturing-verify': '{"type":"verify","region":"sg"}' }, body: '{"code":0,"message":"success","agg_info":[]}' },
    [API['find-creators']]: answers[API['find-creators']]!,
  };
  const calls: ApiCall[] = [
    { path: API['sample-requests'], method: 'fetch', body: { tab: 10, cur_page: 1, page_size: 20 } },
    { path: API['find-creators'], method: 'xhr', responseType: 'json', body: { query: '' } },
  ];
  const counts = await serveApiPages(ext.context, [{ url: FIND, calls }], challenged);
  const page = await ext.context.newPage();
  await page.goto(FIND);
  const pageSaw = await seen(page);
  expectUntouched(pageSaw.results[1]!, challenged[API['find-creators']]!);
  // The Thai table is still read; the exact page data after the challenge is not.
  await expectStored(ext, 'creators', 2);
  await page.waitForTimeout(1_000);
  const creators = await readStore<StoredCreator>(ext.worker, 'creators');
  expect(creators.map((creator) => creator.key).sort()).toEqual(['h:glowwithmali', 'h:nongbeam.daily']);
  const log = await readStore<{ adapter?: string }>(ext.worker, 'captureLog');
  expect(log.filter((entry) => entry.adapter?.startsWith('page-data:'))).toEqual([]);
  expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(2);
});

test('one capture per view, one record per creator across pages; exact kept over the compact table; the capture report shows it', async ({ ext, openPanel }) => {
  const counts = await serveApiPages(
    ext.context,
    [
      { url: FIND, calls: fetchCalls.slice(0, 1) },
      { url: MANAGE, calls: xhrCalls.slice(0, 1) },
    ],
    answers,
  );
  const page = await ext.context.newPage();
  await page.goto(FIND);
  await seen(page);
  // The Thai table (headers known through synonyms) and the page data describe the same creators:
  // three records, not one per source; the table's 128.7K never replaces the exact 128734.
  await expectStored(ext, 'creators', 3);
  await expect
    .poll(async () => (await readStore<CaptureLogRecord & { adapter?: string }>(ext.worker, 'captureLog')).some((e) => e.adapter === 'find-creators'), { timeout: 15_000 })
    .toBe(true);
  let creators = await readStore<StoredCreator>(ext.worker, 'creators');
  expect(creators.map((creator) => creator.key).sort()).toEqual(['id:7491200000000000555', 'id:7493987765443210001', 'id:7494021386610329876']);
  const mali = creators.find((creator) => creator.key === 'id:7494021386610329876')!;
  expect(mali.metrics.followers).toMatchObject({ kind: 'exact', value: 128734 });
  expect(mali.sources).toContain('find-creators');

  // Another page names the same creators by id and handle (and one new one): still one record each.
  await page.goto(MANAGE);
  await seen(page);
  await expectStored(ext, 'creators', 4);
  creators = await readStore<StoredCreator>(ext.worker, 'creators');
  expect(creators.filter((creator) => creator.key.startsWith('h:'))).toEqual([]);
  expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(2);

  const data = await openPanel('data');
  const report = data.getByRole('region', { name: 'Capture report' });
  await expect(report.getByText(/Page data \(page-data:find-creators\): 4 read, 3 stored, 1 rejected/)).toBeVisible();
  await expect(report.getByText(/Table \(find-creators\)/)).toBeVisible();
  await expect(report.getByRole('button', { name: 'Copy report' })).toBeVisible();
});
