import type { ActionFlag } from './flags';
import { describeFlag } from './flags';
import { indexProgram } from './program-index';
import type { ProgramData } from './program-index-model';
import { activeCollaborationsOn, computeScorecards, type Scorecard } from './scorecard';
import { parseDay } from '../calendar/days';
import { at, collaboration, creator, options, order, piece, program, q, qRange, sample } from './test-helpers';

const asOf = at(2026, 11, 20, 12); // Friday; the 28-day window is 2026-10-24 … 2026-11-20

function cards(data: ProgramData, windowDays?: number, settings = {}): Map<string, Scorecard> {
  const list = computeScorecards(indexProgram(data), { ...options(asOf, settings), windowDays });
  return new Map(list.map((c) => [c.creatorKey, c]));
}
const kinds = (card: Scorecard) => card.flags.map((f) => f.kind).sort();
const flag = <K extends ActionFlag['kind']>(card: Scorecard, kind: K) =>
  card.flags.find((f) => f.kind === kind) as Extract<ActionFlag, { kind: K }> | undefined;

const programData: ProgramData = {
  currency: 'USD',
  creators: [
    creator('id:a', { followers: q(45_000), orders: q(50), customers: q(40) }, { lastSeen: at(2026, 11, 15) }),
    creator(
      'id:d',
      { followers: qRange(10_000, 50_000), orders: q(30), ctr: q(0.05), productImpressions: q(20_000) },
      { lastSeen: at(2026, 11, 19) },
    ),
  ],
  programs: [
    program('id:a', { agreedPostsPerWeek: 2, flatFeePerPost: { amount: 10, currency: 'USD' }, acceptedTier: 'tier1' }),
    program('id:b', { acceptedTier: 'tier2' }),
    program('id:f', { flatFeePerPost: { amount: 50, currency: 'USD' } }),
    program('id:h', { flatFeePerPost: { amount: 50, currency: 'GBP' } }),
  ],
  content: [
    piece('id:a', '2026-11-18', { clicks: q(200), orders: q(4), views: q(10_000), hookRetention: q(0.3), gmv: q(100) }),
    piece(
      'id:a',
      '2026-11-10',
      { ctr: q(0.02), productImpressions: q(5_000), orders: q(1), views: q(30_000), hookRetention: q(0.2) },
      { productIds: ['p1'] },
    ),
    piece('id:a', '2026-11-01', { clicks: q(100), orders: q(0) }, { type: 'live' }),
    piece('id:a', '2026-10-20', { clicks: q(50), orders: q(5) }), // before the window
    piece('id:a', undefined, { clicks: q(50), orders: q(5) }), // no post date
    piece(undefined, '2026-11-11', { clicks: q(0), orders: q(0) }, { creatorHandle: '@ZeroClicks' }),
    piece('id:d', '2026-11-12', { clicks: qRange(100, 1_000), gmv: qRange(5_000, 25_000) }),
    piece('id:e', '2026-11-12', { clicks: q(300), orders: q(2) }),
    piece('id:f', '2026-11-12', {}),
    piece('id:g', '2026-11-12', {}),
    piece('id:h', '2026-11-12', {}),
  ],
  orders: [
    order('id:a', at(2026, 11, 18, 10), 50, { actualCommission: 7.5 }),
    order('id:a', at(2026, 11, 19, 9), 30, { orderId: 'o2', skuId: 's1', estCommission: 3 }),
    order('id:a', at(2026, 11, 19, 9), 20, { orderId: 'o2', skuId: 's2', estCommission: 2 }),
    order('id:a', at(2026, 11, 5), 100, { refunded: true, estCommission: 15 }),
    order('id:a', at(2026, 10, 20), 500, { actualCommission: 75 }), // before the window
    order('id:f', at(2026, 11, 12), 100, { actualCommission: 15 }),
    order('id:g', at(2026, 11, 12), 100, { actualCommission: 5 }),
    order('id:h', at(2026, 11, 12), 100, { actualCommission: 15 }),
  ],
  samples: [
    sample('id:a', 'p1', { shippedAt: at(2026, 11, 2), sampleCost: { amount: 12, currency: 'USD' } }),
    sample('id:a', 'p9', { shippedAt: at(2026, 11, 15), sampleCost: { amount: 8, currency: 'USD' } }),
    sample('id:a', 'p1', { shippedAt: at(2026, 10, 1), sampleCost: { amount: 8, currency: 'USD' } }), // before
    sample('id:a', 'p3', { status: 'approved' }),
  ],
  collaborations: [collaboration('inv1', ['id:b'], { validFrom: '2026-09-01' })],
};

