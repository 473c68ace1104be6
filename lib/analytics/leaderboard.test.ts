import { leaderboard } from './leaderboard';
import { indexProgram } from './program-index';
import { at, creator, options, order, piece, q, qRange } from './test-helpers';
import { parseDay } from '../calendar/days';
import { rankingFigures, windowMetrics } from './window-metrics';

describe('leaderboard', () => {
  const index = indexProgram({
    orders: [
      order('id:a', at(2026, 11, 16, 0, 10), 100), // Monday 00:10: this week
      order('id:a', at(2026, 11, 20), 200),
      order('id:a', at(2026, 11, 15, 23, 30), 100), // Sunday 23:30: last week
      order('id:b', at(2026, 11, 18), 300),
      order('id:b', at(2026, 11, 10), 500),
      order('id:c', at(2026, 11, 19), 50),
      order('id:d', at(2026, 11, 12), 20),
    ],
    content: [
      piece('id:a', '2026-11-17', { clicks: q(200), orders: q(4) }),
      piece('id:b', '2026-11-18', { clicks: q(100), orders: q(3) }),
      piece('id:c', '2026-11-18', { clicks: q(50), orders: q(5) }), // too few clicks
      piece('id:a', '2026-11-10', { clicks: q(100), orders: q(1) }),
    ],
  });
  const asOf = at(2026, 11, 22, 20); // Sunday evening

  it('ranks the week by GMV with the change since last week; ties share a rank', () => {
    const board = leaderboard(index, options(asOf));
    expect(board.week).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(board.previousWeek).toEqual({ from: '2026-11-09', to: '2026-11-15' });
    expect(board.byGmv).toEqual([
      { rank: 1, creatorKey: 'id:a', handle: null, value: 300, previousValue: 100, previousRank: 2, rankChange: 1, change: 200 },
      { rank: 1, creatorKey: 'id:b', handle: null, value: 300, previousValue: 500, previousRank: 1, rankChange: 0, change: -200 },
      { rank: 3, creatorKey: 'id:c', handle: null, value: 50, previousValue: null, previousRank: null, rankChange: null, change: null },
    ]);
  });

  it('ranks the week by conversion on clicks, with a minimum of clicks', () => {
    const board = leaderboard(index, options(asOf));
    expect(board.byConversion.map((r) => [r.rank, r.creatorKey, r.previousRank, r.rankChange])).toEqual([
      [1, 'id:b', null, null],
      [2, 'id:a', 1, -1],
    ]);
    expect(board.byConversion[0]!.value).toBeCloseTo(0.03);
    expect(board.byConversion[1]!.change).toBeCloseTo(0.01);
    const lenient = leaderboard(index, options(asOf, { leaderboardMinClicks: 10, leaderboardSize: 1 }));
    expect(lenient.byConversion.map((r) => r.creatorKey)).toEqual(['id:c']);
    expect(lenient.byGmv).toHaveLength(1);
  });

  it('ranks on the figures the scorecards use: GMV, orders and conversion as windowMetrics gives them', () => {
    const content = [
      piece('id:a', '2026-11-17', { clicks: q(200), orders: q(4), gmv: q(10.1) }),
      piece('id:a', '2026-11-18', { clicks: q(0), orders: q(0), gmv: q(0.2) }),
      piece('id:b', '2026-11-18', { clicks: q(100), gmv: qRange(1, 5) }),
      piece('id:c', '2026-11-19', { orders: q(2), gmv: q(3) }),
    ];
    const range = { from: parseDay('2026-11-16')!, to: parseDay('2026-11-22')! };
    const ordered = indexProgram({ content, orders: [order('id:a', at(2026, 11, 17), 0.1), order('id:b', at(2026, 11, 18), null), order('id:c', at(2026, 11, 19), 0.2)] });
    for (const source of [ordered, indexProgram({ content })]) {
      for (const entry of source.entries) {
        const m = windowMetrics(entry, range, source);
        expect(rankingFigures(entry, range, source)).toEqual({ gmv: m.gmv, orders: m.orders, clicks: m.clicks, conversionRate: m.conversionRate });
      }
    }
  });

  it('breaks ties on value and weight by handle, then key, and lists no row when the size is 0', () => {
    const tied = indexProgram({
      orders: [order('id:z', at(2026, 11, 18), 40), order('id:y', at(2026, 11, 18), 40), order('id:x', at(2026, 11, 17), 40), order('id:w', at(2026, 11, 18), 10)],
      creators: [creator('id:x', {}, { handle: 'zed' }), creator('id:y'), creator('id:z')],
    });
    const board = leaderboard(tied, options(asOf));
    expect(board.byGmv.map((r) => [r.rank, r.creatorKey])).toEqual([
      [1, 'id:y'],
      [1, 'id:z'],
      [1, 'id:x'],
      [4, 'id:w'],
    ]);
    expect(leaderboard(tied, options(asOf, { leaderboardSize: 0 })).byGmv).toEqual([]);
  });
});
