
/**
 * Shop eligibility for affiliate collaboration (playbook §8): the rules and their early warning.
 * - No counterfeit violation in the last 60 days; store rating at least 2.5.
 * - Negative review rate per product, only with at least 5 reviews: electronics < 1%, fashion &
 *   lifestyle < 0.7%, FMCG < 0.6%.
 * - Seller-fault return/refund rate per product, only with at least 5 cases: electronics < 2%,
 *   fashion & lifestyle < 1.8%, FMCG < 1.5%.
 * Crossing any of them pauses all affiliate collaboration until the metrics recover. A warning is
 * raised before that, at a share of the threshold (a setting, 80% by default). Every number is a setting
 * (lib/model/eligibility.ts). Unknown stays unknown: a missing figure is never taken as 0.
 */

import { DEFAULT_ELIGIBILITY_SETTINGS, type EligibilitySettings, type ShopCategory } from '../model/eligibility';
import { parseDay } from '../calendar/days';

/** One product's figures, as read from the product rating page, an import, or typed in. */
export interface ProductHealth {
  productId: string;
  name?: string;
  /** Its category; the shop's (a setting) when not given. */
  category?: ShopCategory;
  reviews: number | null;
  negativeReviews: number | null;
  /** Return/refund cases, and those the seller was at fault for. */
  returnCases: number | null;
  sellerFaultReturns: number | null;
}

/** The shop's figures, as read from the account health page, an import, or typed in. */
export interface ShopHealth {
  storeRating: number | null;
  /** Days of counterfeit violations (`YYYY-MM-DD`); null when nobody has looked (unknown, not none). */
  counterfeitViolationDays: string[] | null;
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

/** `value ≥ limit`, forgiving binary rounding (6 of 1,000 is 0.6%, and 0.6% × 80% is 0.48%). */
const reaches = (value: number, limit: number) => value >= limit - 1e-12;

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
  const status: CheckStatus = reaches(rate, max) ? 'crossed' : reaches(rate, max * warnAt) ? 'warning' : 'ok';
  return {
    rule,
    productId: product.productId,
    status,
    value: rate,
    threshold: max,
    message: `${name}: ${what} ${pct(rate)} (${count} of ${base} ${unit}), must stay under ${pct(max)}.`,
  };
}

export function checkEligibility(health: ShopHealth, today: string, s: EligibilitySettings = DEFAULT_ELIGIBILITY_SETTINGS): EligibilityCheck[] {
  const checks: EligibilityCheck[] = [storeRatingCheck(health.storeRating, s), counterfeitCheck(health.counterfeitViolationDays, today, s)];
  for (const p of health.products) {
    const category = p.category ?? s.shopCategory;
    checks.push(rateCheck('negative-review-rate', p, p.negativeReviews, p.reviews, s.minReviews, s.negativeReviewMax[category], s.warnAt));
    checks.push(rateCheck('seller-fault-return-rate', p, p.sellerFaultReturns, p.returnCases, s.minReturnCases, s.sellerFaultReturnMax[category], s.warnAt));
  }
  return checks;
}

function storeRatingCheck(rating: number | null, s: EligibilitySettings): EligibilityCheck {
  const base = { rule: 'store-rating', threshold: s.minStoreRating } as const;
  if (rating === null) return { ...base, status: 'unknown', value: null, message: 'Store rating unknown.' };
  // A floor, so the warning comes as the rating falls towards it: at 80%, from 2.5 / 0.8 = 3.125 down.
  const warnBelow = s.minStoreRating / s.warnAt;
  const status: CheckStatus = rating < s.minStoreRating ? 'crossed' : rating < warnBelow ? 'warning' : 'ok';
  return { ...base, status, value: rating, message: `Store rating ${rating}, must be at least ${s.minStoreRating}.` };
}

function counterfeitCheck(days: readonly string[] | null, today: string, s: EligibilitySettings): EligibilityCheck {
  const base = { rule: 'counterfeit', threshold: 0 } as const;
  const todayNumber = parseDay(today);
  if (days === null || todayNumber === null) {
    return { ...base, status: 'unknown', value: null, message: 'Counterfeit violations unknown: nobody has read the violation list yet.' };
  }
  // Day 0 (today) up to day 59 count; a date after today is not a violation yet.
  const recent = days.filter((day) => {
    const n = parseDay(day);
    return n !== null && todayNumber - n >= 0 && todayNumber - n < s.counterfeitWindowDays;
  });
  if (recent.length === 0) return { ...base, status: 'ok', value: 0, message: `No counterfeit violation in the last ${s.counterfeitWindowDays} days.` };
  const latest = [...recent].sort().at(-1);
  return {
    ...base,
    status: 'crossed',
    value: recent.length,
    message: `${recent.length} counterfeit violation${recent.length > 1 ? 's' : ''} in the last ${s.counterfeitWindowDays} days (latest ${latest}).`,
  };
}

/** What crossing a rule pauses, for the warning. */
export const CROSSING_PAUSES = 'Crossing any of these pauses all affiliate collaboration (open and target) until the metrics recover.';

const SEVERITY: Record<CheckStatus, number> = { crossed: 0, warning: 1, unknown: 2, 'not-enough-data': 3, ok: 4 };

/** The shop's rules first, as checked; then the products' checks, the most urgent first (stable within a status). */
export function byUrgency(checks: readonly EligibilityCheck[]): EligibilityCheck[] {
  const shop = checks.filter((c) => c.productId === undefined);
  const products = checks.filter((c) => c.productId !== undefined).sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status]);
  return [...shop, ...products];
}

/** The shop's state: crossed over warning over unknown (some figure nobody reported) over ok. */
export function worstStatus(checks: readonly EligibilityCheck[]): 'crossed' | 'warning' | 'unknown' | 'ok' {
  if (checks.some((c) => c.status === 'crossed')) return 'crossed';
  if (checks.some((c) => c.status === 'warning')) return 'warning';
  if (checks.some((c) => c.status === 'unknown')) return 'unknown';
  return 'ok';
}
