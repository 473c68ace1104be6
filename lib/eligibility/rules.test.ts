import { DEFAULT_ELIGIBILITY_SETTINGS } from '../model/eligibility';
import { byUrgency, checkEligibility, worstStatus, type ProductHealth } from './rules';

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

  it('warns from exactly 80% of a rate threshold, not a hair before (binary rounding forgiven)', () => {
    // FMCG negative reviews: 0.6% × 80% = 0.48%: 48 of 10,000 warns, 47 does not.
    expect(check(product({ reviews: 10_000, negativeReviews: 47 }), 'negative-review-rate').status).toBe('ok');
    expect(check(product({ reviews: 10_000, negativeReviews: 48 }), 'negative-review-rate').status).toBe('warning');
    expect(check(product({ reviews: 10_000, negativeReviews: 59 }), 'negative-review-rate').status).toBe('warning');
    expect(check(product({ reviews: 10_000, negativeReviews: 60 }), 'negative-review-rate').status).toBe('crossed');
    // FMCG seller-fault returns: 1.5% × 80% = 1.2%.
    expect(check(product({ returnCases: 1000, sellerFaultReturns: 11 }), 'seller-fault-return-rate').status).toBe('ok');
    expect(check(product({ returnCases: 1000, sellerFaultReturns: 12 }), 'seller-fault-return-rate').status).toBe('warning');
  });

  it('the product’s own category wins; without one the shop’s category (a setting) applies', () => {
    const p = product({ category: undefined, negativeReviews: 8 }); // 0.8%
    const withShop = (shopCategory: 'electronics' | 'fmcg') =>
      checkEligibility({ storeRating: 4.5, counterfeitViolationDays: [], products: [p] }, today, { ...DEFAULT_ELIGIBILITY_SETTINGS, shopCategory }).find(
        (c) => c.rule === 'negative-review-rate',
      )!.status;
    expect(withShop('fmcg')).toBe('crossed');
    expect(withShop('electronics')).toBe('warning');
    expect(check(product({ category: 'electronics', negativeReviews: 8 }), 'negative-review-rate').status).toBe('warning');
  });

  it('zero of enough is a real 0%; unknown counts or bases stay unknown, never 0', () => {
    expect(check(product({ reviews: 5, negativeReviews: 0 }), 'negative-review-rate')).toMatchObject({ status: 'ok', value: 0 });
    expect(check(product({ reviews: null, negativeReviews: 0 }), 'negative-review-rate')).toMatchObject({ status: 'unknown', value: null });
    expect(check(product({ returnCases: null, sellerFaultReturns: null }), 'seller-fault-return-rate')).toMatchObject({ status: 'unknown', value: null });
    expect(check(product({ returnCases: 0, sellerFaultReturns: 0 }), 'seller-fault-return-rate')).toMatchObject({ status: 'not-enough-data', value: null });
  });

  it('store rating: the warning band is [2.5, 3.125) at 80%; exactly 3.125 is fine', () => {
    const rating = (storeRating: number) => checkEligibility({ storeRating, counterfeitViolationDays: [], products: [] }, today)[0]!.status;
    expect(rating(3.125)).toBe('ok');
    expect(rating(3.12)).toBe('warning');
    expect(rating(0)).toBe('crossed');
  });

  it('counterfeit: a list nobody read is unknown, not "none"; a violation today counts', () => {
    const counterfeit = (days: string[] | null) => checkEligibility({ storeRating: 4, counterfeitViolationDays: days, products: [] }, today)[1]!;
    expect(counterfeit(null)).toMatchObject({ status: 'unknown', value: null });
    expect(counterfeit([])).toMatchObject({ status: 'ok', value: 0 });
    expect(counterfeit([today])).toMatchObject({ status: 'crossed', value: 1 });
    expect(counterfeit(['2026-10-01', '2026-11-01', 'not a day']).message).toBe('2 counterfeit violations in the last 60 days (latest 2026-11-01).');
  });

  it('the worst status: crossed, then warning, then unknown, then ok', () => {
    const statuses = (storeRating: number | null, days: string[] | null) => worstStatus(checkEligibility({ storeRating, counterfeitViolationDays: days, products: [] }, today));
    expect(statuses(null, [])).toBe('unknown');
    expect(statuses(2.9, null)).toBe('warning');
    expect(statuses(4, [today])).toBe('crossed');
    expect(statuses(4, [])).toBe('ok');
  });

  it('orders the shop’s rules first, then products from crossed to fine', () => {
    const checks = checkEligibility({ storeRating: 4.5, counterfeitViolationDays: [], products: [product({ productId: 'a' }), product({ productId: 'b', negativeReviews: 9 })] }, today);
    expect(byUrgency(checks).map((c) => `${c.rule}:${c.productId ?? ''}:${c.status}`)).toEqual([
      'store-rating::ok',
      'counterfeit::ok',
      'negative-review-rate:b:crossed',
      'negative-review-rate:a:ok',
      'seller-fault-return-rate:a:ok',
      'seller-fault-return-rate:b:ok',
    ]);
  });
});
