import { indexProgram } from './program-index';
import { sparkAdsCandidates } from './spark-ads';
import { at, options, piece, q } from './test-helpers';

describe('Spark Ads candidates', () => {
  const index = indexProgram({
    content: [
      piece('id:a', '2026-11-01', { views: q(8_000), clicks: q(250), orders: q(10) }, { contentId: 'x' }),
      piece('id:b', '2026-11-02', { views: q(200_000), clicks: q(5_000), orders: q(30) }, { contentId: 'y' }),
      piece('id:c', '2026-11-03', { views: q(1_000), clicks: q(500), orders: q(20) }, { contentId: 'x2' }),
      piece('id:c', '2026-11-03', { clicks: q(50), orders: q(10) }, { contentId: 'few-clicks' }),
      piece('id:c', '2026-11-03', { clicks: q(1_000), orders: q(100) }, { contentId: 'live', type: 'live' }),
      piece('id:c', '2026-08-01', { clicks: q(1_000), orders: q(100) }, { contentId: 'old' }),
      piece('id:c', undefined, { clicks: q(1_000), orders: q(100) }, { contentId: 'undated' }),
      piece('id:c', '2026-11-03', { clicks: q(1_000) }, { contentId: 'no-orders' }),
      piece('id:d', '2026-11-04', { ctr: q(0.01), productImpressions: q(20_000), orders: q(1) }, { contentId: 'derived' }),
    ],
  });
  const asOf = at(2026, 11, 20);

  it('ranks by click-to-purchase conversion, not views; ties share a rank, more clicks first', () => {
    const list = sparkAdsCandidates(index, options(asOf));
    expect(list.map((c) => [c.rank, c.contentId, c.clicks, c.orders, c.views])).toEqual([
      [1, 'x2', 500, 20, 1_000],
      [1, 'x', 250, 10, 8_000],
      [3, 'y', 5_000, 30, 200_000],
      [4, 'derived', 200, 1, null],
    ]);
    expect(list[1]!.conversionRate).toBeCloseTo(0.04);
    expect(list[2]!.conversionRate).toBeCloseTo(0.006);
  });

  it('follows the minimum-clicks and age settings, and a limit', () => {
    expect(sparkAdsCandidates(index, options(asOf, { sparkAdsMinClicks: 300 })).map((c) => c.contentId)).toEqual(['x2', 'y']);
    expect(sparkAdsCandidates(index, options(asOf, { sparkAdsMaxAgeDays: 200 })).map((c) => c.contentId)).toContain('old');
    expect(sparkAdsCandidates(index, { ...options(asOf), limit: 2 }).map((c) => c.contentId)).toEqual(['x2', 'x']);
    // A limit that cuts through a tie keeps the tie's order and ranks.
    expect(sparkAdsCandidates(index, { ...options(asOf), limit: 1 }).map((c) => [c.rank, c.contentId])).toEqual([[1, 'x2']]);
    expect(sparkAdsCandidates(index, { ...options(asOf), limit: 3 }).map((c) => [c.rank, c.contentId])).toEqual([
      [1, 'x2'],
      [1, 'x'],
      [3, 'y'],
    ]);
    expect(sparkAdsCandidates(index, { ...options(asOf), limit: 0 })).toEqual([]);
  });
});
