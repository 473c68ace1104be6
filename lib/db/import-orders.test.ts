import type { AffiliateOrder } from '../model/program';
import { buildRollups } from '../rollups/apply';
import type { CreatorDeskDb } from './database';
import { importOrderLines, OrderImportError } from './import-orders';
import { storeContentRows } from './store-content';
import { type OrderLineInput, storedLinesOfOrders, storeOrderRows } from './store-orders';
import { exact, freshDb, freshDbPerTest, localTime } from './test-helpers';

const db = freshDbPerTest();

const T1 = localTime(2026, 3, 5, 9);
const T2 = localTime(2026, 3, 6, 9);
const ctx = (now: number, source = 'import:orders') => ({ source, region: 'US', now });

function line(order: number, overrides: Partial<OrderLineInput> = {}): OrderLineInput {
  return {
    orderId: `5760000000000${String(order).padStart(5, '0')}`,
    productId: `17290000${order % 4}`,
    skuId: `17290001${order % 4}`,
    creatorHandle: ['glow.lab', 'ana', 'bo', 'cy'][order % 4]!,
    contentType: 'video',
    contentId: `73000000${order % 5}`,
    paymentAmount: 10 + order,
    currency: 'USD',
    quantity: 1,
    commissionRate: 0.1,
    estCommission: 1,
    actualCommission: null,
    status: order % 3 === 0 ? 'Canceled' : 'Completed',
    // Days over two rollup periods, out of order as in a file sorted by order.
    createdAt: localTime(2026, 1 + (order % 3), 1 + ((order * 7) % 28), 12),
    refunded: null,
    ...overrides,
  };
}

/** A file's lines: several creators, periods and SKUs per order, a repeated line, a line with no order id. */
function fileLines(): OrderLineInput[] {
  const lines: OrderLineInput[] = [];
  for (let order = 0; order < 40; order++) {
    lines.push(line(order));
    if (order % 4 === 1) lines.push(line(order, { skuId: 'second-sku', productId: 'second-product', paymentAmount: 3 }));
  }
  lines.push(line(7, { status: 'Completed' }));
  lines.push(line(8, { orderId: '  ' }));
  return lines;
}

const sortedLines = async (target: CreatorDeskDb) => (await target.orders.toArray()).map(({ key, ...rest }) => ({ key, ...rest })).sort((a, b) => (a.key < b.key ? -1 : 1));

async function expectRollupsRebuilt(target: CreatorDeskDb): Promise<void> {
  const expected = buildRollups(await target.content.toArray(), (await target.orders.toArray()) as AffiliateOrder[]);
  expect((await target.rollups.toArray()).length).toBe(expected.rollups.length);
  expect(await target.rollupTotals.toArray()).toEqual(expect.arrayContaining(expected.totals));
  expect(await target.rollupOrderIds.toArray()).toEqual(expect.arrayContaining(expected.orderIds));
  expect(await target.contentLinks.toArray()).toEqual(expect.arrayContaining(expected.links));
}

describe('importing order lines in grouped chunks', () => {
  it('stores what storing the lines in file order stores, counts every line, and keeps the rollups right', async () => {
    const reference = freshDb();
    try {
      await storeContentRows(reference, [{ contentId: '730000001', type: 'video', metrics: { views: exact(10) } }], ctx(T1, 'video-list'));
      await storeContentRows(db(), [{ contentId: '730000001', type: 'video', metrics: { views: exact(10) } }], ctx(T1, 'video-list'));
      const expected = await storeOrderRows(reference, fileLines(), ctx(T2));
      const progress: number[] = [];
      const result = await importOrderLines(db(), fileLines(), ctx(T2), { chunkLines: 7, onProgress: (done) => progress.push(done) });

      expect(result).toEqual(expected);
      expect(await sortedLines(db())).toEqual(await sortedLines(reference));
      expect(await db().content.toArray()).toEqual(await reference.content.toArray());
      expect(progress[0]).toBe(1); // the line without an order id, counted at once
      expect(progress.at(-1)).toBe(fileLines().length);
      await expectRollupsRebuilt(db());
    } finally {
      await reference.delete();
    }
  });

  it('merges into lines stored before, found through the order id (a page line without its SKU)', async () => {
    await storeOrderRows(db(), [line(2, { skuId: undefined, paymentAmount: null })], ctx(T1, 'affiliate-orders'));
    const result = await importOrderLines(db(), fileLines(), ctx(T2), { chunkLines: 5 });
    expect(result.updated).toBeGreaterThanOrEqual(1);
    const lines = await storedLinesOfOrders(db(), [line(2).orderId]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ key: `${line(2).orderId}:${line(2).productId}`, skuId: line(2).skuId, paymentAmount: 12, firstSeen: T1 });
    await expectRollupsRebuilt(db());
  });

  it('finds a line a capture stored between two chunks, instead of storing it twice', async () => {
    let captured = false;
    const late = line(39, { skuId: undefined, paymentAmount: null });
    await importOrderLines(db(), fileLines(), ctx(T2), {
      chunkLines: 4,
      pause: async () => {
        if (captured) return;
        captured = true;
        // The orders page shows a line of the file's last order (grouped last) without its SKU.
        await storeOrderRows(db(), [late], ctx(T2 + 1, 'affiliate-orders'));
      },
    });
    const lines = await storedLinesOfOrders(db(), [late.orderId]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ skuId: line(39).skuId, paymentAmount: line(39).paymentAmount });
    await expectRollupsRebuilt(db());
  });

  it('keeps the chunks stored before a failing write and says how many lines they held', async () => {
    let chunks = 0;
    db().orders.hook('creating', () => {
      if (++chunks > 5) throw new Error('disk full');
    });
    const error = await importOrderLines(db(), fileLines(), ctx(T2), { chunkLines: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OrderImportError);
    const { savedRows, partial } = error as OrderImportError;
    expect(savedRows).toBe(await db().orders.count());
    expect(partial.created).toBe(savedRows);
    await expectRollupsRebuilt(db());
  });
});
