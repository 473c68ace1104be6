import type { Leaderboard, LeaderboardRow } from '../analytics/leaderboard';
import { weeklyShoutout } from './weekly-shoutout';
import { weeklyLeaderboardFrom } from './weekly-leaderboard';

function row(creatorKey: string, value: number, previousValue: number | null, handle: string | null = null): LeaderboardRow {
  return {
    rank: 1,
    creatorKey,
    handle,
    value,
    previousValue,
    previousRank: previousValue === null ? null : 2,
    rankChange: previousValue === null ? null : 1,
    change: previousValue === null ? null : value - previousValue,
  };
}

const board: Leaderboard = {
  week: { from: '2026-05-11', to: '2026-05-17' },
  previousWeek: { from: '2026-05-04', to: '2026-05-10' },
  byGmv: [row('id:1', 1250, 1000, 'maya'), row('id:2', 800, null), row('h:sam', 300, 0)],
  byConversion: [row('id:1', 0.052, 0.041, 'maya')],
};

describe('weekly leaderboard for the shout-out', () => {
  const names = {
    lookup: (key: string) => (key === 'id:2' ? { handle: 'lee.cooks', displayName: 'Lee' } : undefined),
    currency: 'USD',
  };
  const weekly = weeklyLeaderboardFrom(board, names);

  it('keeps the week, the currency and every row, with relative GMV change and conversion change in points', () => {
    expect(weekly.weekOf).toBe('2026-05-11');
    expect(weekly.currency).toBe('USD');
    expect(weekly.byGmv).toEqual([
      { handle: 'maya', gmv: 1250, change: 0.25 },
      { handle: 'lee.cooks', displayName: 'Lee', gmv: 800, change: null },
      { handle: 'sam', gmv: 300, change: null },
    ]);
    expect(weekly.byConversion[0]?.change).toBeCloseTo(0.011);
  });

  it('reads as a shout-out', () => {
    const text = weeklyShoutout(weekly);
    expect(text).toContain('week of 11 May 2026');
    expect(text).toContain('@maya: $1,250 (up 25% on last week)');
    expect(text).toContain('Lee (@lee.cooks): $800');
    expect(text).toContain('@maya: 5.2% (+1.1 pts)');
  });
});
