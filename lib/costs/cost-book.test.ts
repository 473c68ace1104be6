import { checkCommissionBand } from './commission-band';
import { costBookOf, sampleCostOf, sparkSpendOf } from './cost-book';
import { productsSeen } from './products';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });
const gbp = (amount: number) => ({ amount, currency: 'GBP' as const });

describe('sample cost of a sample', () => {
  const book = costBookOf({
    productCosts: [{ productId: 'p1', cost: usd(8.5), updatedAt: 0 }],
    settings: { defaultSampleCost: usd(5) },
  });

  it('takes the sample’s own cost first, then the product’s, then the default', () => {
    expect(sampleCostOf({ productId: 'p1', sampleCost: usd(12) }, book, 'USD')).toEqual({ amount: 12, source: 'sample' });
    expect(sampleCostOf({ productId: 'p1' }, book, 'USD')).toEqual({ amount: 8.5, source: 'product' });
    expect(sampleCostOf({ productId: 'p2' }, book, 'USD')).toEqual({ amount: 5, source: 'default' });
  });

  it('is unknown when nothing applies — never 0', () => {
    expect(sampleCostOf({ productId: 'p2' }, costBookOf({}), 'USD')).toEqual({ amount: null, source: null });
  });

  it('a null sample cost on the sample falls through to the product', () => {
    expect(sampleCostOf({ productId: 'p1', sampleCost: null }, book, 'USD').amount).toBe(8.5);
  });

  it('an amount in another currency than the shop’s is unknown (it cannot be added up), and does not fall through', () => {
    const other = costBookOf({ productCosts: [{ productId: 'p1', cost: gbp(7), updatedAt: 0 }], settings: { defaultSampleCost: usd(5) } });
    expect(sampleCostOf({ productId: 'p1' }, other, 'USD')).toEqual({ amount: null, source: 'product' });
    // No shop currency known yet: the amount is taken as it is.
    expect(sampleCostOf({ productId: 'p1' }, other, null)).toEqual({ amount: 7, source: 'product' });
  });

  it('a zero cost is a real zero (a product sent at no cost)', () => {
    const free = costBookOf({ productCosts: [{ productId: 'p1', cost: usd(0), updatedAt: 0 }] });
    expect(sampleCostOf({ productId: 'p1' }, free, 'USD')).toEqual({ amount: 0, source: 'product' });
  });
});

describe('Spark Ads spend of a video', () => {
  const book = costBookOf({ sparkSpend: [{ contentKey: 'video:1', spend: usd(120), updatedAt: 0 }, { contentKey: 'video:2', spend: gbp(50), updatedAt: 0 }] });
  it('is 0 when none is entered (no Spark Ads run), the amount when entered, unknown in another currency', () => {
    expect(sparkSpendOf('video:9', book, 'USD')).toBe(0);
    expect(sparkSpendOf('video:1', book, 'USD')).toBe(120);
    expect(sparkSpendOf('video:2', book, 'USD')).toBeNull();
  });
});

describe('commission band', () => {
  const settings = { tier1CommissionMin: 0.1, tier1CommissionMax: 0.2 };
  it('Tier 1: 10–20% by default, both ends inside', () => {
    expect(checkCommissionBand(0.1, 'tier1', settings).status).toBe('within');
    expect(checkCommissionBand(0.2, 'tier1', settings).status).toBe('within');
    expect(checkCommissionBand(0.0999, 'tier1', settings).status).toBe('below');
    expect(checkCommissionBand(0.2001, 'tier1', settings).status).toBe('above');
  });
  it('follows the settings', () => {
    expect(checkCommissionBand(0.25, 'tier1', { tier1CommissionMin: 0.1, tier1CommissionMax: 0.3 }).status).toBe('within');
  });
  it('Tiers 2 and 3 pay more: only a rate under Tier 1’s lowest is flagged, nothing is too high', () => {
    expect(checkCommissionBand(0.05, 'tier2', settings)).toEqual({ status: 'below', tier: 'tier2', min: 0.1, max: null });
    expect(checkCommissionBand(0.4, 'tier3', settings).status).toBe('within');
  });
  it('prospects and creators without a tier have no band', () => {
    expect(checkCommissionBand(0.5, 'prospect', settings).status).toBe('no-band');
    expect(checkCommissionBand(0.5, null, settings).status).toBe('no-band');
  });
});

describe('products seen', () => {
  it('lists sampled products first (most samples first), then ordered-only ones, with names and entered costs', () => {
    const products = productsSeen(
      [
        { productId: 'p2', productName: 'Toner' },
        { productId: 'p1', productName: 'Serum' },
        { productId: 'p1', productName: 'Serum 30ml' },
        { productId: '', productName: 'Mystery' },
      ],
      [{ productId: 'p3' }, { productId: 'p3' }, { productId: 'p1' }, {}],
      new Map([['p3', usd(4)]]),
    );
    expect(products).toEqual([
      { productId: 'p1', name: 'Serum 30ml', samples: 2, orderLines: 1, cost: null },
      { productId: 'p2', name: 'Toner', samples: 1, orderLines: 0, cost: null },
      { productId: 'p3', name: null, samples: 0, orderLines: 2, cost: usd(4) },
    ]);
  });
});
