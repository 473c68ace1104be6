import { analyseProgram, indexProgram, leaderboard, sampleRoi, type ProgramData } from './index';
import { resetLocalDayCache } from '../calendar/days';
import { at, collaboration, creator, options, order, piece, program, q } from './test-helpers';

const data: ProgramData = {
  creators: [creator('id:a', { followers: q(45_000) }), creator('id:b', { followers: q(150_000) })],
  programs: [program('id:a', { acceptedTier: 'tier1', agreedPostsPerWeek: 2 })],
  content: [
    piece('id:a', '2026-11-18', { clicks: q(200), orders: q(4), views: q(9_000) }),
    piece('id:b', '2026-11-02', { clicks: q(500), orders: q(20) }),
  ],
  orders: [order('id:a', at(2026, 11, 18), 80), order('id:b', at(2026, 11, 3), 400)],
  collaborations: [collaboration('inv', ['id:b'], { validFrom: '2026-10-01' })],
};

describe('analyseProgram', () => {
  it('answers every question from the data or from a prebuilt index, identically', () => {
    const asOf = at(2026, 11, 20, 12);
    const fromData = analyseProgram(data, options(asOf));
    const fromIndex = analyseProgram(indexProgram(data), options(asOf));
    expect(fromIndex).toEqual(fromData);
    expect(fromData.scorecards.map((c) => c.creatorKey)).toEqual(['id:a', 'id:b']);
    expect(fromData.suggestions.map((s) => [s.creatorKey, s.kind, s.toTier])).toEqual([
      ['id:a', 'deprioritise', 'tier1'], // 1 post in 4 weeks against an agreed 2 a week
      ['id:b', 'initial', 'tier2'],
    ]);
    expect(fromData.velocity.weeks).toHaveLength(12);
    expect(fromData.roster.tiers.find((t) => t.tier === 'tier1')!.active).toBe(1);
    expect(fromData.sparkAds.map((c) => c.creatorKey)).toEqual(['id:b', 'id:a']);
    expect(sampleRoi(indexProgram(data), options(asOf)).program.shipped).toBe(0);
    expect(fromData.leaderboard.byGmv.map((r) => r.creatorKey)).toEqual(['id:a']);
  });

  it('never reads the clock', () => {
    const now = vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('analytics must use asOf');
    });
    try {
      expect(() => analyseProgram(data, options(at(2026, 11, 20)))).not.toThrow();
    } finally {
      now.mockRestore();
    }
  });

  it('handles an empty program', () => {
    const result = analyseProgram({}, options(at(2026, 11, 20)));
    expect(result.scorecards).toEqual([]);
    expect(result.velocity.weeks.every((w) => w.posts === 0)).toBe(true);
    expect(sampleRoi(indexProgram({}), options(at(2026, 11, 20))).program.gmv).toBeNull();
  });
});

describe('order days in a time zone with a 30-minute daylight-saving shift', () => {
  it('puts Sunday 23:30 and Monday 00:10 local in their own weeks', () => {
    const originalTz = process.env.TZ;
    try {
      process.env.TZ = 'Australia/Lord_Howe'; // +10:30 / +11:00; DST starts Sunday 2026-10-04
      resetLocalDayCache();
      const index = indexProgram({
        orders: [
          order('id:a', new Date(2026, 9, 4, 23, 30).getTime(), 10), // Sunday, after the shift
          order('id:a', new Date(2026, 9, 5, 0, 10).getTime(), 20), // Monday
        ],
      });
      const board = leaderboard(index, options(new Date(2026, 9, 11, 12).getTime())); // Sunday
      expect(board.week).toEqual({ from: '2026-10-05', to: '2026-10-11' });
      expect(board.byGmv.map((r) => [r.value, r.previousValue])).toEqual([[20, 10]]);
    } finally {
      process.env.TZ = originalTz;
      if (originalTz === undefined) delete process.env.TZ;
      resetLocalDayCache();
    }
  });
});
