import { storeContentRows } from './store-content';
import { storeCreatorRows } from './store-creators';
import { matchOrderLine, ORDER_WITHOUT_ID, ORDER_WITHOUT_TIME, type OrderLineInput, storedLinesOfOrders, storeOrderRows } from './store-orders';
import { localTime, freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();

const T1 = localTime(2026, 3, 5, 9);
const T2 = localTime(2026, 3, 6, 9);
const T3 = localTime(2026, 3, 7, 9);
const CREATED = localTime(2026, 3, 1, 14, 30);
const ctx = (now: number, source = 'import:orders') => ({ source, region: 'US', now });

function line(overrides: Partial<OrderLineInput> = {}): OrderLineInput {
  return {
    orderId: '576000000000000001',
    productId: '1729000000000000001',
    skuId: '1729000000000000101',
    creatorHandle: 'glow.lab',
    contentType: 'video',
    contentId: '7300000000000000001',
    paymentAmount: 19.99,
    currency: 'USD',
    quantity: 1,
    commissionRate: 0.15,
    estCommission: 3,
    actualCommission: null,
    status: 'Pending',
    createdAt: CREATED,
    refunded: null,
    ...overrides,
  };
}

describe('storing affiliate order lines', () => {
  it('keys lines by order and SKU and keeps their fields, with the first status in the history', async () => {
    const result = await storeOrderRows(db(), [line(), line({ skuId: '1729000000000000102', paymentAmount: 5 })], ctx(T1));
    expect(result).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: [], creatorsCreated: 1, linkedToContent: 0 });
    expect(await db().orders.get('576000000000000001:1729000000000000101')).toEqual({
      key: '576000000000000001:1729000000000000101',
      orderId: '576000000000000001',
      creatorKey: 'h:glow.lab',
      creatorHandle: 'glow.lab',
      productId: '1729000000000000001',
      skuId: '1729000000000000101',
      contentType: 'video',
      contentId: '7300000000000000001',
      paymentAmount: 19.99,
      currency: 'USD',
      quantity: 1,
      commissionRate: 0.15,
      estCommission: 3,
      actualCommission: null,
      status: 'Pending',
      statusHistory: [{ status: 'Pending', at: T1 }],
      createdAt: CREATED,
      refunded: null,
      firstSeen: T1,
      lastSeen: T1,
      updatedAt: T1,
    });
    // A creator seen only through orders is created minimally, by handle.
    expect(await db().creators.get('h:glow.lab')).toMatchObject({ handle: 'glow.lab', sources: ['import:orders'], metrics: {} });
  });

  it('changes nothing but lastSeen when the same lines are stored again', async () => {
    const rows = [line(), line({ orderId: '576000000000000002' })];
    await storeOrderRows(db(), rows, ctx(T1));
    const before = await db().orders.toArray();
    const creatorsBefore = await db().creators.toArray();
    const result = await storeOrderRows(db(), rows, ctx(T2));
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 2, creatorsCreated: 0 });
    const after = await db().orders.toArray();
    expect(after).toEqual(before.map((order) => ({ ...order, lastSeen: T2 })));
    expect(await db().creators.toArray()).toEqual(creatorsBefore);
  });

  it('appends status changes to the history instead of overwriting them', async () => {
    await storeOrderRows(db(), [line()], ctx(T1));
    const same = await storeOrderRows(db(), [line({ status: ' pending ' })], ctx(T2)); // same status, other spelling
    expect(same.unchanged).toBe(1);
    await storeOrderRows(db(), [line({ status: 'Completed', actualCommission: 2.9 })], ctx(T2));
    await storeOrderRows(db(), [line({ status: undefined, refunded: true })], ctx(T3)); // unknown status keeps it
    let order = await db().orders.get('576000000000000001:1729000000000000101');
    expect(order).toMatchObject({ status: 'Completed', actualCommission: 2.9, refunded: true });
    expect(order?.statusHistory).toEqual([
      { status: 'Pending', at: T1 },
      { status: 'Completed', at: T2 },
    ]);
    await storeOrderRows(db(), [line({ status: 'Cancelled' })], ctx(T3));
    order = await db().orders.get('576000000000000001:1729000000000000101');
    expect(order?.statusHistory?.map((change) => change.status)).toEqual(['Pending', 'Completed', 'Cancelled']);
  });

  it('starts the history of a line stored without one from its stored status', async () => {
    await storeOrderRows(db(), [line()], ctx(T1));
    const stored = (await db().orders.toArray())[0]!;
    delete stored.statusHistory;
    await db().orders.put(stored);
    await storeOrderRows(db(), [line({ status: 'Completed' })], ctx(T2));
    expect((await db().orders.get(stored.key))?.statusHistory).toEqual([
      { status: 'Pending', at: T1 },
      { status: 'Completed', at: T2 },
    ]);
  });

  it('keeps known values when a later source does not know them', async () => {
    await storeOrderRows(db(), [line({ actualCommission: 2.5, refunded: false })], ctx(T1));
    const result = await storeOrderRows(
      db(),
      [line({ paymentAmount: null, currency: undefined, actualCommission: null, refunded: null, contentType: 'other', createdAt: null })],
      ctx(T2, 'affiliate-orders'),
    );
    expect(result.unchanged).toBe(1);
    expect(await db().orders.get('576000000000000001:1729000000000000101')).toMatchObject({
      paymentAmount: 19.99,
      currency: 'USD',
      actualCommission: 2.5,
      refunded: false,
      contentType: 'video',
      createdAt: CREATED,
    });
  });

  it('merges a page line without SKU id with the export line of the same order and product', async () => {
    await storeOrderRows(db(), [line({ skuId: undefined, status: 'Pending' })], ctx(T1, 'affiliate-orders'));
    expect(await db().orders.count()).toBe(1);
    const result = await storeOrderRows(db(), [line({ status: 'Completed' })], ctx(T2));
    expect(result).toMatchObject({ created: 0, updated: 1 });
    const [order] = await db().orders.toArray();
    expect(order).toMatchObject({ key: '576000000000000001:1729000000000000001', skuId: '1729000000000000101', status: 'Completed' });
    // And the page line seen again (still without SKU) is the same record.
    expect((await storeOrderRows(db(), [line({ skuId: undefined, status: 'Completed' })], ctx(T3))).unchanged).toBe(1);
    expect(await db().orders.count()).toBe(1);
  });

  it('keeps two SKUs of one product apart', () => {
    const a = { key: 'o:s1', orderId: 'o', productId: 'p', skuId: 's1' } as never;
    const b = { key: 'o:s2', orderId: 'o', productId: 'p', skuId: 's2' } as never;
    expect(matchOrderLine([a, b], { orderId: 'o', productId: 'p', skuId: 's2' })).toBe(b);
    expect(matchOrderLine([a, b], { orderId: 'o', productId: 'p' })).toBeUndefined();
    expect(matchOrderLine([a], { orderId: 'o', productId: 'p', skuId: 's3' })).toBeUndefined();
    expect(matchOrderLine([a], { orderId: 'o' })).toBe(a);
  });

  it('links lines to a creator known by id through the handle, and to the stored content piece', async () => {
    await storeCreatorRows(db(), [{ creatorId: '7001', handle: 'Glow.Lab', metrics: {} }], ctx(T1, 'find-creators'));
    await storeContentRows(db(), [{ contentId: '7300000000000000001', type: 'video', metrics: {} }], ctx(T1, 'video-analysis'));
    const result = await storeOrderRows(
      db(),
      [line({ creatorHandle: '@GLOW.LAB' }), line({ orderId: '576000000000000009', creatorHandle: undefined, contentId: '7300000000000000001' })],
      ctx(T2),
    );
    expect(result).toMatchObject({ created: 2, creatorsCreated: 0, linkedToContent: 2 });
    const orders = await db().orders.toArray();
    expect(orders.map((order) => order.creatorKey)).toEqual(['id:7001', 'id:7001']);
    // The piece did not know its creator: the order line told.
    expect(await db().content.get('video:7300000000000000001')).toMatchObject({ creatorKey: 'id:7001', creatorHandle: 'GLOW.LAB', updatedAt: T2 });
    expect(await db().creators.count()).toBe(1);
  });

  it('takes the creator from the content piece when the line names none', async () => {
    await storeContentRows(db(), [{ contentId: '42', type: 'live', creatorHandle: 'livequeen', metrics: {} }], ctx(T1, 'video-analysis'));
    await storeOrderRows(db(), [line({ creatorHandle: undefined, contentType: 'live', contentId: '42' })], ctx(T2));
    expect((await db().orders.toArray())[0]?.creatorKey).toBe('h:livequeen');
  });

  it('rejects lines without an order id, and new lines without a time', async () => {
    const result = await storeOrderRows(db(), [line({ orderId: '  ' }), line({ orderId: '9', createdAt: null }), line()], ctx(T1));
    expect(result).toMatchObject({
      created: 1,
      rejected: [
        { reason: ORDER_WITHOUT_ID, count: 1 },
        { reason: ORDER_WITHOUT_TIME, count: 1 },
      ],
    });
  });

  it('stores nothing of a batch when a write fails', async () => {
    await storeOrderRows(db(), [line()], ctx(T1));
    const before = await db().orders.toArray();
    const spy = vi.spyOn(db().orders, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(storeOrderRows(db(), [line({ status: 'Completed' }), line({ orderId: '2' })], ctx(T2))).rejects.toThrow();
    spy.mockRestore();
    expect(await db().orders.toArray()).toEqual(before);
    expect(await db().creators.count()).toBe(1);
  });

  it('reads stored lines in bulk, not per row', async () => {
    await storeOrderRows(db(), Array.from({ length: 300 }, (_, i) => line({ orderId: String(1000 + i) })), ctx(T1));
    const where = vi.spyOn(db().orders, 'where');
    const get = vi.spyOn(db().orders, 'get');
    await storeOrderRows(db(), Array.from({ length: 300 }, (_, i) => line({ orderId: String(1000 + i), status: 'Completed' })), ctx(T2));
    expect(get).not.toHaveBeenCalled();
    expect(where.mock.calls.length).toBeLessThanOrEqual(2);
  });
});

