import { describe, expect, it } from 'vitest';
import { manageCreatorsDecoder } from './manage-creators';
import { decodedBatch, decodeFixture } from './testing';

describe('manage creators decoder', () => {
  it('links ids to handles, ids sent as numbers too', () => {
    const { rows, rejected } = decodedBatch(decodeFixture(manageCreatorsDecoder, 'manage-creators'), 'creators');
    expect(rows).toEqual([
      { creatorId: '7494021386610329876', handle: 'glowwithmali', displayName: 'มะลิ รีวิวสกินแคร์', metrics: {} },
      { creatorId: '7493987765443210001', handle: 'nongbeam.daily', displayName: 'Beam', metrics: {} },
      { creatorId: '7490000000000001', handle: 'tanaka_cooks', displayName: 'Tanaka', metrics: {} },
    ]);
    expect(rejected).toEqual([{ reason: 'no creator id or handle', count: 1 }]);
  });
});
