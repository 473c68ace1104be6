import type { Page } from '@playwright/test';
import { appendRows, nextPage } from '../support/simulate-table';
import { demoPage } from '../support/demo-pages';
import { type CaptureLogRecord, readStore } from '../support/extension-db';
import { readFixture, serveSellerCenter } from '../support/seller-center-routes';
import { expect, expectStored, test } from './fixtures';

const findCreators = demoPage('find-creators.fixture-a.html');
const findCreatorsUk = demoPage('find-creators.fixture-b.html');
const manageCreators = demoPage('manage-creators.fixture-a.html');
const videos = demoPage('video-analysis.fixture-a.html');

interface StoredCreator {
  key: string;
  handle?: string;
  displayName?: string;
  lastSeen: number;
  updatedAt: number;
  sources: string[];
  metrics: Record<string, { kind: string; value?: number; min?: number | null; max?: number | null }>;
}

test('Find creators: rows are stored and shown in the side panel', async ({ ext, openPanel }) => {
  await serveSellerCenter(ext.context, [findCreators]);
  const page = await ext.context.newPage();
  await page.goto(findCreators.url);

  await expectStored(ext, 'creators', 15);
  const creators = await readStore<StoredCreator>(ext.worker, 'creators');
  const handles = creators.map((c) => c.handle);
  expect(handles).toContain('glowwithmaya');
  // `--` is unknown, never 0; ranges keep their bounds.
  for (const creator of creators) {
    for (const metric of Object.values(creator.metrics)) {
      if (metric.kind === 'exact') expect(Number.isFinite(metric.value)).toBe(true);
    }
  }
  const [log] = await readStore<CaptureLogRecord>(ext.worker, 'captureLog');
  expect(log).toMatchObject({ pageKind: 'find-creators', status: 'stored', rowsRead: 16, created: 15, rejected: 1 });

  const panel = await openPanel('creators');
  await expect(panel.getByRole('table', { name: /^Creators, 15\b/ })).toBeVisible();
  await expect(panel.getByRole('link', { name: '@glowwithmaya' })).toBeVisible();
  // A display name that is markup on the page stays text in the panel.
  expect(await panel.locator('img[src="x"]').count()).toBe(0);

  const data = await openPanel('data');
  await expect(data.getByTestId('count-creators')).toHaveText('15');
});

test('scroll-loaded batches are captured without re-sending rows already stored', async ({ ext }) => {
  await serveSellerCenter(ext.context, [findCreators]);
  const page = await ext.context.newPage();
  await page.goto(findCreators.url);
  await expectStored(ext, 'creators', 15);

  for (const batch of ['a', 'b', 'c']) await appendRows(page, findCreators.rows, 20, batch);
  const sum = (entries: CaptureLogRecord[], field: 'rowsRead' | 'created' | 'rejected') => entries.reduce((total, entry) => total + entry[field], 0);
  // Each row element is read and sent once: the 16 original rows + 60 appended, however the
  // batches fall into captures.
  await expect.poll(async () => sum(await readStore<CaptureLogRecord>(ext.worker, 'captureLog'), 'rowsRead')).toBe(16 + 60);
  const log = await readStore<CaptureLogRecord>(ext.worker, 'captureLog');
  // Clones of the fixture's row without a handle are rejected again; every other row is a new creator.
  expect(sum(log, 'rejected')).toBeGreaterThanOrEqual(4);
  expect(sum(log, 'created')).toBe(76 - sum(log, 'rejected'));
  expect(await readStore(ext.worker, 'creators')).toHaveLength(sum(log, 'created'));
});

test('pagination that replaces rows is captured', async ({ ext }) => {
  await serveSellerCenter(ext.context, [manageCreators]);
  const page = await ext.context.newPage();
  await page.goto(manageCreators.url);
  await expect.poll(async () => (await readStore(ext.worker, 'creators')).length).toBeGreaterThan(5);
  const firstPage = (await readStore(ext.worker, 'creators')).length;

  await nextPage(page, manageCreators.rows, 'p2');
  await expect.poll(async () => (await readStore(ext.worker, 'creators')).length).toBe(firstPage * 2);
});

test('an in-app route change to another page is captured as that page', async ({ ext }) => {
  await serveSellerCenter(ext.context, [findCreators, videos]);
  const page = await ext.context.newPage();
  await page.goto(findCreators.url);
  await expectStored(ext, 'creators', 15);

  // The SPA swaps the document body and pushes a new address without a reload.
  const body = readFixture(videos.fixture);
  await page.evaluate(
    ({ body, url }) => {
      const doc = new DOMParser().parseFromString(body, 'text/html');
      history.pushState({}, '', url);
      document.body.replaceWith(document.adoptNode(doc.body));
    },
    { body, url: videos.url },
  );
  await expect.poll(async () => (await readStore(ext.worker, 'content')).length).toBeGreaterThan(5);
  const log = await readStore<CaptureLogRecord>(ext.worker, 'captureLog');
  expect(log.map((entry) => entry.pageKind)).toContain('video-analysis');
});

