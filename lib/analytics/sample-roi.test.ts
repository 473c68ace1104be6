import { indexProgram } from './program-index';
import type { ProgramData } from './program-index-model';
import { sampleRoi } from './sample-roi';
import { at, options, order, piece, sample } from './test-helpers';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });

describe('sample ROI', () => {
  const data: ProgramData = {
    currency: 'USD',
    samples: [
      sample('id:a', 'p1', { shippedAt: at(2026, 10, 1), contentDeliveredAt: at(2026, 10, 11), sampleCost: usd(10) }),
      sample('id:a', 'p2', { shippedAt: at(2026, 10, 1), contentDeliveredAt: at(2026, 10, 21), sampleCost: usd(10) }),
      sample('id:a', 'p3', { shippedAt: at(2026, 11, 10), sampleCost: usd(10) }),
      sample('id:a', 'p4', { shippedAt: at(2026, 10, 5), sampleCost: usd(10) }),
      sample('id:a', 'p1', { shippedAt: at(2026, 10, 20), sampleCost: usd(10) }),
      sample('id:a', 'p5', { shippedAt: at(2026, 11, 6), contentDeliveredAt: at(2026, 11, 20, 9), sampleCost: usd(10) }),
      sample('id:a', 'p6', { status: 'canceled', shippedAt: at(2026, 10, 1) }),
      sample('id:a', 'p7', { status: 'requested' }),
      sample('id:a', 'p8', { shippedAt: at(2026, 1, 1) }), // outside the 90-day window
      sample('id:b', 'p1', { shippedAt: at(2026, 11, 1) }),
    ],
    content: [piece('id:b', '2026-11-03', {}, { productIds: ['p1'] })],
    orders: [
      order('id:a', at(2026, 9, 30), 100, { productId: 'p1' }), // before shipping
      order('id:a', at(2026, 10, 12), 50, { productId: 'p1' }),
      order('id:a', at(2026, 10, 13), 500, { productId: 'p1', refunded: true }), // no sale
      order('id:a', at(2026, 10, 14), 400, { productId: 'p2', status: 'Canceled' }), // no sale
      order('id:a', at(2026, 10, 25), 30, { productId: 'p1' }), // after both p1 samples: counted once
      order('id:a', at(2026, 10, 22), 40, { productId: 'p2' }),
      order('id:a', at(2026, 10, 22), 1_000, { productId: 'p9' }), // not a sampled product
      order('id:a', at(2026, 11, 21), 70, { productId: 'p5' }), // after asOf
    ],
  };
  const asOf = at(2026, 11, 20, 12);

  it('follows each sample from shipping to content (within 14 days) to GMV', () => {
    const roi = sampleRoi(indexProgram(data), options(asOf));
    expect(roi.window).toEqual({ days: 90, from: '2026-08-23', to: '2026-11-20' });
    const a = roi.creators.find((c) => c.creatorKey === 'id:a')!;
    expect(a).toEqual({
      creatorKey: 'id:a',
      handle: null,
      shipped: 6,
      deliveredOnTime: 2, // p1 after 10 days, p5 after exactly 14
      deliveredLate: 1, // p2 after 20 days
      awaiting: 1, // p3 shipped 10 days ago
      overdue: 2, // p4 and the second p1
      onTimeRate: 0.4, // 2 ÷ (6 − 1 awaiting)
      gmv: 120, // 50 + 30 (p1) + 40 (p2)
      sampleCost: 60,
      gmvPerSample: 20,
      gmvPerCost: 2,
    });
    const b = roi.creators.find((c) => c.creatorKey === 'id:b')!;
    expect([b.shipped, b.deliveredOnTime, b.gmv, b.sampleCost, b.gmvPerCost]).toEqual([1, 1, 0, null, null]);
    expect(roi.program).toEqual({
      shipped: 7,
      deliveredOnTime: 3,
      deliveredLate: 1,
      awaiting: 1,
      overdue: 2,
      onTimeRate: 0.5,
      gmv: 120,
      sampleCost: null, // b's sample has no cost entered
      gmvPerSample: 120 / 7,
      gmvPerCost: null,
    });
  });

  it('follows the content-window setting', () => {
    const roi = sampleRoi(indexProgram(data), options(asOf, { sampleContentWindowDays: 21 }));
    expect(roi.program.deliveredOnTime).toBe(4);
    expect(roi.program.deliveredLate).toBe(0);
  });

  it('cannot know GMV without stored orders', () => {
    const roi = sampleRoi(indexProgram({ ...data, orders: [] }), options(asOf));
    expect(roi.program.gmv).toBeNull();
    expect(roi.creators.every((c) => c.gmv === null)).toBe(true);
    expect(roi.program.shipped).toBe(7);
  });

  it('sums each sampled product from its first ship day, and is unknown when a counted amount is', () => {
    const shipped = (productId: string, month: number, day: number) => sample('id:c', productId, { shippedAt: at(2026, month, day), sampleCost: usd(5) });
    const lines = [
      order('id:c', at(2026, 10, 2), 7, { productId: 'p2' }), // before p2's first shipment
      order('id:c', at(2026, 10, 4), 11, { productId: 'p1' }),
      order('id:c', at(2026, 10, 6), 13, { productId: 'p2' }),
      order('id:c', at(2026, 10, 8), 0.1, { productId: 'p1' }),
      order('id:c', at(2026, 10, 9), 0.2, { productId: 'p2' }),
    ];
    const known: ProgramData = { currency: 'USD', samples: [shipped('p1', 10, 3), shipped('p2', 10, 5), shipped('p1', 10, 1)], orders: lines };
    const c = sampleRoi(indexProgram(known), options(asOf)).creators[0]!;
    expect(c.shipped).toBe(3);
    expect(c.gmv).toBe((11 + 0.1) + (13 + 0.2)); // per product in line order, then product by product

    const unknownP2 = [...lines, order('id:c', at(2026, 10, 10), null, { productId: 'p2' })];
    expect(sampleRoi(indexProgram({ ...known, orders: unknownP2 }), options(asOf)).creators[0]!.gmv).toBeNull();
    // An unknown amount before the product's first shipment, or of another product, does not count.
    const unknownElsewhere = [...lines, order('id:c', at(2026, 10, 4), null, { productId: 'p2' }), order('id:c', at(2026, 10, 10), null, { productId: 'p9' })];
    expect(sampleRoi(indexProgram({ ...known, orders: unknownElsewhere }), options(asOf)).creators[0]!.gmv).toBe((11 + 0.1) + (13 + 0.2));
  });
});