describe('scorecard metrics', () => {
  const all = cards(programData);
  const a = all.get('id:a')!;

  it('counts posts by post date inside the window', () => {
    expect(a.window).toEqual({ days: 28, from: '2026-10-24', to: '2026-11-20' });
    expect([a.posts, a.videos, a.lives, a.undatedPosts]).toEqual([3, 2, 1, 1]);
  });

  it('sums GMV, orders and commission from the orders created in the window, refunds apart', () => {
    expect(a.sources.gmv).toMatchObject({ kind: 'line-items', sources: ['orders'], from: '2026-10-24', to: '2026-11-20', parts: 4 });
    expect(a.gmv).toBe(100); // 50 + 30 + 20; the refunded 100 is no sale
    expect(a.refundedGmv).toBe(100);
    expect(a.orders).toBe(2); // o2's two SKU lines are one order; the refunded one is none
    expect(a.commission).toBe(12.5); // 7.5 actual + 3 + 2 estimated
  });

  it('derives clicks (CTR × impressions when needed) and conversion on clicks', () => {
    expect(a.clicks).toBe(400); // 200 + 0.02 × 5,000 + 100
    expect(a.clickOrders).toBe(5);
    expect(a.conversionRate).toBeCloseTo(0.0125);
    expect(a.conversionSource).toBe('content');
  });

  it('computes productivity, output and hook retention', () => {
    expect(a.revenuePerPost).toBeCloseTo(100 / 3);
    expect(a.postsPerWeek).toBe(0.75);
    expect(a.agreedPostsPerWeek).toBe(2);
    expect(a.outputRate).toBe(0.375);
    expect(a.hookRetention).toBeCloseTo(0.225); // (0.3 × 10,000 + 0.2 × 30,000) ÷ 40,000
  });

  it('computes costs, samples and net contribution', () => {
    expect(a.flatFees).toBe(30);
    expect(a.commissionToRevenue).toBeCloseTo(0.425); // (12.5 + 30) ÷ 100
    expect(a.samplesReceived).toBe(2);
    expect(a.samplesWithContent).toBe(1); // p1's sample: the 2026-11-10 video lists p1
    expect(a.sampleCost).toBe(20);
    expect(a.netContribution).toBeCloseTo(37.5); // 100 − 12.5 − 30 − 20
    expect(a.repeatPurchaseRate).toBeCloseTo(0.2); // (50 − 40) ÷ 50
    expect(a.followers).toBe(45_000);
    expect([a.acceptedTier, a.placementTier]).toEqual(['tier1', 'tier1']);
    expect([a.lastPostDay, a.daysSinceLastPost]).toEqual(['2026-11-18', 2]);
  });

  it('raises the flags the numbers call for, with those numbers', () => {
    expect(kinds(a)).toEqual(['below-agreed-output', 'commission-ratio-out-of-range', 'low-hook-retention']);
    expect(flag(a, 'below-agreed-output')).toEqual({
      kind: 'below-agreed-output',
      posts: 3,
      windowDays: 28,
      postsPerWeek: 0.75,
      agreedPostsPerWeek: 2,
    });
    expect(flag(a, 'low-hook-retention')).toMatchObject({ videos: 2, threshold: 0.25 });
    expect(describeFlag(flag(a, 'below-agreed-output')!, 'USD')).toBe(
      'Posted 3 times in 28 days (0.75 a week), below the agreed 2 a week.',
    );
  });

  it('a creator with nothing captured: unknown figures (never 0), unknown ratios, zombie in an active collaboration', () => {
    const b = all.get('id:b')!;
    expect([b.posts, b.gmv, b.orders, b.commission]).toEqual([null, null, null, null]);
    expect([b.flatFees, b.sampleCost]).toEqual([0, 0]); // the seller's own agreement and entries
    expect(b.netContribution).toBeNull();
    expect(b.sources).toEqual({});
    for (const value of [b.clicks, b.conversionRate, b.revenuePerPost, b.hookRetention, b.commissionToRevenue]) {
      expect(value).toBeNull();
    }
    expect([b.repeatPurchaseRate, b.followers, b.lastPostDay, b.daysSinceLastPost]).toEqual([null, null, null, null]);
    expect(b.outputRate).toBeNull(); // no agreed rate
    expect(b.activeCollaborationIds).toEqual(['inv1']);
    expect(flag(b, 'zombie')).toEqual({
      kind: 'zombie',
      lastPostDay: null,
      daysSinceLastPost: null,
      daysInactive: 80, // since the collaboration began on 2026-09-01
      thresholdDays: 30,
      collaborationIds: ['inv1'],
    });
  });

  it('zero clicks give an unknown conversion rate, not 0 and not infinity', () => {
    const c = all.get('h:zeroclicks')!;
    expect(c.handle).toBe('zeroclicks');
    expect([c.clicks, c.clickOrders, c.conversionRate]).toEqual([0, 0, null]);
    expect(kinds(c)).toEqual([]);
  });

  it('ranges are not numbers, and creator figures of no stated period give no conversion', () => {
    const d = all.get('id:d')!;
    expect(d.followers).toBeNull();
    expect(d.placementTier).toBe('tier1'); // 10K–50K is inside the Tier 1 band
    // The piece's clicks are a range; the creator capture's orders, CTR and impressions state no
    // period, so orders ÷ clicks of them would mix periods: unknown.
    expect([d.clicks, d.clickOrders, d.conversionRate, d.conversionSource]).toEqual([null, null, null, null]);
  });

  it('flags conversion under 1% with the orders and clicks behind it', () => {
    const e = all.get('id:e')!;
    expect(flag(e, 'low-conversion')).toEqual({
      kind: 'low-conversion',
      conversionRate: 2 / 300,
      orders: 2,
      clicks: 300,
      threshold: 0.01,
    });
    expect(describeFlag(flag(e, 'low-conversion')!, 'USD')).toBe(
      'Conversion on clicks is 0.67% (2 orders from 300 clicks), under 1%.',
    );
  });

  it('flags commission-to-revenue outside the expected range, both ways', () => {
    const f = flag(all.get('id:f')!, 'commission-ratio-out-of-range');
    expect(f).toMatchObject({ direction: 'above', commission: 15, flatFees: 50, gmv: 100, min: 0.1, max: 0.3 });
    expect(f!.ratio).toBeCloseTo(0.65);
    const g = flag(all.get('id:g')!, 'commission-ratio-out-of-range');
    expect(g).toMatchObject({ direction: 'below', ratio: 0.05 });
    expect(describeFlag(f!, 'USD')).toBe(
      'Commission plus flat fees ($65.00) are 65% of GMV ($100.00), above the expected 10%–30%.',
    );
  });

  it('a flat fee in another currency cannot be added: cost figures become unknown', () => {
    const h = all.get('id:h')!;
    expect([h.flatFees, h.commissionToRevenue, h.netContribution]).toEqual([null, null, null]);
    expect(h.gmv).toBe(100);
  });

  it('follows the chosen window', () => {
    const week = cards(programData, 7).get('id:a')!;
    expect(week.window).toEqual({ days: 7, from: '2026-11-14', to: '2026-11-20' });
    expect([week.posts, week.gmv, week.orders]).toEqual([1, 100, 2]);
    const quarter = cards(programData, 90).get('id:a')!;
    expect([quarter.posts, quarter.gmv, quarter.orders]).toEqual([4, 600, 3]);
    expect(quarter.samplesReceived).toBe(3);
  });

  it('returns creators in key order, including ones known only from their records', () => {
    expect([...all.keys()]).toEqual(['h:zeroclicks', 'id:a', 'id:b', 'id:d', 'id:e', 'id:f', 'id:g', 'id:h']);
  });
});

