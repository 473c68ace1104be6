import { indexProgram } from './program-index';
import { sparkAdsGuidance } from './spark-ads-guidance';
import { sparkAdsCandidates } from './spark-ads';
import { sparkAdsGaps } from './spark-ads-gaps';
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

  it('any limit gives the first candidates of the full list, ties at the cut included', () => {
    const many = indexProgram({
      content: Array.from({ length: 60 }, (_, i) =>
        piece(`id:${i % 7}`, '2026-11-10', { clicks: q(100 + (i % 3) * 100), orders: q(i % 5) }, { contentId: `v${i}` }),
      ),
    });
    const all = sparkAdsCandidates(many, options(asOf)).map((c) => [c.rank, c.contentId]);
    for (let limit = 0; limit <= 61; limit++) {
      expect(sparkAdsCandidates(many, { ...options(asOf), limit }).map((c) => [c.rank, c.contentId])).toEqual(all.slice(0, limit));
    }
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

describe('Spark Ads click source', () => {
  const asOf = at(2026, 11, 20);
  const index = indexProgram({
    content: [
      piece('id:a', '2026-11-01', { clicks: q(300), ctr: q(0.5), views: q(1_000), orders: q(3) }, { contentId: 'given' }),
      piece('id:a', '2026-11-01', { ctr: q(0.02), productImpressions: q(10_000), views: q(50_000), orders: q(4) }, { contentId: 'impressions' }),
      piece('id:a', '2026-11-01', { ctr: q(0.01), views: q(20_000), orders: q(2) }, { contentId: 'views' }),
      piece('id:a', '2026-11-01', { views: q(20_000), orders: q(2) }, { contentId: 'nothing' }),
      piece('id:a', '2026-11-01', { clicks: q(500) }, { contentId: 'no-orders' }),
    ],
  });

  it('takes clicks when given, else CTR × product impressions, else CTR × views marked as an estimate', () => {
    const list = sparkAdsCandidates(index, options(asOf));
    expect(list.map((c) => [c.contentId, c.clicks, c.clicksSource])).toEqual([
      ['impressions', 200, 'ctr-x-impressions'], // 4 of 200
      ['given', 300, 'clicks'], // 3 of 300: ties with the estimate, more clicks first
      ['views', 200, 'ctr-x-views'],
    ]);
  });

  it('says what the list still lacks', () => {
    expect(sparkAdsGaps(index, options(asOf))).toEqual({ videos: 5, withClicks: 3, withEstimatedClicks: 1, withOrders: 4, withBoth: 3 });
    const visited = new Set(['video-analysis', 'affiliate-orders'] as const);
    const lines = sparkAdsGuidance(sparkAdsGaps(index, options(asOf)), visited, 90);
    expect(lines).toEqual([
      '1 video has no clicks or CTR: the Video data export gives CTR and views (the Video analysis table you captured shows neither for them).',
      '1 video: clicks estimated as CTR × views (no clicks or product impressions given); a Video data file with clicks or product impressions replaces the estimate.',
      '1 video has no orders: orders per video come from the Video data export (the affiliate orders captured name none of them).',
    ]);
    // Pages not visited yet are named as where to go.
    expect(sparkAdsGuidance(sparkAdsGaps(indexProgram({}), options(asOf)), new Set(), 90)).toEqual([
      'No videos yet: open Video analysis in Seller Center, or import a Video data file.',
    ]);
  });
});
