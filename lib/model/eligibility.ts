/**
 * Shop eligibility for affiliate collaboration (playbook §8), declared once here: the shop categories
 * the thresholds depend on, the settings (thresholds by category, the warning share), the figures
 * kept per day (`eligibility` table) and the row a Seller Center page gives (account health, product
 * rating). Read by `lib/eligibility` (the rules), stored by `lib/db`, checked on restore by `lib/backup`.
 * Rates are fractions (0.007 = 0.7%); days are `YYYY-MM-DD`. A figure nobody reported is absent, never 0.
 */
import { z } from 'zod';

export const SHOP_CATEGORIES = ['electronics', 'fashion-lifestyle', 'fmcg'] as const;
export type ShopCategory = (typeof SHOP_CATEGORIES)[number];
export const ShopCategorySchema = z.enum(SHOP_CATEGORIES);

export const SHOP_CATEGORY_LABELS: Record<ShopCategory, string> = {
  electronics: 'Electronics',
  'fashion-lifestyle': 'Fashion & lifestyle',
  fmcg: 'FMCG',
};

const Rate = z.number({ error: 'Enter a percentage.' }).finite().gt(0, 'Above 0%.').max(1, 'At most 100%.');
const PerCategory = z.object({ electronics: Rate, 'fashion-lifestyle': Rate, fmcg: Rate });
const Count = z.number({ error: 'Enter a number.' }).int('A whole number.').min(1, 'At least 1.').max(10_000, 'At most 10,000.');

export const EligibilitySettingsSchema = z.object({
  /** The category whose thresholds apply to a product without one of its own. */
  shopCategory: ShopCategorySchema,
  /** Negative review rate a product must stay under, by category. */
  negativeReviewMax: PerCategory,
  /** Seller-fault return/refund rate a product must stay under, by category. */
  sellerFaultReturnMax: PerCategory,
  /** Reviews a product needs before its negative review rate counts. */
  minReviews: Count,
  /** Return/refund cases a product needs before its seller-fault rate counts. */
  minReturnCases: Count,
  /** Store rating the shop must keep (at least). */
  minStoreRating: z.number({ error: 'Enter a rating.' }).finite().min(0, 'At least 0.').max(5, 'At most 5.'),
  /** Days a counterfeit violation keeps the shop out. */
  counterfeitWindowDays: Count,
  /** Warn at this share of a threshold (0.8: at 80% of it). */
  warnAt: z.number({ error: 'Enter a percentage.' }).finite().min(0.05, 'At least 5%.').max(1, 'At most 100%.'),
});
export type EligibilitySettings = z.infer<typeof EligibilitySettingsSchema>;

/** Playbook §8; the FMCG thresholds (the strictest) apply until the seller names the shop's category. */
export const DEFAULT_ELIGIBILITY_SETTINGS: EligibilitySettings = {
  shopCategory: 'fmcg',
  negativeReviewMax: { electronics: 0.01, 'fashion-lifestyle': 0.007, fmcg: 0.006 },
  sellerFaultReturnMax: { electronics: 0.02, 'fashion-lifestyle': 0.018, fmcg: 0.015 },
  minReviews: 5,
  minReturnCases: 5,
  minStoreRating: 2.5,
  counterfeitWindowDays: 60,
  warnAt: 0.8,
};

/** Where a figure came from: a Seller Center page, an import file, or typed in the panel. */
export const ELIGIBILITY_SOURCES = ['account-health', 'product-rating', 'import', 'typed'] as const;
export type EligibilitySource = (typeof ELIGIBILITY_SOURCES)[number];

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date.');
const Tally = z.number().int().min(0).max(100_000_000);

/**
 * What was known on one day about the shop (`subject` `shop`) or one product (`product:<id>`):
 * `eligibility` table, key `id` (subject and day). A later report the same day adds to the record.
 */
export const EligibilityRecordSchema = z.object({
  id: z.string().min(1).max(300),
  subject: z.string().min(1).max(200),
  day: Day,
  productId: z.string().min(1).max(128).optional(),
  productName: z.string().max(1_024).optional(),
  /** The product's category, when it differs from the shop's (or was given). */
  category: ShopCategorySchema.optional(),
  storeRating: z.number().finite().min(0).max(5).optional(),
  /** The violation list was read this day (page, import, or the seller's word): no day listed, no violation. */
  counterfeitChecked: z.boolean().optional(),
  /** Days of counterfeit violations seen. */
  counterfeitDays: z.array(Day).max(1_000).optional(),
  reviews: Tally.optional(),
  negativeReviews: Tally.optional(),
  returnCases: Tally.optional(),
  sellerFaultReturns: Tally.optional(),
  sources: z.array(z.enum(ELIGIBILITY_SOURCES)).max(ELIGIBILITY_SOURCES.length),
  updatedAt: z.number(),
});
export type EligibilityRecord = z.infer<typeof EligibilityRecordSchema>;

export const SHOP_SUBJECT = 'shop';
export const productSubject = (productId: string) => `product:${productId}`;
export const eligibilityRecordId = (subject: string, day: string) => `${subject}\u0000${day}`;

/*
 * A row read from a Seller Center page (content script → background; bounded by
 * lib/messages/row-schemas.ts): the store rating, one violation record, or one product's figures.
 */
export const StoreRatingRowSchema = z.object({ kind: z.literal('store-rating'), storeRating: z.number().finite().min(0).max(5) });
export const ViolationRowSchema = z.object({
  kind: z.literal('violation'),
  day: Day,
  /** The violation is a counterfeit one (by its name or policy). */
  counterfeit: z.boolean(),
  policy: z.string().optional(),
});
export const ProductFiguresRowSchema = z.object({
  kind: z.literal('product'),
  productId: z.string().min(1),
  productName: z.string().optional(),
  reviews: Tally.optional(),
  negativeReviews: Tally.optional(),
  returnCases: Tally.optional(),
  sellerFaultReturns: Tally.optional(),
});

/** A count never exceeds the total it is part of. */
export function withConsistentCounts<S extends z.ZodType<z.infer<typeof ProductFiguresRowSchema>>>(schema: S) {
  return schema
    .refine((row) => row.negativeReviews === undefined || row.reviews === undefined || row.negativeReviews <= row.reviews, {
      message: 'more negative reviews than reviews',
      path: ['negativeReviews'],
    })
    .refine((row) => row.sellerFaultReturns === undefined || row.returnCases === undefined || row.sellerFaultReturns <= row.returnCases, {
      message: 'more seller-fault returns than return cases',
      path: ['sellerFaultReturns'],
    });
}

export const EligibilityRowSchema = z.discriminatedUnion('kind', [StoreRatingRowSchema, ViolationRowSchema, withConsistentCounts(ProductFiguresRowSchema)]);
export type EligibilityRow = z.infer<typeof EligibilityRowSchema>;
