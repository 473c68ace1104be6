import { describe, expect, it } from 'vitest';
import { sampleRequestsDecoder } from './sample-requests';
import { decodedBatch, fixture, TH } from './testing';

describe('sample requests decoder', () => {
  const result = sampleRequestsDecoder.decode(fixture('sample-requests'), { ...TH, request: { tab: 10, cur_page: 1, page_size: 20 } });

  it('reads apply_group (several products) and apply_deatil (one) shapes', () => {
    const { rows } = decodedBatch(result, 'samples');
    expect(rows.map((row) => [row.requestId, row.creatorHandle, row.productId])).toEqual([
      ['7600000000000000011', 'glowwithmali', '1729384756102938'],
      ['7600000000000000012', 'glowwithmali', '1729384756102940'],
      ['7600000000000000013', 'NongBeam.Daily', '1729384756102950'],
    ]);
    expect(rows[0]).toMatchObject({ productName: 'Rose Water Toner 150ml', sku: '150ml', stock: { value: 42 }, timeLeft: '2d 14h', status: 'requested' });
    expect(rows[1]?.sku).toBe('1729384756102941');
    expect(rows[2]).toMatchObject({ productName: 'ผ้าขนหนูไมโครไฟเบอร์', stock: { value: 0 }, requestedAt: 1771286400000 });
  });

  it('reads commission ×100 as a fraction', () => {
    const { rows } = decodedBatch(result, 'samples');
    expect(rows.map((row) => row.commissionRate?.kind === 'exact' && row.commissionRate.value)).toEqual([0.08, 0.125, 0.15]);
  });

  it('rejects a request without a product id and returns creator id + handle pairs', () => {
    expect(decodedBatch(result, 'samples').rejected).toEqual([{ reason: 'no product id', count: 1 }]);
    expect(decodedBatch(result, 'creators').rows).toEqual([
      { creatorId: '7494021386610329876', handle: 'glowwithmali', metrics: {} },
      { creatorId: '7493987765443210001', handle: 'NongBeam.Daily', metrics: {} },
      { creatorId: '7490000000000001', handle: 'tanaka_cooks', metrics: {} },
    ]);
  });

  it('takes the status from the requested tab, unknown tabs give none', () => {
    const shipped = sampleRequestsDecoder.decode(fixture('sample-requests'), { ...TH, request: { tab: 30 } });
    expect(decodedBatch(shipped, 'samples').rows[0]?.status).toBe('shipped');
    const other = sampleRequestsDecoder.decode(fixture('sample-requests'), { ...TH, request: { tab: 99 } });
    expect(decodedBatch(other, 'samples').rows[0]?.status).toBeNull();
  });

  it('accepts the corrected apply_detail spelling', () => {
    const body = { code: 0, agg_info: [{ apply_detail: { apply_info: { apply_id: '1', product_id: '2' }, creator_info: { name: 'x_y' } } }] };
    expect(decodedBatch(sampleRequestsDecoder.decode(body, TH), 'samples').rows).toHaveLength(1);
  });
});
