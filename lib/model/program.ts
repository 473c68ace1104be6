/**
 * The seller's program records: collaborations and sample requests (captured from the Affiliate
 * Center), affiliate orders (captured or imported from the orders export) and the seller's own
 * per-creator agreements (`CreatorProgram`, entered in the side panel). Stored by `lib/db`, read by
 * `lib/analytics`. Plain data only: timestamps are epoch milliseconds, calendar days `YYYY-MM-DD`
 * (local), rates and percentages are fractions (15% → 0.15), unknown values are null, never 0.
 */
import { z } from 'zod';
import { CurrencySchema, DayPeriodSchema, DaySchema, MoneySchema, seenTimes, statusChangeSchema } from './primitives';
import {
  COLLABORATION_KINDS,
  COLLABORATION_STATUSES,
  CONTACT_CHANNELS,
  ORDER_CONTENT_TYPES,
  SAMPLE_STATUSES,
  SUGGESTION_KINDS,
  TIERS,
  type SuggestionKind,
  type Tier,
} from './values';

export {
  ACTIVE_COLLABORATION_STATUSES,
  CONTACT_CHANNELS,
  SAMPLE_STATUSES,
  TIERS,
  type CollaborationKind,
  type CollaborationStatus,
  type ContactChannel,
  type OrderContentType,
  type SampleStatus,
  type SuggestionKind,
  type Tier,
} from './values';
export { type Money, type StatusChange } from './primitives';

/** Fractions and amounts the page or file did not give are null, never 0. */
const Amount = z.number().nullable();

// ---------------------------------------------------------------------------------------------
// Collaborations

export const CollaborationSchema = z.object({
  /** Seller Center's invitation id (target) or a product-based id (open). */
  id: z.string().min(1),
  kind: z.enum(COLLABORATION_KINDS),
  name: z.string().optional(),
  /** Creators in it (`Creator.key`). Open collaborations list the creators known to have joined. */
  creatorKeys: z.array(z.string()),
  /** Handles (normalised) for creators whose key was not resolved at capture time. */
  creatorHandles: z.array(z.string()).optional(),
  productIds: z.array(z.string()),
  /** Commission rate as a fraction (Seller Center sends ×100 in its JSON: 1500 → 0.15). */
  commissionRate: Amount,
  /** First and last valid local day, when known. */
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  status: z.enum(COLLABORATION_STATUSES),
  statusHistory: z.array(statusChangeSchema(z.enum(COLLABORATION_STATUSES))),
  ...seenTimes,
});
export type Collaboration = z.infer<typeof CollaborationSchema>;

// ---------------------------------------------------------------------------------------------
// Sample requests

export const SampleRequestSchema = z.object({
  /** Seller Center's sample request id. */
  id: z.string().min(1),
  /** `Creator.key` when resolved; the sample page shows only `@handle`. */
  creatorKey: z.string().optional(),
  /** Normalised handle. */
  creatorHandle: z.string().optional(),
  productId: z.string(),
  productName: z.string().optional(),
  sku: z.string().optional(),
  status: z.enum(SAMPLE_STATUSES),
  statusHistory: z.array(statusChangeSchema(z.enum(SAMPLE_STATUSES))),
  requestedAt: z.number().optional(),
  shippedAt: z.number().optional(),
  contentDeliveredAt: z.number().optional(),
  /** What the sample cost the seller (product + shipping), entered by the seller. */
  sampleCost: MoneySchema.nullable().optional(),
  ...seenTimes,
});
export type SampleRequest = z.infer<typeof SampleRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Affiliate orders

/** The fields an order line has wherever it comes from (page or export file). */
const orderLine = {
  orderId: z.string().min(1),
  productId: z.string().optional(),
  skuId: z.string().optional(),
  /** Normalised `Creator Username` (lower case, no `@`). */
  creatorHandle: z.string().optional(),
  contentType: z.enum(ORDER_CONTENT_TYPES),
  /** Video or LIVE id when the order came from content. */
  contentId: z.string().optional(),
  paymentAmount: Amount,
  currency: CurrencySchema.optional(),
  quantity: Amount,
  /** Standard commission rate as a fraction. */
  commissionRate: Amount,
  /** `Est. standard commission payment`. */
  estCommission: Amount,
  /** `Actual Commission Payment`. */
  actualCommission: Amount,
  /** Seller Center's order status text, e.g. `Completed`, `Pending`. */
  status: z.string().optional(),
  /** `Time Created`, epoch ms (the wall-clock time shown, read in the browser's zone). */
  createdAt: z.number(),
  /** `Fully returned or refunded`; null when the source did not say. */
  refunded: z.boolean().nullable(),
};

