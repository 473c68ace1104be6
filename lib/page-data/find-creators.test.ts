import { describe, expect, it } from 'vitest';
import { findCreatorsDecoder } from './find-creators';
import { decodedBatch, decodeFixture, TH } from './testing';

describe('find creators decoder', () => {
  const { rows, rejected } = decodedBatch(decodeFixture(findCreatorsDecoder, 'find-creators'), 'creators');

  it('reads wrapped fields as exact numbers with ids and handles', () => {
    expect(rows[0]).toEqual({
      creatorId: '7494021386610329876',
      handle: 'glowwithmali',
      displayName: 'มะลิ รีวิวสกินแคร์',
      categories: ['Beauty & Personal Care', 'Skincare'],
      audience: { gender: 'female', genderShare: 0.71, ageRange: '18-24' },
      metrics: {
        followers: { kind: 'exact', value: 128734, raw: '128734' },
        gmv: { kind: 'exact', value: 90377.25, unit: 'THB', raw: '90377.25' },
        itemsSold: { kind: 'exact', value: 1489, raw: '1489' },
        avgVideoViews: { kind: 'exact', value: 15423, raw: '15423' },
        engagementRate: { kind: 'exact', value: 0.0534, unit: 'percent', raw: '0.0534' },
        videoGmv: { kind: 'exact', value: 84211.5, unit: 'THB', raw: '84211.5' },
        liveGmv: { kind: 'exact', value: 0, unit: 'THB', raw: '0' },
      },
    });
  });

  it('reads numeric strings as numbers and keeps ranges as ranges when exact values are hidden', () => {
    const beam = rows[1]!;
    expect(beam.metrics.followers).toEqual({ kind: 'exact', value: 45210, raw: '45210' });
    expect(beam.metrics.engagementRate).toMatchObject({ kind: 'exact', value: 0.021 });
    expect(beam.metrics.gmv).toEqual({ kind: 'range', min: 5000, max: 25000, unit: 'THB', raw: '5000-25000' });
    expect(beam.metrics.itemsSold).toMatchObject({ kind: 'range', min: 100, max: 1000 });
  });

  it('leaves hidden values (is_authorized: false) unknown, never 0', () => {
    const hidden = rows[2]!;
    expect(hidden.creatorId).toBe('7491200000000000555');
    expect(hidden.handle).toBeUndefined();
    expect(hidden.metrics).toEqual({});
  });

  it('rejects a record with neither id nor handle, with a reason', () => {
    expect(rows).toHaveLength(3);
    expect(rejected).toEqual([{ reason: 'no creator id or handle', count: 1 }]);
  });

  it('reads the list under data as well as at the top', () => {
    const result = findCreatorsDecoder.decode({ code: 0, data: { creator_profile_list: [{ handle: { value: 'a1', is_authorized: true } }] } }, TH);
    expect(decodedBatch(result, 'creators').rows).toEqual([{ handle: 'a1', metrics: {} }]);
  });

  it('takes a percent-number engagement as a percent', () => {
    const result = findCreatorsDecoder.decode({ code: 0, creator_profile_list: [{ handle: { value: 'a1', status: 0 }, video_engagement: { value: 3.4, status: 0 } }] }, TH);
    expect(decodedBatch(result, 'creators').rows[0]?.metrics.engagementRate).toMatchObject({ value: 0.034, unit: 'percent' });
  });
});
