import { DEFAULT_SETTINGS as S } from './settings';
import { q, qRange } from './test-helpers';
import { followerBandText, rosterTarget, tierAbove, tierBelow, tierForFollowers } from './tiers';

describe('tier follower bands', () => {
  it('places exact follower counts on the band edges', () => {
    expect(tierForFollowers(q(0), S)).toBe('prospect');
    expect(tierForFollowers(q(4_999), S)).toBe('prospect');
    expect(tierForFollowers(q(5_000), S)).toBe('tier1');
    expect(tierForFollowers(q(99_999), S)).toBe('tier1');
    expect(tierForFollowers(q(100_000), S)).toBe('tier2');
    expect(tierForFollowers(q(499_999), S)).toBe('tier2');
    expect(tierForFollowers(q(500_000), S)).toBe('tier3');
  });

  it('uses a range only when it sits inside one band, and never guesses unknowns', () => {
    expect(tierForFollowers(qRange(10_000, 50_000), S)).toBe('tier1');
    expect(tierForFollowers(qRange(50_000, 200_000), S)).toBeNull();
    expect(tierForFollowers(qRange(1_000_000, null), S)).toBe('tier3');
    expect(tierForFollowers(qRange(10_000, null), S)).toBeNull();
    expect(tierForFollowers(qRange(null, 1_000), S)).toBe('prospect');
    expect(tierForFollowers(qRange(null, 50_000), S)).toBeNull();
    expect(tierForFollowers(null, S)).toBeNull();
    expect(tierForFollowers(undefined, S)).toBeNull();
  });

  it('follows the settings', () => {
    expect(tierForFollowers(q(3_000), { ...S, tier1MinFollowers: 2_000 })).toBe('tier1');
  });

  it('describes bands and targets', () => {
    expect(followerBandText('prospect', S)).toBe('under 5K');
    expect(followerBandText('tier1', S)).toBe('5K–100K');
    expect(followerBandText('tier2', S)).toBe('100K–500K');
    expect(followerBandText('tier3', S)).toBe('500K+');
    expect(rosterTarget('tier1', S)).toEqual({ min: 50, max: 200 });
    expect(rosterTarget('tier2', S)).toEqual({ min: 5, max: 15 });
    expect(rosterTarget('tier3', S)).toEqual({ min: 2, max: 3 });
    expect(rosterTarget('prospect', S)).toBeNull();
  });

  it('steps between tiers', () => {
    expect(tierAbove('prospect')).toBe('tier1');
    expect(tierAbove('tier3')).toBeNull();
    expect(tierBelow('tier2')).toBe('tier1');
    expect(tierBelow('prospect')).toBeNull();
  });
});
