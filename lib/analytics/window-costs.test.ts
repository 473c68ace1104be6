import { costBookOf } from '../costs/cost-book';
import { indexProgram } from './program-index';
import type { ProgramData } from './program-index-model';
import { computeScorecards, type Scorecard } from './scorecard';
import { at, creator, options, order, piece, program, q, sample } from './test-helpers';
import { withCosts } from './with-costs';
import { withPrograms } from './with-programs';

const asOf = at(2026, 11, 20, 12); // 28-day window 2026-10-24 … 2026-11-20
const usd = (amount: number) => ({ amount, currency: 'USD' as const });

const data: ProgramData = {
  currency: 'USD',
  creators: [creator('id:a'), creator('id:b'), creator('id:c')],
  content: [
    piece('id:a', '2026-11-18', { gmv: q(300) }, { contentId: 'v1' }),
    piece('id:a', '2026-11-10', { gmv: q(100) }, { contentId: 'v2' }),
    piece('id:a', '2026-10-01', { gmv: q(999) }, { contentId: 'old' }), // before the window
    piece('id:b', '2026-11-12', {}, { contentId: 'v3' }), // GMV unknown
  ],
  orders: [
    order('id:a', at(2026, 11, 18), 400, { actualCommission: 40 }),
    order('id:b', at(2026, 11, 12), 100, { actualCommission: 10 }),
  ],
  samples: [
    sample('id:a', 'p1', { shippedAt: at(2026, 11, 2) }),
    sample('id:a', 'p2', { shippedAt: at(2026, 11, 3), sampleCost: usd(12) }),
    sample('id:a', 'p1', { shippedAt: at(2026, 9, 1) }), // before the window
    sample('id:b', 'p9', { shippedAt: at(2026, 11, 5) }),
  ],
};

function cards(book = costBookOf({}), programs = [program('id:a', { flatFeePerPost: usd(25), agreedCommissionRate: 0.12 })]): Map<string, Scorecard> {
  const index = withCosts(withPrograms(indexProgram(data), programs), book);
  return new Map(computeScorecards(index, options(asOf)).map((c) => [c.creatorKey, c]));
}

describe('window costs on the scorecard', () => {
  it('without sample costs entered: flat fees and commission known, sample cost and everything that needs it unknown', () => {
    const a = cards().get('id:a')!;
    expect(a.gmv).toBe(400);
    expect(a.commission).toBe(40);
    expect(a.flatFees).toBe(50); // 2 posts × $25
    expect(a.agreedCommissionRate).toBe(0.12);
    expect(a.commissionToRevenue).toBeCloseTo(90 / 400);
    expect(a.samplesReceived).toBe(2);
    expect(a.sampleCost).toBeNull(); // p1 has no cost
    expect(a.totalCost).toBeNull();
    expect(a.netContribution).toBeNull();
    expect(a.gmvPerSampleDollar).toBeNull();
  });

  it('a product cost and a default fill the gaps: cost = commission + flat fees + samples', () => {
    const a = cards(costBookOf({ productCosts: [{ productId: 'p1', cost: usd(8), updatedAt: 0 }] })).get('id:a')!;
    expect(a.sampleCost).toBe(20); // p1 $8 (product) + p2 $12 (on the sample)
    expect(a.totalCost).toBe(40 + 50 + 20);
    expect(a.netContribution).toBe(400 - 110);
    expect(a.gmvPerSampleDollar).toBe(20);
    const b = cards(costBookOf({ settings: { defaultSampleCost: usd(5) } })).get('id:b')!;
    expect(b.sampleCost).toBe(5);
    expect(b.netContribution).toBe(100 - 10 - 5);
  });

  it('no flat fee agreed is a real 0; a fee in another currency makes the costs unknown', () => {
    const book = costBookOf({ settings: { defaultSampleCost: usd(5) } });
    expect(cards(book, []).get('id:a')!.flatFees).toBe(0);
    const gbpFee = cards(book, [program('id:a', { flatFeePerPost: { amount: 25, currency: 'GBP' } })]).get('id:a')!;
    expect(gbpFee.flatFees).toBeNull();
    expect(gbpFee.commissionToRevenue).toBeNull();
    expect(gbpFee.netContribution).toBeNull();
  });

  it('Spark Ads spend on the window’s videos adds to the cost; its return is their GMV per dollar', () => {
    const book = costBookOf({
      settings: { defaultSampleCost: usd(5) },
      sparkSpend: [
        { contentKey: 'video:v1', spend: usd(100), updatedAt: 0 },
        { contentKey: 'video:old', spend: usd(1000), updatedAt: 0 }, // posted before the window
      ],
    });
    const a = cards(book).get('id:a')!;
    expect(a.sparkAdsSpend).toBe(100);
    expect(a.sparkAdsGmv).toBe(300);
    expect(a.sparkAdsReturn).toBe(3);
    expect(a.totalCost).toBe(40 + 50 + 17 + 100); // p1 default $5 + p2 $12
    expect(a.netContribution).toBe(400 - 207);
  });

  it('no Spark Ads: spend 0 and no return (not a 0× return)', () => {
    const a = cards().get('id:a')!;
    expect(a.sparkAdsSpend).toBe(0);
    expect(a.sparkAdsReturn).toBeNull();
  });

  it('Spark Ads on a video whose GMV is unknown: spend counted, return unknown', () => {
    const b = cards(costBookOf({ sparkSpend: [{ contentKey: 'video:v3', spend: usd(40), updatedAt: 0 }] })).get('id:b')!;
    expect(b.sparkAdsSpend).toBe(40);
    expect(b.sparkAdsReturn).toBeNull();
  });

  it('Spark Ads spend in another currency makes the total cost unknown', () => {
    const a = cards(costBookOf({ settings: { defaultSampleCost: usd(5) }, sparkSpend: [{ contentKey: 'video:v1', spend: { amount: 10, currency: 'EUR' }, updatedAt: 0 }] })).get('id:a')!;
    expect(a.sparkAdsSpend).toBeNull();
    expect(a.totalCost).toBeNull();
    expect(a.netContribution).toBeNull();
  });

  it('a creator with no samples, fees or spend: cost is the commission alone', () => {
    const c = cards().get('id:c')!;
    expect(c.sampleCost).toBe(0);
    expect(c.gmvPerSampleDollar).toBeNull(); // nothing spent on samples: no ratio
  });

  it('withCosts leaves entries without cost changes as they were (shared objects)', () => {
    const base = withPrograms(indexProgram(data), []);
    const attached = withCosts(base, costBookOf({}));
    expect(attached.byKey.get('id:c')).toBe(base.byKey.get('id:c'));
  });
});
