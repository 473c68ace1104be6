/**
 * What the seller entered about costs, gathered for the analytics: each product's sample cost, the
 * default for products without one, and Spark Ads spend per video. Built once per change of those
 * (small) tables; the analyser attaches it to the index (`withCosts`).
 */
import type { SampleRequest } from '../model/program';
import type { CostSettings, EnteredMoney, ProductCost, SparkSpend } from '../model/review';
import type { CurrencyCode } from '../parse/quantity';

export interface CostBook {
  /** Product id → sample cost. */
  productCosts: ReadonlyMap<string, EnteredMoney>;
  defaultSampleCost: EnteredMoney | null;
  /** Content key (`video:<id>`) → Spark Ads spend. */
  sparkSpend: ReadonlyMap<string, EnteredMoney>;
}

export const EMPTY_COST_BOOK: CostBook = Object.freeze({
  productCosts: new Map(),
  defaultSampleCost: null,
  sparkSpend: new Map(),
});

export function costBookOf(records: {
  productCosts?: readonly ProductCost[];
  sparkSpend?: readonly SparkSpend[];
  settings?: CostSettings | null;
}): CostBook {
  return {
    productCosts: new Map((records.productCosts ?? []).map((p) => [p.productId, p.cost])),
    defaultSampleCost: records.settings?.defaultSampleCost ?? null,
    sparkSpend: new Map((records.sparkSpend ?? []).map((s) => [s.contentKey, s.spend])),
  };
}

export type SampleCostSource = 'sample' | 'product' | 'default';

/**
 * A sample's cost in the shop currency: what was entered on the sample itself, else its product's
 * cost, else the default. Null when none is entered, or when the one that applies is in another
 * currency than the shop's (it cannot be added up with the shop's money).
 */
export function sampleCostOf(
  sample: Pick<SampleRequest, 'productId' | 'sampleCost'>,
  book: CostBook,
  currency: CurrencyCode | null,
): { amount: number | null; source: SampleCostSource | null } {
  const entered: [EnteredMoney | null | undefined, SampleCostSource][] = [
    [sample.sampleCost, 'sample'],
    [book.productCosts.get(sample.productId), 'product'],
    [book.defaultSampleCost, 'default'],
  ];
  for (const [money, source] of entered) {
    if (!money) continue;
    return { amount: currency === null || money.currency === currency ? money.amount : null, source };
  }
  return { amount: null, source: null };
}

/** Spark Ads spend on one piece in the shop currency: 0 when none is entered, null in another currency. */
export function sparkSpendOf(contentKey: string, book: CostBook, currency: CurrencyCode | null): number | null {
  const spend = book.sparkSpend.get(contentKey);
  if (!spend) return 0;
  return currency === null || spend.currency === currency ? spend.amount : null;
}
