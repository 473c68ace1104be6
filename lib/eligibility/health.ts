/**
 * From the figures kept day by day (`EligibilityRecord`, one per subject and day) to what the rules
 * check now, and the history the Eligibility view shows. Each figure is its latest report, with the
 * day it was reported: figures of one product may come from different days and sources (reviews
 * from the product rating page this week, returns typed in last week), but a rate's count and base
 * always come from one report. Counterfeit violation days
 * add up over all reports: a violation that has left the page's list still counts for 60 days.
 */
import { SHOP_SUBJECT, type EligibilityRecord, type EligibilitySource, type ShopCategory } from '../model/eligibility';
import type { ProductHealth, ShopHealth } from './rules';

/** A figure with the day and sources of the report it comes from. */
export interface Reported<T> {
  value: T;
  day: string;
  sources: readonly EligibilitySource[];
}

/** A count out of a base (negative reviews of reviews), both from the same report. */
export interface Tally {
  count: number;
  base: number;
}

export interface ProductFigures {
  productId: string;
  name?: string;
  category?: ShopCategory;
  /** Negative reviews of all reviews. */
  reviews: Reported<Tally> | null;
  /** Seller-fault returns/refunds of all return/refund cases. */
  returns: Reported<Tally> | null;
  /** Every day reported for this product, oldest first. */
  history: EligibilityRecord[];
}

export interface ShopFigures {
  storeRating: Reported<number> | null;
  /** The last day the violation list was read; null when never. */
  counterfeitCheckedOn: string | null;
  counterfeitDays: string[];
  /** Every day reported for the shop, oldest first. */
  history: EligibilityRecord[];
  products: ProductFigures[];
}

const byDay = (a: EligibilityRecord, b: EligibilityRecord) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.updatedAt - b.updatedAt);

function latestRating(history: readonly EligibilityRecord[]): Reported<number> | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const record = history[i]!;
    if (record.storeRating !== undefined) return { value: record.storeRating, day: record.day, sources: record.sources };
  }
  return null;
}

type TallyFields = ['negativeReviews', 'reviews'] | ['sellerFaultReturns', 'returnCases'];

/** The latest report giving both the count and its base: a rate never mixes two reports. */
function latestTally(history: readonly EligibilityRecord[], [countField, baseField]: TallyFields): Reported<Tally> | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const record = history[i]!;
    const count = record[countField];
    const base = record[baseField];
    if (count !== undefined && base !== undefined) return { value: { count, base }, day: record.day, sources: record.sources };
  }
  return null;
}

function latestText<K extends 'productName' | 'category'>(history: readonly EligibilityRecord[], field: K): EligibilityRecord[K] {
  for (let i = history.length - 1; i >= 0; i--) {
    const value = history[i]![field];
    if (value !== undefined) return value;
  }
  return undefined;
}

export function shopFigures(records: readonly EligibilityRecord[]): ShopFigures {
  const bySubject = new Map<string, EligibilityRecord[]>();
  for (const record of records) {
    const list = bySubject.get(record.subject) ?? [];
    list.push(record);
    bySubject.set(record.subject, list);
  }
  for (const list of bySubject.values()) list.sort(byDay);

  const shop = bySubject.get(SHOP_SUBJECT) ?? [];
  const counterfeitDays = new Set<string>();
  let counterfeitCheckedOn: string | null = null;
  for (const record of shop) {
    for (const day of record.counterfeitDays ?? []) counterfeitDays.add(day);
    if (record.counterfeitChecked) counterfeitCheckedOn = record.day;
  }

  const products: ProductFigures[] = [];
  for (const [subject, history] of bySubject) {
    if (subject === SHOP_SUBJECT) continue;
    const productId = history.find((r) => r.productId)?.productId;
    if (!productId) continue;
    const name = latestText(history, 'productName');
    const category = latestText(history, 'category');
    products.push({
      productId,
      ...(name ? { name } : {}),
      ...(category ? { category } : {}),
      reviews: latestTally(history, ['negativeReviews', 'reviews']),
      returns: latestTally(history, ['sellerFaultReturns', 'returnCases']),
      history,
    });
  }
  products.sort((a, b) => (a.name ?? a.productId).localeCompare(b.name ?? b.productId));
  return {
    storeRating: latestRating(shop),
    counterfeitCheckedOn,
    counterfeitDays: [...counterfeitDays].sort(),
    history: shop,
    products,
  };
}


/** What the rules check: the latest figures; a violation list nobody read is unknown, not empty. */
export function healthOf(figures: ShopFigures): ShopHealth {
  return {
    storeRating: figures.storeRating?.value ?? null,
    counterfeitViolationDays: figures.counterfeitCheckedOn !== null || figures.counterfeitDays.length > 0 ? figures.counterfeitDays : null,
    products: figures.products.map(
      (p): ProductHealth => ({
        productId: p.productId,
        ...(p.name ? { name: p.name } : {}),
        ...(p.category ? { category: p.category } : {}),
        reviews: p.reviews?.value.base ?? null,
        negativeReviews: p.reviews?.value.count ?? null,
        returnCases: p.returns?.value.base ?? null,
        sellerFaultReturns: p.returns?.value.count ?? null,
      }),
    ),
  };
}