describe('scorecards without stored orders', () => {
  const base: ProgramData = {
    content: [
      piece('id:x', '2026-11-10', { gmv: q(100), orders: q(2), estCommission: q(15) }),
      piece('id:x', '2026-11-11', { gmv: q(50), orders: q(1), estCommission: q(7.5) }),
    ],
  };

  it('take GMV, orders and commission from the pieces posted in the window', () => {
    const x = cards(base).get('id:x')!;
    expect(x.sources.gmv).toMatchObject({ kind: 'line-items', sources: ['content'], parts: 2 });
    expect([x.gmv, x.orders, x.commission]).toEqual([150, 3, 22.5]);
    expect(x.revenuePerPost).toBe(75);
    expect(x.refundedGmv).toBeNull();
  });

  it('a single unknown or range term makes the sum unknown', () => {
    const withRange = cards({
      content: [...base.content!, piece('id:x', '2026-11-12', { gmv: qRange(5_000, 25_000), orders: q(1) })],
    }).get('id:x')!;
    expect([withRange.gmv, withRange.orders, withRange.commission]).toEqual([null, 4, null]);
    expect([withRange.revenuePerPost, withRange.netContribution, withRange.commissionToRevenue]).toEqual([null, null, null]);
  });

  it('a creator with nothing at all is all unknown, posts included', () => {
    const empty = cards({ programs: [program('id:y')] }).get('id:y')!;
    expect([empty.posts, empty.postsPerWeek, empty.outputRate]).toEqual([null, null, null]);
    expect([empty.gmv, empty.orders, empty.commission]).toEqual([null, null, null]);
    expect(empty.flags).toEqual([]);
  });
});

