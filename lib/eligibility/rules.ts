/**
 * Shop eligibility for affiliate collaboration (playbook §8): the rules and their early warning.
 * - No counterfeit violation in the last 60 days; store rating at least 2.5.
 * - Negative review rate per product, only with at least 5 reviews: electronics < 1%, fashion &
 *   lifestyle < 0.7%, FMCG < 0.6%.
 * - Seller-fault return/refund rate per product, only with at least 5 cases: electronics < 2%,
 *   fashion & lifestyle < 1.8%, FMCG < 1.5%.
 * Crossing any of them pauses all affiliate collaboration until the metrics recover. A warning is
 * raised before that, at a share of the threshold (a setting, 80% by default). Every number here is
 * the default of a setting.
 */

export const CATEGORIES = ['electronics', 'fashion-lifestyle', 'fmcg'] as const;
export type ShopCategory = (typeof CATEGORIES)[number];

export interface EligibilitySettings {
  negativeReviewMax: Record<ShopCategory, number>;
  sellerFaultReturnMax: Record<ShopCategory, number>;
  minReviews: number;
  minReturnCases: number;
  minStoreRating: number;
  counterfeitWindowDays: number;
  /** Warn at this share of a threshold (0.8: at 80% of it). */
  warnAt: number;
}

export const DEFAULT_ELIGIBILITY_SETTINGS: EligibilitySettings = {
  negativeReviewMax: { electronics: 0.01, 'fashion-lifestyle': 0.007, fmcg: 0.006 },
  sellerFaultReturnMax: { electronics: 0.02, 'fashion-lifestyle': 0.018, fmcg: 0.015 },
  minReviews: 5,
  minReturnCases: 5,
  minStoreRating: 2.5,
  counterfeitWindowDays: 60,
  warnAt: 0.8,
};

/** One product's figures, as read from the product rating page, an import, or typed in. */
export interface ProductHealth {
  productId: string;
  name?: string;
  category: ShopCategory;
  reviews: number | null;
  negativeReviews: number | null;
  /** Return/refund cases, and those the seller was at fault for. */
  returnCases: number | null;
  sellerFaultReturns: number | null;
}

/** The shop's figures, as read from the account health page, an import, or typed in. */
export interface ShopHealth {
  storeRating: number | null;
  /** Days of counterfeit violations (`YYYY-MM-DD`). */
  counterfeitViolationDays: string[];
  products: ProductHealth[];
}

export type CheckStatus = 'ok' | 'warning' | 'crossed' | 'not-enough-data' | 'unknown';

export interface EligibilityCheck {
  rule: 'store-rating' | 'counterfeit' | 'negative-review-rate' | 'seller-fault-return-rate';
  productId?: string;
  status: CheckStatus;
  /** The figure checked (a rate, a rating, a count of violations). */
  value: number | null;
  threshold: number;
  /** One sentence with the numbers. */
  message: string;
}

const pct = (n: number) => `${Number((n * 100).toFixed(2))}%`;

function rateCheck(
  rule: 'negative-review-rate' | 'seller-fault-return-rate',
  product: ProductHealth,
  count: number | null,
  base: number | null,
  minBase: number,
  max: number,
  warnAt: number,
): EligibilityCheck {
  const what = rule === 'negative-review-rate' ? 'negative review rate' : 'seller-fault return/refund rate';
  const unit = rule === 'negative-review-rate' ? 'reviews' : 'cases';
  const name = product.name ?? `Product ${product.productId}`;
  if (count === null || base === null) {
    return { rule, productId: product.productId, status: 'unknown', value: null, threshold: max, message: `${name}: ${what} unknown.` };
  }
  if (base < minBase) {
    return { rule, productId: product.productId, status: 'not-enough-data', value: null, threshold: max, message: `${name}: ${base} ${unit}, under the ${minBase} the rule needs.` };
  }
  const rate = count / base;
  // The rule is "below the threshold": reaching it crosses.
  const status: CheckStatus = rate >= max ? 'crossed' : rate >= max * warnAt ? 'warning' : 'ok';
  return {
    rule,
    productId: product.productId,
    status,
    value: rate,
    threshold: max,
    message: `${name}: ${what} ${pct(rate)} (${count} of ${base} ${unit}), must stay under ${pct(max)}.`,
  };
}

/** Days from `a` to `b` (both `YYYY-MM-DD`). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function checkEligibility(health: ShopHealth, today: string, s: EligibilitySettings = DEFAULT_ELIGIBILITY_SETTINGS): EligibilityCheck[] {
  const checks: EligibilityCheck[] = [];
  const rating = health.storeRating;
  if (rating === null) {
    checks.push({ rule: 'store-rating', status: 'unknown', value: null, threshold: s.minStoreRating, message: 'Store rating unknown.' });
  } else {
    // Warn when the margin above the minimum is within (1 − warnAt) of it: at 80%, from 2.5 to 3.0.
    const warnBelow = s.minStoreRating / s.warnAt;
    const status: CheckStatus = rating < s.minStoreRating ? 'crossed' : rating < warnBelow ? 'warning' : 'ok';
    checks.push({ rule: 'store-rating', status, value: rating, threshold: s.minStoreRating, message: `Store rating ${rating}, must be at least ${s.minStoreRating}.` });
  }
  const recent = health.counterfeitViolationDays.filter((d) => {
    const age = daysBetween(d, today);
    return age >= 0 && age < s.counterfeitWindowDays;
  });
  checks.push({
    rule: 'counterfeit',
    status: recent.length > 0 ? 'crossed' : 'ok',
    value: recent.length,
    threshold: 0,
    message:
      recent.length > 0
        ? `${recent.length} counterfeit violation${recent.length > 1 ? 's' : ''} in the last ${s.counterfeitWindowDays} days (latest ${[...recent].sort().at(-1)}).`
        : `No counterfeit violation in the last ${s.counterfeitWindowDays} days.`,
  });
  for (const p of health.products) {
    checks.push(rateCheck('negative-review-rate', p, p.negativeReviews, p.reviews, s.minReviews, s.negativeReviewMax[p.category], s.warnAt));
    checks.push(rateCheck('seller-fault-return-rate', p, p.sellerFaultReturns, p.returnCases, s.minReturnCases, s.sellerFaultReturnMax[p.category], s.warnAt));
  }
  return checks;
}

/** What crossing a rule pauses, for the warning. */
export const CROSSING_PAUSES = 'Crossing any of these pauses all affiliate collaboration (open and target) until the metrics recover.';

export function worstStatus(checks: readonly EligibilityCheck[]): 'crossed' | 'warning' | 'ok' {
  if (checks.some((c) => c.status === 'crossed')) return 'crossed';
  if (checks.some((c) => c.status === 'warning')) return 'warning';
  return 'ok';
}