/** One SKU line of an affiliate order (the export has one row per order × SKU). */
export const AffiliateOrderSchema = z.object({
  /** `<orderId>:<skuId or productId>`: unique per line. */
  key: z.string().min(1),
  ...orderLine,
  creatorKey: z.string().optional(),
  /** Every status seen, oldest first (the last entry is `status`); absent on lines stored before it was kept. */
  statusHistory: z.array(statusChangeSchema(z.string())).optional(),
  ...seenTimes,
});
export type AffiliateOrder = z.infer<typeof AffiliateOrderSchema>;

/**
 * A line of the Affiliate orders export as lib/import reads it: what `storeOrderRows` takes, plus the
 * export columns the stored `AffiliateOrder` has no place for.
 */
export const ImportedOrderRowSchema = z.object({
  ...orderLine,
  productName: z.string().optional(),
  price: Amount,
  estCommissionBase: Amount,
  actualCommissionBase: Amount,
  shopAdsCommissionRate: Amount,
  estShopAdsCommission: Amount,
  actualShopAdsCommission: Amount,
  commissionModel: z.string().optional(),
  paymentMethod: z.string().optional(),
  creatorRegion: z.string().optional(),
});
export type ImportedOrderRow = z.infer<typeof ImportedOrderRowSchema>;

// ---------------------------------------------------------------------------------------------
// The seller's own per-creator data

export const TierChangeSchema = z.object({
  tier: z.enum(TIERS),
  at: z.number(),
  /** Only the seller sets a tier: suggestions never do. */
  by: z.literal('seller'),
});
export type TierChange = z.infer<typeof TierChangeSchema>;

/** A tier suggestion the seller waved away; it stays hidden until the accepted tier changes. */
export const DismissedSuggestionSchema = z.object({
  kind: z.enum(SUGGESTION_KINDS),
  fromTier: z.enum(TIERS).nullable(),
  toTier: z.enum(TIERS),
  at: z.number(),
});
export type DismissedSuggestion = z.infer<typeof DismissedSuggestionSchema>;

export const ComplianceFlagSchema = z.object({ flagged: z.boolean(), note: z.string().optional(), at: z.number().optional() });
export type ComplianceFlag = z.infer<typeof ComplianceFlagSchema>;

/** A Tier 3 exclusivity window: first and last day, inclusive. */
export const ExclusivityWindowSchema = DayPeriodSchema;
export type ExclusivityWindow = z.infer<typeof ExclusivityWindowSchema>;

export const CreatorProgramSchema = z.object({
  /** `Creator.key`. */
  creatorKey: z.string().min(1),
  agreedPostsPerWeek: Amount,
  flatFeePerPost: MoneySchema.nullable(),
  /** Agreed commission rate as a fraction; absent or null when none is agreed. */
  agreedCommissionRate: Amount.optional(),
  /** Tier 3 exclusivity window; absent or null when none. */
  exclusivity: ExclusivityWindowSchema.nullable().optional(),
  /** Day the agreement starts; absent or null when not entered. */
  startDate: DaySchema.nullable().optional(),
  /** The seller's decision on an open → target suggestion (with the conversion it was taken on). */
  targetInvite: z
    .object({ status: z.enum(['accepted', 'dismissed']), at: z.number(), rate: z.number(), conversionRate: z.number() })
    .optional(),
  acceptedTier: z.enum(TIERS).nullable(),
  /** Oldest first; the last entry is the current accepted tier. */
  tierHistory: z.array(TierChangeSchema),
  dismissedSuggestions: z.array(DismissedSuggestionSchema),
  compliance: ComplianceFlagSchema,
  contact: z.object({ channel: z.enum(CONTACT_CHANNELS), handle: z.string() }).optional(),
  notes: z.string().optional(),
  updatedAt: z.number(),
});
export type CreatorProgram = z.infer<typeof CreatorProgramSchema>;

/** A program record with nothing agreed yet. */
export function emptyCreatorProgram(creatorKey: string, at: number): CreatorProgram {
  return {
    creatorKey,
    agreedPostsPerWeek: null,
    flatFeePerPost: null,
    acceptedTier: null,
    tierHistory: [],
    dismissedSuggestions: [],
    compliance: { flagged: false },
    updatedAt: at,
  };
}

/** The seller accepts a tier: recorded with its history (returns a new record). */
export function acceptTier(program: CreatorProgram, tier: Tier, at: number): CreatorProgram {
  return {
    ...program,
    acceptedTier: tier,
    tierHistory: [...program.tierHistory, { tier, at, by: 'seller' }],
    updatedAt: at,
  };
}

/** The seller dismisses a suggestion (returns a new record). */
export function dismissSuggestion(
  program: CreatorProgram,
  suggestion: { kind: SuggestionKind; fromTier: Tier | null; toTier: Tier },
  at: number,
): CreatorProgram {
  const dismissed: DismissedSuggestion = {
    kind: suggestion.kind,
    fromTier: suggestion.fromTier,
    toTier: suggestion.toTier,
    at,
  };
  return { ...program, dismissedSuggestions: [...program.dismissedSuggestions, dismissed], updatedAt: at };
}
