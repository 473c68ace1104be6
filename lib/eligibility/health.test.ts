import type { EligibilityRecord } from '../model/eligibility';
import { healthOf, shopFigures } from './health';

const record = (extra: Partial<EligibilityRecord> & Pick<EligibilityRecord, 'subject' | 'day'>): EligibilityRecord => ({
  id: `${extra.subject}\u0000${extra.day}`,
  sources: ['typed'],
  updatedAt: 1,
  ...extra,
});

describe('eligibility figures from the kept history', () => {
  it('nothing reported: every figure unknown, the violation list unread', () => {
    const figures = shopFigures([]);
    expect(figures).toMatchObject({ storeRating: null, counterfeitCheckedOn: null, counterfeitDays: [], products: [] });
    expect(healthOf(figures)).toEqual({ storeRating: null, counterfeitViolationDays: null, products: [] });
  });

  it('takes each figure from its latest report, and a rate’s count and base from one report', () => {
    const figures = shopFigures([
      record({ subject: 'shop', day: '2026-11-01', storeRating: 4.1, sources: ['account-health'] }),
      record({ subject: 'shop', day: '2026-11-15', counterfeitChecked: true }),
      record({ subject: 'product:1', day: '2026-11-01', productId: '1', productName: 'Serum', reviews: 100, negativeReviews: 1, returnCases: 40, sellerFaultReturns: 1 }),
      record({ subject: 'product:1', day: '2026-11-10', productId: '1', reviews: 200 }),
      record({ subject: 'product:1', day: '2026-11-12', productId: '1', category: 'electronics', returnCases: 50, sellerFaultReturns: 0 }),
    ]);
    expect(figures.storeRating).toEqual({ value: 4.1, day: '2026-11-01', sources: ['account-health'] });
    expect(figures.counterfeitCheckedOn).toBe('2026-11-15');
    const [serum] = figures.products;
    // 200 reviews on 11-10 came without a negative count: the rate stays 1 of 100 (11-01).
    expect(serum).toMatchObject({ name: 'Serum', category: 'electronics', reviews: { value: { count: 1, base: 100 }, day: '2026-11-01' }, returns: { value: { count: 0, base: 50 }, day: '2026-11-12' } });
    expect(serum!.history.map((r) => r.day)).toEqual(['2026-11-01', '2026-11-10', '2026-11-12']);
    expect(healthOf(figures)).toEqual({
      storeRating: 4.1,
      counterfeitViolationDays: [],
      products: [{ productId: '1', name: 'Serum', category: 'electronics', reviews: 100, negativeReviews: 1, returnCases: 50, sellerFaultReturns: 0 }],
    });
  });

  it('keeps every counterfeit day ever seen; days seen make the list known even unread', () => {
    const figures = shopFigures([
      record({ subject: 'shop', day: '2026-10-01', counterfeitDays: ['2026-09-28'] }),
      record({ subject: 'shop', day: '2026-11-01', counterfeitChecked: true, counterfeitDays: ['2026-10-30'] }),
    ]);
    expect(healthOf(figures).counterfeitViolationDays).toEqual(['2026-09-28', '2026-10-30']);
    expect(healthOf(shopFigures([record({ subject: 'shop', day: '2026-10-01', counterfeitDays: ['2026-09-28'] })])).counterfeitViolationDays).toEqual(['2026-09-28']);
  });
});
