/**
 * The program pages' adapter fixtures, end to end through the background: what each adapter reads is
 * a valid message, is stored linked to its creators, and a recapture changes nothing but lastSeen.
 */
import { readPage } from '../adapters';
import { loadFixture } from '../adapters/testing';
import { localTime, freshDbPerTest } from '../db/test-helpers';
import { parseContentMessage } from '../messages/content-messages';
import type { PageKind } from '../pages/page-kind';
import { handleContentMessage } from './handle-capture';
import { createMemoryTabStatusStore } from '../tab-status/tab-status';

const PAGES: { fixture: string; kind: PageKind; region: string; url: string; table: 'collaborations' | 'samples' | 'orders' }[] = [
  { fixture: 'target-collaboration.fixture-a.html', kind: 'target-collaboration', region: 'US', url: 'https://affiliate-us.tiktok.com/connection/target-invitation?shop_region=US', table: 'collaborations' },
  { fixture: 'target-collaboration.fixture-b.html', kind: 'target-collaboration', region: 'GB', url: 'https://affiliate.tiktok.com/connection/target-invitation?shop_region=GB', table: 'collaborations' },
  { fixture: 'open-collaboration.fixture-a.html', kind: 'open-collaboration', region: 'US', url: 'https://affiliate-us.tiktok.com/product/open-collaboration?shop_region=US', table: 'collaborations' },
  { fixture: 'open-collaboration.fixture-b.html', kind: 'open-collaboration', region: 'GB', url: 'https://affiliate.tiktok.com/product/open-collaboration?shop_region=GB', table: 'collaborations' },
  { fixture: 'sample-requests.fixture-a.html', kind: 'sample-requests', region: 'US', url: 'https://affiliate-us.tiktok.com/product/sample-request?shop_region=US', table: 'samples' },
  { fixture: 'sample-requests.fixture-b.html', kind: 'sample-requests', region: 'GB', url: 'https://affiliate.tiktok.com/product/sample-request?shop_region=GB', table: 'samples' },
  { fixture: 'affiliate-orders.fixture-a.html', kind: 'affiliate-orders', region: 'US', url: 'https://affiliate-us.tiktok.com/product/order?shop_region=US', table: 'orders' },
  { fixture: 'affiliate-orders.fixture-b.html', kind: 'affiliate-orders', region: 'GB', url: 'https://affiliate.tiktok.com/product/order?shop_region=GB', table: 'orders' },
];

const db = freshDbPerTest();

describe.each(PAGES)('$fixture', ({ fixture, kind, region, url, table }) => {
  it('is stored linked to its creators, and recaptured without changes', async () => {
    const result = readPage(loadFixture(fixture), kind, region);
    if (result.status !== 'recognized') throw new Error(`not recognised: ${result.status}`);
    const message = { type: 'capture', url, kind, region, result };
    const parsed = parseContentMessage(message);
    if (!parsed.ok) throw new Error(parsed.reason);

    let clock = localTime(2026, 3, 5, 10);
    const deps = { db: db(), tabStatus: createMemoryTabStatusStore(), now: () => clock };
    expect(await handleContentMessage(message, { tabId: 1, url }, deps)).toEqual({ ok: true });
    const [log] = await db().captureLog.toArray();
    expect(log).toMatchObject({ status: 'stored', entity: table, rowsRead: result.rowsRead });
    const stored = await db().table(table).toArray();
    expect(stored.length).toBeGreaterThan(0);
    expect(log!.created).toBe(stored.length);

    const creatorKeys = new Set(await db().creators.toCollection().primaryKeys());
    const linked = stored.flatMap((record: { creatorKey?: string; creatorKeys?: string[] }) => record.creatorKeys ?? (record.creatorKey ? [record.creatorKey] : []));
    for (const key of linked) expect(creatorKeys.has(key)).toBe(true);
    if (kind !== 'open-collaboration') expect(linked.length).toBeGreaterThan(0);

    clock += 60_000;
    const before = await db().table(table).toArray();
    await handleContentMessage(message, { tabId: 1, url }, deps);
    expect(await db().table(table).toArray()).toEqual(before.map((record) => ({ ...record, lastSeen: clock })));
  });
});
