/**
 * The seller's cost entries: a sample cost per product (`productCosts`), the default sample cost
 * (`settings` record `costs`) and Spark Ads spend per video (`sparkSpend`). Every write is
 * validated first: invalid input stores nothing and says why. Clearing an entry deletes it
 * (unknown again, never 0).
 */
import { costBookOf, type CostBook } from '../costs/cost-book';
import {
  CostSettingsSchema,
  EnteredMoneySchema,
  ProductCostSchema,
  SparkSpendSchema,
  type CostSettings,
  type EnteredMoney,
  type ProductCost,
  type SparkSpend,
} from '../model/review';
import type { CreatorDeskDb } from './database';

export const COST_SETTINGS_RECORD_ID = 'costs';

export type CostDb = Pick<CreatorDeskDb, 'productCosts' | 'sparkSpend' | 'settings' | 'transaction'>;
export type CostWriteResult<T> = { ok: true; value: T } | { ok: false; error: string };

function firstIssue(error: { issues: readonly { message: string }[] }): string {
  return error.issues[0]?.message ?? 'Not a valid amount.';
}

/** Whatever is stored → valid cost settings (nothing valid: no default). */
export function costSettingsFromRecord(record: unknown): CostSettings {
  const values = record !== null && typeof record === 'object' ? (record as { values?: unknown }).values : undefined;
  const parsed = CostSettingsSchema.safeParse(values ?? {});
  return parsed.success ? parsed.data : { defaultSampleCost: null };
}

export async function loadCostSettings(db: Pick<CreatorDeskDb, 'settings'>): Promise<CostSettings> {
  return costSettingsFromRecord(await db.settings.get(COST_SETTINGS_RECORD_ID));
}

export async function saveDefaultSampleCost(
  db: Pick<CreatorDeskDb, 'settings'>,
  cost: EnteredMoney | null,
  at: number = Date.now(),
): Promise<CostWriteResult<CostSettings>> {
  const parsed = CostSettingsSchema.safeParse({ defaultSampleCost: cost });
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  await db.settings.put({ id: COST_SETTINGS_RECORD_ID, values: parsed.data, updatedAt: at });
  return { ok: true, value: parsed.data };
}

/** Sets (or, with null, clears) a product's sample cost. */
export async function setProductCost(
  db: Pick<CreatorDeskDb, 'productCosts'>,
  product: { productId: string; productName?: string },
  cost: EnteredMoney | null,
  at: number = Date.now(),
): Promise<CostWriteResult<ProductCost | null>> {
  if (cost === null) {
    await db.productCosts.delete(product.productId);
    return { ok: true, value: null };
  }
  const record = { productId: product.productId, ...(product.productName ? { productName: product.productName.slice(0, 500) } : {}), cost, updatedAt: at };
  const parsed = ProductCostSchema.safeParse(record);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  await db.productCosts.put(parsed.data);
  return { ok: true, value: parsed.data };
}

/** Sets (or, with null, clears) the Spark Ads spend on one video. */
export async function setSparkSpend(
  db: Pick<CreatorDeskDb, 'sparkSpend'>,
  video: { contentKey: string; creatorKey?: string },
  spend: EnteredMoney | null,
  at: number = Date.now(),
): Promise<CostWriteResult<SparkSpend | null>> {
  if (spend === null) {
    await db.sparkSpend.delete(video.contentKey);
    return { ok: true, value: null };
  }
  const parsed = SparkSpendSchema.safeParse({ contentKey: video.contentKey, ...(video.creatorKey ? { creatorKey: video.creatorKey } : {}), spend, updatedAt: at });
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  await db.sparkSpend.put(parsed.data);
  return { ok: true, value: parsed.data };
}

/** Checks an amount typed for a currency; the message says what to fix. */
export function checkMoney(money: EnteredMoney): CostWriteResult<EnteredMoney> {
  const parsed = EnteredMoneySchema.safeParse(money);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: firstIssue(parsed.error) };
}

/** Everything the analytics need of the cost entries, read together. */
export async function loadCostBook(db: CostDb): Promise<CostBook> {
  const [productCosts, sparkSpend, settings] = await db.transaction('r', db.productCosts, db.sparkSpend, db.settings, () =>
    Promise.all([db.productCosts.toArray(), db.sparkSpend.toArray(), loadCostSettings(db)]),
  );
  return costBookOf({ productCosts, sparkSpend, settings });
}