describe('revenue per post against the tier average', () => {
  // Five Tier 1 creators with one post each and GMV 100, 100, 100, 500, 10: average 162.
  const gmvs: [string, number][] = [
    ['id:t1', 100],
    ['id:t2', 100],
    ['id:t3', 100],
    ['id:t4', 500],
    ['id:t5', 10],
  ];
  const data: ProgramData = {
    programs: gmvs.map(([key]) => program(key, { acceptedTier: 'tier1' })),
    content: gmvs.map(([key]) => piece(key, '2026-11-12')),
    orders: gmvs.map(([key, gmv]) => order(key, at(2026, 11, 12), gmv)),
  };

  it('flags outliers in both directions with the average and the factor', () => {
    const all = cards(data);
    expect(flag(all.get('id:t4')!, 'revenue-per-post-outlier')).toEqual({
      kind: 'revenue-per-post-outlier',
      direction: 'above',
      revenuePerPost: 500,
      tier: 'tier1',
      tierAverage: 162,
      factor: 500 / 162,
      threshold: 2,
      peers: 5,
    });
    expect(flag(all.get('id:t5')!, 'revenue-per-post-outlier')).toMatchObject({ direction: 'below', threshold: 0.5 });
    for (const key of ['id:t1', 'id:t2', 'id:t3']) expect(all.get(key)!.flags).toEqual([]);
  });

  it('needs enough creators for an average', () => {
    const all = cards(data, undefined, { tierAverageMinCreators: 6 });
    expect(flag(all.get('id:t4')!, 'revenue-per-post-outlier')).toBeUndefined();
  });

  it('compares only within the same tier', () => {
    const mixed = cards({ ...data, programs: [...data.programs!.slice(0, 3), program('id:t4', { acceptedTier: 'tier2' })] });
    expect(flag(mixed.get('id:t4')!, 'revenue-per-post-outlier')).toBeUndefined();
  });
});

