/**
 * The seller's own records for the weekly review (issue 13), each declared once here as a zod
 * schema with its type inferred from it: what a product's sample costs, what was spent on Spark Ads
 * per video, the outreach log, and the cost settings. Stored by `lib/db`, checked again on restore
 * by `lib/backup`, read by `lib/costs` and `lib/review`. Amounts are plain numbers in a named
 * currency; calendar days are `YYYY-MM-DD`; times are epoch ms.
 */
import { z } from 'zod';
import { DAY_PATTERN, MoneySchema } from './primitives';

/** A day as the seller typed it (`<input type="date">` gives `YYYY-MM-DD`). */
export const EnteredDaySchema = z.string().regex(DAY_PATTERN, 'Enter a date.');

/** An amount the seller entered: never negative, bounded so a slip of the keyboard cannot overflow sums. */
export const MoneyAmountSchema = z
  .number({ error: 'Enter an amount.' })
  .finite('Enter an amount.')
  .min(0, 'An amount cannot be negative.')
  .max(100_000_000, 'At most 100,000,000.');

export const EnteredMoneySchema = MoneySchema.extend({ amount: MoneyAmountSchema });
export type EnteredMoney = z.infer<typeof EnteredMoneySchema>;

// ---------------------------------------------------------------------------------------------
// Sample cost per product (`productCosts` table, key `productId`)

export const ProductCostSchema = z.object({
  productId: z.string().min(1).max(64),
  /** The name last seen for the product, to list it by. */
  productName: z.string().max(500).optional(),
  /** What one sample of it costs the seller (product + shipping). */
  cost: EnteredMoneySchema,
  updatedAt: z.number(),
});
export type ProductCost = z.infer<typeof ProductCostSchema>;

// ---------------------------------------------------------------------------------------------
// Spark Ads spend per video (`sparkSpend` table, key `contentKey`)

export const SparkSpendSchema = z.object({
  /** `video:<id>`, as `ContentPiece.key`. */
  contentKey: z.string().min(1).max(120),
  creatorKey: z.string().max(200).optional(),
  spend: EnteredMoneySchema,
  updatedAt: z.number(),
});
export type SparkSpend = z.infer<typeof SparkSpendSchema>;

// ---------------------------------------------------------------------------------------------
// Cost settings (`settings` table, record id `costs`)

export const CostSettingsSchema = z.object({
  /** Sample cost of any product without one of its own; null: unknown. */
  defaultSampleCost: EnteredMoneySchema.nullable().default(null),
});
export type CostSettings = z.infer<typeof CostSettingsSchema>;

// ---------------------------------------------------------------------------------------------
// Outreach log (`outreach` table, key `id`)

/** What was sent: a sample reminder, a lifecycle update, the weekly shout-out, or anything else. */
export const OUTREACH_KINDS = ['reminder', 'update', 'shout-out', 'other'] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

/** Where it went: the channels playbook §9 names, TikTok messages, or elsewhere. */
export const OUTREACH_CHANNELS = ['email', 'whatsapp', 'discord', 'slack', 'geneva', 'tiktok', 'other'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

/** An outreach entry's text is the seller's own; kept whole up to a generous bound. */
export const MAX_OUTREACH_TEXT = 20_000;

export const OutreachEntrySchema = z.object({
  id: z.string().min(1).max(100),
  /** Creators it was for (`Creator.key`); a shout-out names several. */
  creatorKeys: z.array(z.string().min(1).max(200)).max(500),
  kind: z.enum(OUTREACH_KINDS),
  channel: z.enum(OUTREACH_CHANNELS),
  /** One line saying what it was (`Reminder: Vitamin C Glow Serum`). */
  summary: z.string().max(300),
  text: z.string().max(MAX_OUTREACH_TEXT),
  /** When it was copied from the panel or logged by hand. */
  at: z.number(),
  /** `copied`: copied from the panel, not confirmed sent; `sent`: the seller says it went out. */
  status: z.enum(['copied', 'sent']),
  sentAt: z.number().optional(),
  /** Copied from the panel, or written elsewhere and logged by hand. */
  origin: z.enum(['panel', 'manual']),
  updatedAt: z.number(),
});
export type OutreachEntry = z.infer<typeof OutreachEntrySchema>;

/** When the creator was last contacted through this entry: when sent, else when copied. */
export function contactedAt(entry: OutreachEntry): number {
  return entry.sentAt ?? entry.at;
}
