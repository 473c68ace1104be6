import { indexProgram } from '../analytics/program-index';
import type { ProgramData } from '../analytics/program-index-model';
import { at, creator, order, piece, sample } from '../analytics/test-helpers';
import { followUpCounts, overdueSamples, sampleFollowUps } from './follow-up';
import { sampleFunnelByMonth } from './funnel';

const asOf = at(2026, 11, 20, 12);
const settings = { sampleContentWindowDays: 14 };

const data: ProgramData = {
  currency: 'USD',
  creators: [creator('id:a'), creator('id:b'), creator('id:c')],
  samples: [
    // a: posted on day 10 after shipping (on time), with orders after the post.
    sample('id:a', 'p1', { id: 's1', productName: 'Serum', shippedAt: at(2026, 10, 1), requestedAt: at(2026, 9, 28) }),
    // a: shipped 1 Nov, due 15 Nov, posted 18 Nov (late).
    sample('id:a', 'p2', { id: 's2', shippedAt: at(2026, 11, 1), requestedAt: at(2026, 10, 30) }),
    // b: shipped 20 Oct, due 3 Nov, nothing: 17 days overdue.
    sample('id:b', 'p3', { id: 's3', shippedAt: at(2026, 10, 20), requestedAt: at(2026, 10, 18) }),
    // b: shipped 6 Nov, due exactly today's 20 Nov: still waiting.
    sample('id:b', 'p4', { id: 's4', shippedAt: at(2026, 11, 6), requestedAt: at(2026, 11, 2) }),
    // c: shipped 5 Nov, due 19 Nov: 1 day overdue.
    sample('id:c', 'p5', { id: 's5', shippedAt: at(2026, 11, 5), requestedAt: at(2026, 11, 1) }),
    // c: requested, not shipped; and a canceled one: neither is followed up.
    sample('id:c', 'p6', { id: 's6', status: 'requested', requestedAt: at(2026, 11, 10) }),
    sample('id:c', 'p7', { id: 's7', status: 'canceled', requestedAt: at(2026, 11, 11), shippedAt: at(2026, 11, 12) }),
  ],
  content: [
    piece('id:a', '2026-10-11', {}, { productIds: ['p1'] }),
    piece('id:a', '2026-11-18', {}, { productIds: ['p2'] }),
    piece('id:b', '2026-11-19', {}, { productIds: ['other'] }), // not the sampled product
  ],
  orders: [
    order('id:a', at(2026, 10, 10), 99, { productId: 'p1' }), // before the post: not "after the post"
    order('id:a', at(2026, 10, 12), 25, { productId: 'p1' }),
    order('id:a', at(2026, 11, 2), 40, { productId: 'p1' }),
    order('id:a', at(2026, 11, 3), 500, { productId: 'zz' }),
  ],
};

describe('sample follow-up', () => {
  const followUps = sampleFollowUps(indexProgram(data), { asOf, settings });
  const byId = new Map(followUps.map((f) => [f.sampleId, f]));

  it('classifies every shipped sample against the content window', () => {
    expect(byId.get('s1')).toMatchObject({ status: 'posted-on-time', postedDay: '2026-10-11', daysToPost: 10, dueDay: '2026-10-15' });
    expect(byId.get('s2')).toMatchObject({ status: 'posted-late', postedDay: '2026-11-18', daysToPost: 17 });
    expect(byId.get('s3')).toMatchObject({ status: 'overdue', daysOverdue: 17, postedDay: null });
    expect(byId.get('s4')).toMatchObject({ status: 'waiting', dueDay: '2026-11-20', daysOverdue: null }); // due today: not overdue yet
    expect(byId.get('s5')).toMatchObject({ status: 'overdue', daysOverdue: 1 });
    expect(byId.has('s6')).toBe(false); // not shipped
    expect(byId.has('s7')).toBe(false); // canceled
    expect(followUpCounts(followUps)).toEqual({ 'posted-on-time': 1, 'posted-late': 1, overdue: 2, waiting: 1 });
  });

  it('GMV after the post counts only the product’s orders from the post day on; unknown until posted', () => {
    expect(byId.get('s1')!.gmvAfterPost).toBe(65);
    expect(byId.get('s2')!.gmvAfterPost).toBe(0);
    expect(byId.get('s3')!.gmvAfterPost).toBeNull();
  });

  it('GMV is unknown (not 0) when no orders are stored', () => {
    const noOrders = sampleFollowUps(indexProgram({ ...data, orders: [] }), { asOf, settings });
    expect(noOrders.find((f) => f.sampleId === 's1')!.gmvAfterPost).toBeNull();
  });

  it('the window is a setting', () => {
    const wide = sampleFollowUps(indexProgram(data), { asOf, settings: { sampleContentWindowDays: 31 } });
    expect(wide.find((f) => f.sampleId === 's3')!.status).toBe('waiting');
    expect(wide.find((f) => f.sampleId === 's2')!.status).toBe('posted-on-time');
  });

  it('lists overdue samples longest overdue first', () => {
    expect(overdueSamples(followUps).map((f) => [f.sampleId, f.daysOverdue])).toEqual([
      ['s3', 17],
      ['s5', 1],
    ]);
  });

  it('with `only`, gives just the samples of that status, as the full list has them', () => {
    const overdue = sampleFollowUps(indexProgram(data), { asOf, settings, only: 'overdue' });
    expect(overdue).toEqual(followUps.filter((f) => f.status === 'overdue'));
    expect(sampleFollowUps(indexProgram(data), { asOf, settings, only: 'posted-on-time' }).map((f) => [f.sampleId, f.gmvAfterPost])).toEqual([['s1', 65]]);
  });

  it('a sample shipped after the analysis day is not followed up yet', () => {
    const early = sampleFollowUps(indexProgram(data), { asOf: at(2026, 10, 25), settings });
    expect(early.map((f) => f.sampleId).sort()).toEqual(['s1', 's3']);
  });
});

describe('sample funnel per month', () => {
  it('counts requested → shipped → posted → sold by request month, with the rates', () => {
    const months = sampleFunnelByMonth(indexProgram(data), { asOf });
    expect(months).toEqual([
      { month: '2026-09', requested: 1, shipped: 1, posted: 1, sold: 1, shipRate: 1, postRate: 1, sellRate: 1 },
      { month: '2026-10', requested: 2, shipped: 2, posted: 1, sold: 0, shipRate: 1, postRate: 0.5, sellRate: 0 },
      { month: '2026-11', requested: 4, shipped: 2, posted: 0, sold: 0, shipRate: 0.5, postRate: 0, sellRate: null },
    ]);
  });

  it('sales are unknown without stored orders', () => {
    const months = sampleFunnelByMonth(indexProgram({ ...data, orders: [] }), { asOf });
    expect(months[0]).toMatchObject({ sold: null, sellRate: null });
  });
});