describe('storedLinesOfOrders', () => {
  it('finds the lines of each order by key, whether the orders lie close together or far apart', async () => {
    const line = (orderId: string, sku: string) => ({
      key: `${orderId}:${sku}`, orderId, skuId: sku, contentType: 'showcase' as const, quantity: 1, commissionRate: 0.1, estCommission: 1,
      actualCommission: null, paymentAmount: 10, currency: 'USD' as const, createdAt: 1, refunded: null, firstSeen: 1, lastSeen: 1, updatedAt: 1,
    });
    // 300 orders of two lines; order ids of different lengths sort apart from their keys ("57:" after "570").
    await db().orders.bulkPut(Array.from({ length: 300 }, (_, i) => [line(String(500 + i), 'a'), line(String(500 + i), 'b')]).flat());
    await db().orders.bulkPut([line('57', 'a'), line('5', 'a')]);
    const keys = async (ids: string[]) => (await storedLinesOfOrders(db(), ids)).map((l) => l.key).sort();
    expect(await keys(['510', '511'])).toEqual(['510:a', '510:b', '511:a', '511:b']); // a dense range
    expect(await keys(['500', '799'])).toEqual(['500:a', '500:b', '799:a', '799:b']); // sparse: order by order
    expect(await keys(['57', '5'])).toEqual(['57:a', '5:a']);
    expect(await keys(['none', '4'])).toEqual([]);
    expect(await keys([])).toEqual([]);
  });
});
