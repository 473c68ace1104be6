/**
 * Video links are kept for stored pieces only (schema 13): a piece stored after the order lines that
 * name it counts them through the orders' `[contentType+contentId]` index; lines naming a piece not
 * stored write no link; a piece taken out takes its links along. Each case is checked against a
 * from-scratch rebuild too.
 */
import type { ContentPiece } from '../model/entities';
import type { AffiliateOrder } from '../model/program';
import { buildRollups } from '../rollups/apply';
import { F, FIELDS } from '../rollups/fields';
import { freshDbPerTest, localTime } from './test-helpers';

const db = freshDbPerTest();

const DAY = localTime(2026, 9, 14);

function piece(id: string, extra: Partial<ContentPiece> = {}): ContentPiece {
  return {
    key: `video:${id}`,
    contentId: id,
    type: 'video',
    creatorKey: 'id:1',
    postDate: '2026-09-14',
    productIds: [],
    // Clicks known, no `orders` metric: the piece counts the stored orders naming it (F.LINKED).
    metrics: { clicks: { kind: 'exact', value: 40, raw: '40' } },
    firstSeen: 1,
    lastSeen: 1,
    updatedAt: 1,
    ...extra,
  } as ContentPiece;
}

function line(orderId: string, sku: string, contentId: string, extra: Partial<AffiliateOrder> = {}): AffiliateOrder {
  return {
    key: `${orderId}:${sku}`,
    orderId,
    creatorKey: 'id:1',
    productId: 'p1',
    skuId: sku,
    contentType: 'video',
    contentId,
    paymentAmount: 10,
    currency: 'USD',
    quantity: 1,
    commissionRate: 0.1,
    estCommission: 1,
    actualCommission: null,
    status: 'Completed',
    createdAt: DAY,
    refunded: null,
    firstSeen: 1,
    lastSeen: 1,
    updatedAt: 1,
    ...extra,
  } as AffiliateOrder;
}

/** F.LINKED summed over the stored rollup records of creator `id:1`. */
async function linked(): Promise<number> {
  let n = 0;
  for (const record of await db().rollups.where('period').aboveOrEqual(0).toArray()) {
    if (record.creatorKey !== 'id:1') continue;
    for (let i = 0; i < record.days.length; i++) n += record.values[i * FIELDS + F.LINKED]!;
  }
  return n;
}

async function expectAsRebuilt(): Promise<void> {
  const rebuilt = buildRollups(await db().content.toArray(), await db().orders.toArray());
  const sort = <T extends { piece: string }>(links: T[]) => [...links].sort((a, b) => (a.piece < b.piece ? -1 : 1));
  expect(sort(await db().contentLinks.toArray())).toEqual(sort(rebuilt.links));
  expect(await db().rollups.toArray()).toEqual(expect.arrayContaining(rebuilt.rollups));
  expect(await db().rollups.count()).toBe(rebuilt.rollups.length);
}

describe('video links of stored pieces', () => {
  it('a piece stored after the lines naming it counts their distinct orders through the index', async () => {
    await db().orders.bulkPut([
      line('A', 's1', 'v1'),
      line('A', 's2', 'v1'), // a second SKU of order A: one order
      line('B', 's1', 'v1'),
      line('C', 's1', 'v1', { status: 'Canceled' }), // no sale: not linked
      line('D', 's1', 'v2'), // another video
      line('E', 's1', 'v1', { contentType: 'live' }), // a LIVE with the same id
    ]);
    // No piece stored yet: the lines link nothing.
    expect(await db().contentLinks.count()).toBe(0);
    expect(await linked()).toBe(0);

    await db().content.put(piece('v1'));
    expect(await linked()).toBe(2);
    expect((await db().contentLinks.get('video:v1'))!.lines).toEqual({ 'A\u0001id:1\u0001USD': 2, 'B\u0001id:1\u0001USD': 1 });
    expect(await db().contentLinks.get('video:v2')).toBeUndefined();
    await expectAsRebuilt();
  });

  it('lines stored after the piece update its links; taking the piece out takes its links along', async () => {
    await db().content.bulkPut([piece('v1'), piece('v3')]);
    await db().orders.bulkPut([line('A', 's1', 'v1'), line('B', 's1', 'v3'), line('C', 's1', 'v9')]);
    expect(await linked()).toBe(2);
    expect((await db().contentLinks.toCollection().primaryKeys()).sort()).toEqual(['video:v1', 'video:v3']);
    await expectAsRebuilt();

    await db().orders.put(line('D', 's1', 'v1'));
    await db().orders.delete('B:s1');
    expect(await linked()).toBe(2);
    await expectAsRebuilt();

    await db().content.delete('video:v1');
    expect(await db().contentLinks.get('video:v1')).toBeUndefined();
    expect(await linked()).toBe(0);
    await expectAsRebuilt();

    // Stored again: its lines are found again.
    await db().content.put(piece('v1'));
    expect(await linked()).toBe(2);
    await expectAsRebuilt();
  });

  it('many pieces stored at once read their lines range by range or key by key', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => line(`O${i}`, 's1', `v${String(i % 100).padStart(3, '0')}`));
    await db().orders.bulkPut(lines);
    // Every 10th video: a sparse range; then all of them: a dense one.
    await db().content.bulkPut(Array.from({ length: 10 }, (_, i) => piece(`v${String(i * 10).padStart(3, '0')}`)));
    expect(await linked()).toBe(30);
    await expectAsRebuilt();
    await db().content.bulkPut(Array.from({ length: 100 }, (_, i) => piece(`v${String(i).padStart(3, '0')}`)));
    expect(await linked()).toBe(300);
    await expectAsRebuilt();
  });
});
