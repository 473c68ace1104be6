/**
 * The seller's program records: collaborations and sample requests (captured from the Affiliate
 * Center), affiliate orders (captured or imported from the orders export) and the seller's own
 * per-creator agreements (`CreatorProgram`, entered in the side panel). Stored by `lib/db`, read by
 * `lib/analytics`. Plain data only: timestamps are epoch milliseconds, calendar days `YYYY-MM-DD`
 * (local), rates and percentages are fractions (15% → 0.15), unknown values are null, never 0.
 */
import type { CurrencyCode } from '../parse/quantity';
import type {
  CollaborationKind,
  CollaborationStatus,
  ContactChannel,
  OrderContentType,
  SampleStatus,
  SuggestionKind,
  Tier,
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


/** An amount of money in one currency. */
export interface Money {
  amount: number;
  currency: CurrencyCode;
}

/** One entry of a status history: the status seen (or set) and when. */
export interface StatusChange<S extends string> {
  status: S;
  at: number;
}

// ---------------------------------------------------------------------------------------------
// Collaborations



export interface Collaboration {
  /** Seller Center's invitation id (target) or a product-based id (open). */
  id: string;
  kind: CollaborationKind;
  name?: string;
  /** Creators in it (`Creator.key`). Open collaborations list the creators known to have joined. */
  creatorKeys: string[];
  /** Handles (normalised) for creators whose key was not resolved at capture time. */
  creatorHandles?: string[];
  productIds: string[];
  /** Commission rate as a fraction (Seller Center sends ×100 in its JSON: 1500 → 0.15). */
  commissionRate: number | null;
  /** First and last valid local day, when known. */
  validFrom?: string;
  validTo?: string;
  status: CollaborationStatus;
  statusHistory: StatusChange<CollaborationStatus>[];
  firstSeen: number;
  lastSeen: number;
  updatedAt: number;
}

// ---------------------------------------------------------------------------------------------
// Sample requests


export interface SampleRequest {
  /** Seller Center's sample request id. */
  id: string;
  /** `Creator.key` when resolved; the sample page shows only `@handle`. */
  creatorKey?: string;
  /** Normalised handle. */
  creatorHandle?: string;
  productId: string;
  productName?: string;
  sku?: string;
  status: SampleStatus;
  statusHistory: StatusChange<SampleStatus>[];
  requestedAt?: number;
  shippedAt?: number;
  contentDeliveredAt?: number;
  /** What the sample cost the seller (product + shipping), entered by the seller. */
  sampleCost?: Money | null;
  firstSeen: number;
  lastSeen: number;
  updatedAt: number;
}

// ---------------------------------------------------------------------------------------------
// Affiliate orders


/** One SKU line of an affiliate order (the export has one row per order × SKU). */
export interface AffiliateOrder {
  /** `<orderId>:<skuId or productId>`: unique per line. */
  key: string;
  orderId: string;
  creatorKey?: string;
  /** Normalised `Creator Username`. */
  creatorHandle?: string;
  productId?: string;
  skuId?: string;
  contentType: OrderContentType;
  /** Video or LIVE id when the order came from content. */
  contentId?: string;
  paymentAmount: number | null;
  currency?: CurrencyCode;
  quantity: number | null;
  /** Standard commission rate as a fraction. */
  commissionRate: number | null;
  estCommission: number | null;
  actualCommission: number | null;
  /** Seller Center's order status text, e.g. `Completed`, `Pending`. */
  status?: string;
  /** Every status seen, oldest first (the last entry is `status`); absent on lines stored before it was kept. */
  statusHistory?: StatusChange<string>[];
  /** `Time Created`. */
  createdAt: number;
  /** `Fully returned or refunded`; null when the source did not say. */
  refunded: boolean | null;
  firstSeen: number;
  lastSeen: number;
  updatedAt: number;
}

// ---------------------------------------------------------------------------------------------
// The seller's own per-creator data

/**
 * A line of the Affiliate orders export as lib/import reads it: what `storeOrderRows` takes, plus the
 * export columns the stored `AffiliateOrder` has no place for.
 */
export interface ImportedOrderRow {
  orderId: string;
  productId?: string;
  productName?: string;
  skuId?: string;
  /** Normalised `Creator Username` (lower case, no `@`), as `AffiliateOrder` keeps it. */
  creatorHandle?: string;
  contentType: OrderContentType;
  contentId?: string;
  price: number | null;
  paymentAmount: number | null;
  currency?: CurrencyCode;
  quantity: number | null;
  /** Standard commission rate as a fraction. */
  commissionRate: number | null;
  /** `Est. standard commission payment`. */
  estCommission: number | null;
  /** `Actual Commission Payment`. */
  actualCommission: number | null;
  estCommissionBase: number | null;
  actualCommissionBase: number | null;
  shopAdsCommissionRate: number | null;
  estShopAdsCommission: number | null;
  actualShopAdsCommission: number | null;
  commissionModel?: string;
  paymentMethod?: string;
  /** `Order Status` text as exported, e.g. `Completed`. */
  status?: string;
  /** `Time Created`, epoch ms (the export's wall-clock time read in the browser's zone). */
  createdAt: number;
  /** `Fully returned or refunded`; null when the file did not say. */
  refunded: boolean | null;
  creatorRegion?: string;
}


export interface TierChange {
  tier: Tier;
  at: number;
  /** Only the seller sets a tier: suggestions never do. */
  by: 'seller';
}


/** A tier suggestion the seller waved away; it stays hidden until the accepted tier changes. */
export interface DismissedSuggestion {
  kind: SuggestionKind;
  fromTier: Tier | null;
  toTier: Tier;
  at: number;
}

export interface ComplianceFlag {
  flagged: boolean;
  note?: string;
  at?: number;
}

/** A Tier 3 exclusivity window: first and last day, inclusive. */
export interface ExclusivityWindow {
  from: string;
  to: string;
}

export interface CreatorProgram {
  /** `Creator.key`. */
  creatorKey: string;
  agreedPostsPerWeek: number | null;
  flatFeePerPost: Money | null;
  /** Agreed commission rate as a fraction; absent or null when none is agreed. */
  agreedCommissionRate?: number | null;
  /** Tier 3 exclusivity window; absent or null when none. */
  exclusivity?: ExclusivityWindow | null;
  /** Day the agreement starts, `YYYY-MM-DD`; absent or null when not entered. */
  startDate?: string | null;
  /** The seller's decision on an open → target suggestion (with the conversion it was taken on). */
  targetInvite?: { status: 'accepted' | 'dismissed'; at: number; rate: number; conversionRate: number };
  acceptedTier: Tier | null;
  /** Oldest first; the last entry is the current accepted tier. */
  tierHistory: TierChange[];
  dismissedSuggestions: DismissedSuggestion[];
  compliance: ComplianceFlag;
  contact?: { channel: ContactChannel; handle: string };
  notes?: string;
  updatedAt: number;
}

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