test('capturing the same page twice changes nothing but "last seen"', async ({ ext }) => {
  await serveSellerCenter(ext.context, [findCreators]);
  const page = await ext.context.newPage();
  await page.goto(findCreators.url);
  await expectStored(ext, 'creators', 15);
  const before = await readStore<StoredCreator>(ext.worker, 'creators');
  const snapshotsBefore = await readStore(ext.worker, 'snapshots');

  await page.reload();
  await expect.poll(async () => (await readStore<CaptureLogRecord>(ext.worker, 'captureLog')).length).toBe(2);
  const after = await readStore<StoredCreator>(ext.worker, 'creators');
  expect(after).toHaveLength(before.length);
  for (const creator of after) {
    const old = before.find((c) => c.key === creator.key)!;
    expect(creator.lastSeen).toBeGreaterThan(old.lastSeen);
    expect({ ...creator, lastSeen: 0 }).toEqual({ ...old, lastSeen: 0 });
  }
  expect(await readStore(ext.worker, 'snapshots')).toEqual(snapshotsBefore);
  const [, second] = await readStore<CaptureLogRecord>(ext.worker, 'captureLog');
  expect(second).toMatchObject({ created: 0 });
});

test('a second layout (Seller Center theme, div rows, UK) is read too', async ({ ext, openPanel }) => {
  await serveSellerCenter(ext.context, [findCreatorsUk]);
  const page = await ext.context.newPage();
  await page.goto(findCreatorsUk.url);
  await expect.poll(async () => (await readStore(ext.worker, 'creators')).length).toBeGreaterThan(10);
  const panel = await openPanel('data');
  await expect(panel.getByText(/Find creators/).first()).toBeVisible();
});

test('an unknown table layout is reported with its headers and nothing is written', async ({ ext, openPanel }) => {
  await serveSellerCenter(ext.context, [{ url: findCreators.url, fixture: 'lib/adapters/unknown-layout.fixture.html' }]);
  const page = await ext.context.newPage();
  await page.goto(findCreators.url);
  await expect.poll(async () => (await readStore<CaptureLogRecord>(ext.worker, 'captureLog')).map((e) => e.status)).toEqual(['unrecognized']);
  expect(await readStore(ext.worker, 'creators')).toHaveLength(0);
  const [entry] = await readStore<CaptureLogRecord>(ext.worker, 'captureLog');
  expect(entry!.headers!.length).toBeGreaterThan(0);

  const panel = await openPanel('data');
  await expect(panel.getByText(/not recogni[sz]ed/i).first()).toBeVisible();
  await expect(panel.getByText(entry!.headers![0]!).first()).toBeVisible();
});

test('a tab switch shows another table: its rows are captured, the hidden tab is not read', async ({ ext }) => {
  await serveSellerCenter(ext.context, [manageCreators]);
  const page = await ext.context.newPage();
  await page.goto(manageCreators.url);
  await expect.poll(async () => (await readStore(ext.worker, 'creators')).length).toBeGreaterThan(5);
  const firstTab = (await readStore(ext.worker, 'creators')).length;

  // The "Collaborating" tab renders its own table into its (hidden) pane, as Arco does.
  await page.evaluate(() => {
    const [first, second] = document.querySelectorAll('.arco-tabs-content-item');
    second!.append(first!.querySelector('.arco-table')!.cloneNode(true));
  });
  await nextPageInPane(page, 1);
  await page.waitForTimeout(1500);
  expect(await readStore(ext.worker, 'creators')).toHaveLength(firstTab);

  // The seller clicks the tab: that pane becomes the active one and its rows are read.
  await page.evaluate(() => {
    const panes = document.querySelectorAll('.arco-tabs-content-item');
    panes[0]!.classList.remove('arco-tabs-content-item-active');
    panes[1]!.classList.add('arco-tabs-content-item-active');
  });
  await expect.poll(async () => (await readStore(ext.worker, 'creators')).length).toBe(firstTab * 2);
});

/** Renames every row of the table in the n-th tab pane (new creators), visible or not. */
async function nextPageInPane(page: Page, pane: number): Promise<void> {
  await nextPage(page, { container: `.arco-tabs-content-item:nth-child(${pane + 1}) tbody`, row: 'tr.arco-table-tr' }, 'tab');
}