describe('zombie flag', () => {
  const make = (lastPost: string | null, collab: Partial<Parameters<typeof collaboration>[2]> = {}) =>
    cards({
      content: lastPost ? [piece('id:z', lastPost)] : [],
      collaborations: [collaboration('inv', ['id:z'], collab)],
      programs: [program('id:z')],
    }).get('id:z')!;

  it('fires after 30 days without content, not before', () => {
    expect(flag(make('2026-10-21'), 'zombie')).toMatchObject({ daysSinceLastPost: 30, daysInactive: 30 });
    expect(flag(make('2026-10-22'), 'zombie')).toBeUndefined();
  });

  it('gives newly joined creators the full stretch', () => {
    expect(flag(make(null, { validFrom: '2026-11-10' }), 'zombie')).toBeUndefined();
    expect(flag(make('2026-09-01', { validFrom: '2026-11-01' }), 'zombie')).toBeUndefined();
    // No start shown: the collaboration has run at least since it was first seen.
    const seen = (day: string) => new Date(`${day}T12:00:00`).getTime();
    expect(flag(make(null, { firstSeen: seen('2026-11-10') }), 'zombie')).toBeUndefined();
    expect(flag(make(null, { firstSeen: seen('2026-09-01') }), 'zombie')).toMatchObject({ lastPostDay: null, daysInactive: 80 });
  });

  it('only counts active collaborations', () => {
    expect(flag(make('2026-09-01', { status: 'canceled' }), 'zombie')).toBeUndefined();
    expect(flag(make('2026-09-01', { status: 'pending' }), 'zombie')).toBeUndefined();
    expect(flag(make('2026-09-01', { validTo: '2026-11-19' }), 'zombie')).toBeUndefined();
    expect(flag(make('2026-09-01', { validFrom: '2026-11-21' }), 'zombie')).toBeUndefined();
    expect(flag(make('2026-09-01', { status: 'expiring', validTo: '2026-11-20' }), 'zombie')).toMatchObject({
      daysSinceLastPost: 80,
    });
  });
});

describe('flag sentences', () => {
  it('describe every flag with its numbers', () => {
    const sentences = [
      describeFlag(
        { kind: 'low-hook-retention', hookRetention: 0.225, videos: 2, threshold: 0.25 },
        'USD',
      ),
      describeFlag(
        {
          kind: 'revenue-per-post-outlier',
          direction: 'above',
          revenuePerPost: 500,
          tier: 'tier1',
          tierAverage: 162,
          factor: 500 / 162,
          threshold: 2,
          peers: 5,
        },
        'USD',
      ),
      describeFlag(
        { kind: 'zombie', lastPostDay: '2026-10-21', daysSinceLastPost: 30, daysInactive: 30, thresholdDays: 30, collaborationIds: ['inv'] },
        null,
      ),
      describeFlag(
        { kind: 'zombie', lastPostDay: null, daysSinceLastPost: null, daysInactive: 80, thresholdDays: 30, collaborationIds: ['inv'] },
        null,
      ),
      // The collaboration began after the last post: the stretch counts from its start, and says so.
      describeFlag(
        { kind: 'zombie', lastPostDay: '2026-03-05', daysSinceLastPost: 260, daysInactive: 80, thresholdDays: 30, collaborationIds: ['inv'] },
        null,
      ),
    ];
    expect(sentences).toEqual([
      'Hook retention at 3 s is 22.5% over 2 videos, under 25%.',
      'Revenue per post $500.00 is 3.09× the Tier 1 (nano/micro) average of $162.00 (5 creators), above the 2× mark.',
      'No content for 30 days (last post Oct 21, 2026) while in an active collaboration (inactive after 30).',
      'No content stored while in an active collaboration for 80 days (inactive after 30).',
      'No content in the 80 days since the active collaboration began (last post Mar 5, 2026; inactive after 30).',
    ]);
  });
});

describe('activeCollaborationsOn', () => {
  it('ongoing or expiring, within the validity when known (unknown ends are open), in the given order', () => {
    const day = parseDay('2026-11-20')!;
    const list = [
      collaboration('open', ['id:a']),
      collaboration('expiring', ['id:a'], { status: 'expiring', validFrom: '2026-11-20', validTo: '2026-11-20' }),
      collaboration('ended', ['id:a'], { validFrom: '2026-10-01', validTo: '2026-11-19' }),
      collaboration('not-yet', ['id:a'], { validFrom: '2026-11-21' }),
      collaboration('from-only', ['id:a'], { validFrom: '2026-11-01' }),
      collaboration('to-only', ['id:a'], { validTo: '2026-12-01' }),
      collaboration('bad-dates', ['id:a'], { validFrom: 'soon', validTo: '' }),
      collaboration('expired', ['id:a'], { status: 'expired' }),
    ];
    expect(activeCollaborationsOn(list, day).map((c) => c.id)).toEqual(['open', 'expiring', 'from-only', 'to-only', 'bad-dates']);
    expect(activeCollaborationsOn([], day)).toEqual([]);
  });
});
