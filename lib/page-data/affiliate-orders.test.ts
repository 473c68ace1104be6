import { describe, expect, it } from 'vitest';
import { affiliateOrdersDecoder } from './affiliate-orders';
import { decodedBatch, decodeFixture } from './testing';

describe('affiliate orders decoder', () => {
  const { rows, rejected } = decodedBatch(decodeFixture(affiliateOrdersDecoder, 'affiliate-orders'), 'orders');

  it('reads one line per SKU with exact amounts in the shop currency', () => {
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      orderId: '577012345678901234',
      productId: '1729384756102938',
      productName: 'Rose Water Toner 150ml',
      skuId: '1729384756102939',
      creatorHandle: 'glowwithmali',
      contentType: 'video',
      contentId: '7412345678901234501',
      price: { kind: 'exact', value: 349, unit: 'THB', raw: '349' },
      paymentAmount: { kind: 'exact', value: 349, unit: 'THB', raw: '349' },
      quantity: { kind: 'exact', value: 1, raw: '1' },
      commissionRate: { kind: 'exact', value: 0.15, unit: 'percent', raw: '1500' },
      estCommission: { kind: 'exact', value: 52.35, unit: 'THB', raw: '52.35' },
      status: 'Completed',
      createdAt: 1771372800000,
      createdText: '2026-02-18T00:00:00.000Z',
    });
    expect(rows[1]).toMatchObject({ contentType: 'live', actualCommission: { value: 89.8 } });
  });

  it('reads times in seconds, money objects and handles with @', () => {
    expect(rows[2]).toMatchObject({
      orderId: '577012345678909999',
      createdAt: 1771459200000,
      paymentAmount: { kind: 'exact', value: 120.5, unit: 'THB' },
      creatorHandle: 'NongBeam.Daily',
      contentType: 'showcase',
      commissionRate: { value: 0.08 },
    });
  });

  it('rejects orders without id or time', () => {
    expect(rejected).toEqual([
      { reason: 'no creation time', count: 1 },
      { reason: 'no order id', count: 1 },
    ]);
  });
});
