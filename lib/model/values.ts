/**
 * Every enum of the model as an as-const value list, declared once; the zod schemas
 * (`schemas.ts`) and the types are derived from these. Free of zod so the content script can use
 * the lists (`CREATOR_METRICS` names the columns adapters read) without bundling a validator.
 */
export const CREATOR_METRICS = [
  'followers',
  'gmv',
  'refundedGmv',
  'orders',
  'itemsSold',
  'itemsRefunded',
  'aov',
  'estCommission',
  'estFlatFee',
  'avgVideoViews',
  'engagementRate',
  'videos',
  'liveStreams',
  'samples',
  'samplesShipped',
  'showcaseProducts',
  'productImpressions',
  'ctr',
  'ctor',
  'videoViews',
  'customers',
  'videoGmv',
  'liveGmv',
  'productCardGmv',
  'avgCommissionRate',
  'postRate',
  /** Posts in the last 30 days, as the creator profile's page data reports them. */
  'videos30d',
  'shopVideos30d',
  'liveStreams30d',
] as const;
export type CreatorMetricName = (typeof CREATOR_METRICS)[number];

export const CONTENT_METRICS = [
  'views',
  'likes',
  'comments',
  'shares',
  'gmv',
  'orders',
  'itemsSold',
  'aov',
  'refunds',
  'itemsRefunded',
  'estCommission',
  'completionRate',
  'ctr',
  'engagementRate',
  'gpm',
  /** Share of viewers still watching at 3 seconds. */
  'hookRetention',
  'productImpressions',
  'clicks',
] as const;
export type ContentMetricName = (typeof CONTENT_METRICS)[number];

export const CONTENT_TYPES = ['video', 'live'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export const GENDERS = ['female', 'male'] as const;

/** Where a creator sits in the three-tier model; below the Tier 1 band a creator is a prospect at most. */
export const TIERS = ['prospect', 'tier1', 'tier2', 'tier3'] as const;
export type Tier = (typeof TIERS)[number];

export const COLLABORATION_KINDS = ['target', 'open'] as const;
export type CollaborationKind = (typeof COLLABORATION_KINDS)[number];

/**
 * Target collaboration tabs are Ongoing / Expiring / Canceled; `pending` is an invitation the
 * creator has not accepted yet; `expired` is one whose validity ended.
 */
export const COLLABORATION_STATUSES = ['pending', 'ongoing', 'expiring', 'expired', 'canceled'] as const;
export type CollaborationStatus = (typeof COLLABORATION_STATUSES)[number];

/** Statuses in which a collaboration counts as active (creators are expected to post). */
export const ACTIVE_COLLABORATION_STATUSES: readonly CollaborationStatus[] = ['ongoing', 'expiring'];

export const SAMPLE_STATUSES = ['requested', 'approved', 'shipped', 'content-delivered', 'completed', 'canceled'] as const;
export type SampleStatus = (typeof SAMPLE_STATUSES)[number];

/** `Content Type` of the orders export: VIDEO / LIVE / SHOP (showcase) / anything else. */
export const ORDER_CONTENT_TYPES = ['video', 'live', 'showcase', 'other'] as const;
export type OrderContentType = (typeof ORDER_CONTENT_TYPES)[number];

export const CONTACT_CHANNELS = ['email', 'whatsapp', 'discord', 'slack', 'geneva', 'tiktok', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const SUGGESTION_KINDS = ['initial', 'promote', 'demote', 'deprioritise'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const CAPTURE_STATUSES = ['stored', 'unrecognized', 'failed'] as const;
export type CaptureStatus = (typeof CAPTURE_STATUSES)[number];

/** The tables a page capture writes to. */
export const CAPTURED_ENTITIES = ['creators', 'content', 'collaborations', 'samples', 'orders', 'eligibility'] as const;
export type CapturedEntity = (typeof CAPTURED_ENTITIES)[number];

/** The Seller Center export files an import reads. */
export const EXPORT_KINDS = ['creators', 'videos', 'orders'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const IMPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** How a CSV file's text encoding was chosen: byte-order mark, valid UTF-8, mostly UTF-8, declared, most probable. */
export const DECODED_HOWS = ['bom', 'utf-8', 'mostly-utf-8', 'declared', 'probable'] as const;
export type DecodedHow = (typeof DECODED_HOWS)[number];

/** What became of one JSON answer the page received (lib/page-reader). */
export const PAGE_DATA_OUTCOMES = ['decoded', 'unrecognized', 'error-response', 'too-large', 'not-json', 'challenge'] as const;
export type PageDataOutcome = (typeof PAGE_DATA_OUTCOMES)[number];
