/** The background's handling of collaboration, sample and order captures (the program pages). */
import { exact, localTime, quotaError } from '../db/test-helpers';
import type { CaptureMessage } from '../messages/content-messages';
import type { CollaborationRow, OrderRow, SampleRow } from '../model/entities';
import type { PageKind } from '../pages/page-kind';
import { handlerTestContext } from './test-context';
import { handleContentMessage, saveFailureMessage } from './handle-capture';

const ctx = handlerTestContext();
const { db, deps } = ctx;
afterEach(() => {
  vi.restoreAllMocks();
});

const PAGES = {
  collaborations: { kind: 'target-collaboration', url: 'https://affiliate-us.tiktok.com/connection/target-invitation?shop_region=US' },
  samples: { kind: 'sample-requests', url: 'https://affiliate-us.tiktok.com/product/sample-request?shop_region=US' },
  orders: { kind: 'affiliate-orders', url: 'https://affiliate-us.tiktok.com/product/order?shop_region=US' },
} as const satisfies Record<string, { kind: PageKind; url: string }>;

function capture<E extends keyof typeof PAGES>(
  entity: E,
  rows: (E extends 'collaborations' ? CollaborationRow : E extends 'samples' ? SampleRow : OrderRow)[],
  rejected: { reason: string; count: number }[] = [],
): CaptureMessage {
  const page = PAGES[entity];
  return {
    type: 'capture',
    url: page.url,
    kind: page.kind,
    region: 'US',
    result: { status: 'recognized', adapter: page.kind, entity, rowsRead: rows.length + rejected.reduce((n, r) => n + r.count, 0), rejected, rows } as never,
  };
}

const invitation: CollaborationRow = {
  kind: 'target',
  invitationId: '7301',
  name: 'Spring glow',
  products: [{ id: '1729000000000000001', name: 'Glow serum' }],
  creatorHandles: ['glow.lab'],
  commissionRate: exact(0.15, '15%', 'percent'),
  validFrom: '2026-03-01',
  validTo: '2026-05-31',
  status: 'ongoing',
};

const sampleRow: SampleRow = { requestId: '8801', creatorHandle: 'glow.lab', productId: '1729000000000000001', sku: 'Rose', status: 'shipped', statusText: 'Shipped' };

const orderRow: OrderRow = {
  orderId: '576000000000000001',
  productId: '1729000000000000001',
  creatorHandle: 'Glow.Lab',
  contentType: 'video',
  contentId: '7300000000000000001',
  paymentAmount: exact(25.98, '$25.98', 'USD'),
  quantity: exact(2),
  commissionRate: exact(0.1, '10%', 'percent'),
  estCommission: exact(2.6, '$2.60', 'USD'),
  status: 'Pending',
  createdAt: localTime(2026, 3, 4, 14, 5),
  createdText: '2026-03-04 14:05:00',
};

describe('program page captures', () => {
  it('stores collaborations, samples and orders, linked to one creator, and logs each capture', async () => {
    const tab = { tabId: 7 };
    expect(await handleContentMessage(capture('collaborations', [invitation]), { ...tab, url: PAGES.collaborations.url }, deps())).toEqual({ ok: true });
    expect(await handleContentMessage(capture('samples', [sampleRow], [{ reason: 'no product id', count: 1 }]), { ...tab, url: PAGES.samples.url }, deps())).toEqual({ ok: true });
    expect(await handleContentMessage(capture('orders', [orderRow]), { ...tab, url: PAGES.orders.url }, deps())).toEqual({ ok: true });

    expect(await db().creators.toCollection().primaryKeys()).toEqual(['h:glow.lab']);
    expect(await db().collaborations.get('7301')).toMatchObject({ creatorKeys: ['h:glow.lab'], commissionRate: 0.15, status: 'ongoing' });
    expect(await db().samples.get('8801')).toMatchObject({ creatorKey: 'h:glow.lab', status: 'shipped', shippedAt: ctx.clock });
    expect(await db().orders.get('576000000000000001:1729000000000000001')).toMatchObject({
      creatorKey: 'h:glow.lab',
      contentId: '7300000000000000001',
      paymentAmount: 25.98,
      currency: 'USD',
      quantity: 2,
      commissionRate: 0.1,
      estCommission: 2.6,
      actualCommission: null,
      refunded: null,
      status: 'Pending',
      statusHistory: [{ status: 'Pending', at: ctx.clock }],
    });

    const log = await db().captureLog.toArray();
    expect(log.map((entry) => [entry.pageKind, entry.entity, entry.status, entry.created])).toEqual([
      ['target-collaboration', 'collaborations', 'stored', 1],
      ['sample-requests', 'samples', 'stored', 1],
      ['affiliate-orders', 'orders', 'stored', 1],
    ]);
    expect(log[1]).toMatchObject({ rowsRead: 2, rejected: 1, reasons: [{ reason: 'no product id', count: 1 }] });
    expect(ctx.tabStatus.last()).toMatchObject({ kind: 'affiliate-orders', lastResult: 'stored', rowsCaptured: 1 });
  });

  it('a recapture changes nothing but lastSeen, and a new status is added to the history', async () => {
    const sender = { tabId: 7, url: PAGES.samples.url };
    await handleContentMessage(capture('samples', [sampleRow]), sender, deps());
    const before = await db().samples.toArray();
    ctx.clock += 60_000;
    await handleContentMessage(capture('samples', [sampleRow]), sender, deps());
    expect(await db().samples.toArray()).toEqual(before.map((sample) => ({ ...sample, lastSeen: ctx.clock })));
    ctx.clock += 60_000;
    await handleContentMessage(capture('samples', [{ ...sampleRow, status: 'completed' }]), sender, deps());
    expect((await db().samples.get('8801'))?.statusHistory.map((change) => change.status)).toEqual(['shipped', 'completed']);
    expect((await db().captureLog.toArray()).map((entry) => [entry.created, entry.updated, entry.unchanged])).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
    ]);
  });

  it('stores nothing of a failed capture and says what could not be saved', async () => {
    vi.spyOn(db().orders, 'bulkPut').mockRejectedValue(quotaError());
    const response = await handleContentMessage(capture('orders', [orderRow, { ...orderRow, orderId: '2' }]), { tabId: 7, url: PAGES.orders.url }, deps());
    expect(response).toEqual({ ok: false, error: saveFailureMessage(quotaError(), 2, 'orders') });
    expect(response.error).toMatch(/^Could not save 2 order lines: your browser's storage is full/);
    expect(await db().orders.count()).toBe(0);
    expect(await db().creators.count()).toBe(0);
    expect((await db().captureLog.toArray())[0]).toMatchObject({ status: 'failed', entity: 'orders' });
  });

  it('names each entity in failure messages', () => {
    const error = new Error('x');
    expect(saveFailureMessage(error, 1, 'collaborations')).toMatch(/^Could not save 1 collaboration:/);
    expect(saveFailureMessage(error, 3, 'samples')).toMatch(/^Could not save 3 sample requests:/);
  });
});
