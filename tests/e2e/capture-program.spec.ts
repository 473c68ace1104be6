import { demoPage } from '../support/demo-pages';
import { type CaptureLogRecord, readStore } from '../support/extension-db';
import { serveSellerCenter } from '../support/seller-center-routes';
import { expect, test } from './fixtures';

const PROGRAM_PAGES = [
  { fixture: 'target-collaboration.fixture-a.html', kind: 'target-collaboration', store: 'collaborations' },
  { fixture: 'open-collaboration.fixture-b.html', kind: 'open-collaboration', store: 'collaborations' },
  { fixture: 'sample-requests.fixture-a.html', kind: 'sample-requests', store: 'samples' },
  { fixture: 'affiliate-orders.fixture-a.html', kind: 'affiliate-orders', store: 'orders' },
] as const;

for (const { fixture, kind, store } of PROGRAM_PAGES) {
  test(`${kind}: the page's rows are stored, a rejected row is counted, not written`, async ({ ext }) => {
    const page = demoPage(fixture);
    await serveSellerCenter(ext.context, [page]);
    const tab = await ext.context.newPage();
    await tab.goto(page.url);

    await expect.poll(async () => (await readStore<CaptureLogRecord>(ext.worker, 'captureLog')).length, { timeout: 15_000 }).toBeGreaterThan(0);
    const [entry] = await readStore<CaptureLogRecord>(ext.worker, 'captureLog');
    expect(entry).toMatchObject({ pageKind: kind, status: 'stored' });
    expect(entry!.rejected).toBeGreaterThanOrEqual(1);
    const stored = await readStore<{ statusHistory?: unknown[] }>(ext.worker, store);
    expect(stored.length).toBe(entry!.created);
    expect(stored.length).toBe(entry!.rowsRead - entry!.rejected);
    if (store !== 'orders') for (const record of stored) expect(record.statusHistory?.length ?? 0).toBeGreaterThanOrEqual(1);
  });
}

test('every sample request points at a stored creator', async ({ ext }) => {
  const samples = demoPage('sample-requests.fixture-a.html');
  await serveSellerCenter(ext.context, [samples]);
  const tab = await ext.context.newPage();
  await tab.goto(samples.url);
  await expect.poll(async () => (await readStore(ext.worker, 'samples')).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const stored = await readStore<{ creatorKey?: string; creatorHandle?: string }>(ext.worker, 'samples');
  const creators = await readStore<{ key: string }>(ext.worker, 'creators');
  const keys = new Set(creators.map((creator) => creator.key));
  // The sample page shows only @handles: each sample still points at a stored creator.
  for (const sample of stored) expect(keys.has(sample.creatorKey!)).toBe(true);
});
