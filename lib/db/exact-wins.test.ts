import { describe, expect, it } from 'vitest';
import { compactStep, mergeMetrics, roundsTo } from './exact-wins';

const exact = (value: number, raw = String(value), unit?: 'THB' | 'percent') => ({ kind: 'exact' as const, value, raw, ...(unit ? { unit } : {}) });

describe('exact beats compact', () => {
  it('knows the rounding step of compact values', () => {
    expect(compactStep(exact(128_700, '128.7K'))).toBe(100);
    expect(compactStep(exact(1_500, '1,5K'))).toBe(100);
    expect(compactStep(exact(2_000_000, '฿2M'))).toBe(1_000_000);
    expect(compactStep(exact(128_734))).toBeNull();
    expect(compactStep({ kind: 'range', min: 100, max: 1000, raw: '100-1K' })).toBeNull();
  });

  it('keeps an exact value a compact one only rounds', () => {
    expect(roundsTo(exact(128_734), exact(128_700, '128.7K'))).toBe(true);
    expect(roundsTo(exact(1_489), exact(1_500, '1,5K'))).toBe(true);
    expect(roundsTo(exact(90_377.25, '90377.25', 'THB'), exact(90_400, '฿90.4K', 'THB'))).toBe(true);
    // Different currency, a real change, or an exact incoming value: not a rounding.
    expect(roundsTo(exact(90_377.25, '90377.25', 'THB'), exact(90_400, '$90.4K'))).toBe(false);
    expect(roundsTo(exact(128_734), exact(131_000, '131K'))).toBe(false);
    expect(roundsTo(exact(128_734), exact(128_800))).toBe(false);
    expect(roundsTo(exact(128_700, '128.7K'), exact(128_700, '128.7K'))).toBe(false);
  });

  it('merges metrics: exact kept, changes and new metrics taken', () => {
    const stored: Record<string, ReturnType<typeof exact>> = { followers: exact(128_734), gmv: exact(90_377.25, '90377.25', 'THB') };
    const merged = mergeMetrics(stored, { followers: exact(128_700, '128.7K'), gmv: exact(95_000, '฿95K', 'THB'), itemsSold: exact(1_200, '1.2K') });
    expect(merged).toEqual({ followers: exact(128_734), gmv: exact(95_000, '฿95K', 'THB'), itemsSold: exact(1_200, '1.2K') });
  });
});
