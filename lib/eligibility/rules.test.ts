import { checkEligibility, DEFAULT_ELIGIBILITY_SETTINGS, worstStatus, type ProductHealth } from './rules';

const product = (extra: Partial<ProductHealth>): ProductHealth => ({
  productId: 'p1',
  name: 'Serum',
  category: 'fmcg',
  reviews: 1000,
  negativeReviews: 0,
  returnCases: 1000,
  sellerFaultReturns: 0,
  ...extra,
});
const today = '2026-11-20';
const check = (p: ProductHealth, rule: string) => checkEligibility({ storeRating: 4.5, counterfeitViolationDays: [], products: [p] }, today).find((c) => c.rule === rule)!;

describe('shop eligibility rules', () => {
  it('negative review rate by category: FMCG under 0.6%, warning from 80% of it, crossed at it', () => {
    expect(check(product({ negativeReviews: 4 }), 'negative-review-rate').status).toBe('ok'); // 0.4%
    expect(check(product({ negativeReviews: 5 }), 'negative-review-rate').status).toBe('warning'); // 0.5% ≥ 0.48%
    expect(check(product({ negativeReviews: 6 }), 'negative-review-rate')).toMatchObject({ status: 'crossed', value: 0.006, threshold: 0.006 });
    expect(check(product({ negativeReviews: 6, category: 'electronics' }), 'negative-review-rate').status).toBe('ok'); // under 1%, under 0.8%
    expect(check(product({ negativeReviews: 6, category: 'fashion-lifestyle' }), 'negative-review-rate').status).toBe('warning'); // 0.6% ≥ 0.56%
  });

  it('only with at least 5 reviews / 5 cases', () => {
    expect(check(product({ reviews: 4, negativeReviews: 4 }), 'negative-review-rate')).toMatchObject({ status: 'not-enough-data', value: null });
    expect(check(product({ reviews: 5, negativeReviews: 1 }), 'negative-review-rate').status).toBe('crossed');
    expect(check(product({ returnCases: 4, sellerFaultReturns: 4 }), 'seller-fault-return-rate').status).toBe('not-enough-data');
  });

  it('seller-fault return rate: electronics < 2%, fashion < 1.8%, FMCG < 1.5%', () => {
    expect(check(product({ sellerFaultReturns: 15 }), 'seller-fault-return-rate').status).toBe('crossed');
    expect(check(product({ sellerFaultReturns: 15, category: 'fashion-lifestyle' }), 'seller-fault-return-rate').status).toBe('warning');
    expect(check(product({ sellerFaultReturns: 15, category: 'electronics' }), 'seller-fault-return-rate').status).toBe('ok');
    expect(check(product({ sellerFaultReturns: null }), 'seller-fault-return-rate').status).toBe('unknown');
  });

  it('store rating at least 2.5 (warning under 3.125 at 80%); unknown stays unknown', () => {
    const rating = (storeRating: number | null) => checkEligibility({ storeRating, counterfeitViolationDays: [], products: [] }, today)[0]!.status;
    expect(rating(2.5)).toBe('warning');
    expect(rating(2.49)).toBe('crossed');
    expect(rating(3.2)).toBe('ok');
    expect(rating(null)).toBe('unknown');
  });

  it('no counterfeit violation in the last 60 days: day 59 counts, day 60 no longer', () => {
    const counterfeit = (days: string[]) => checkEligibility({ storeRating: 4, counterfeitViolationDays: days, products: [] }, today)[1]!;
    expect(counterfeit(['2026-09-22']).status).toBe('crossed'); // 59 days ago
    expect(counterfeit(['2026-09-21']).status).toBe('ok'); // 60 days ago
    expect(counterfeit(['2026-11-21']).status).toBe('ok'); // a future date is not a violation yet
  });

  it('the thresholds and the warning share are settings; the worst status sums it up', () => {
    const strict = { ...DEFAULT_ELIGIBILITY_SETTINGS, warnAt: 0.5 };
    const checks = checkEligibility({ storeRating: 4.5, counterfeitViolationDays: [], products: [product({ negativeReviews: 3 })] }, today, strict);
    expect(checks.find((c) => c.rule === 'negative-review-rate')!.status).toBe('warning'); // 0.3% ≥ 0.3%
    expect(worstStatus(checks)).toBe('warning');
    expect(worstStatus([])).toBe('ok');
  });
});
