/**
 * The records Creator Desk keeps, declared once as zod schemas; every type is `z.infer` of its
 * schema. What crosses a boundary — content-script messages (lib/messages/row-schemas.ts), import
 * worker rows, backups (lib/backup/schemas.ts) — is derived from these with `extend` (bounds,
 * defaults) and `loose`, never declared again; tests/unit/model-boundaries.test.ts fails when a field
 * of an entity is missing from a derived schema. Captured rows (from page tables or export files) are
 * merged into the stored records by `lib/db`; analytics in `lib/analytics` read them. Plain data only:
 * no methods, no Dates (timestamps are epoch milliseconds, calendar days are `YYYY-MM-DD` strings).
 */
import { z } from 'zod';
import { PAGE_KINDS } from '../pages/page-kind';
import { DaySchema, QuantitySchema, seenTimes } from './primitives';
import {
  CAPTURED_ENTITIES,
  CAPTURE_STATUSES,
  COLLABORATION_KINDS,
  COLLABORATION_STATUSES,
  CONTENT_METRICS,
  CONTENT_TYPES,
  CREATOR_METRICS,
  GENDERS,
  ORDER_CONTENT_TYPES,
  SAMPLE_STATUSES,
} from './values';

export {
  CONTENT_METRICS,
  CREATOR_METRICS,
  type ContentMetricName,
  type ContentType,
  type CreatorMetricName,
} from './values';

export const CreatorMetricsSchema = z.partialRecord(z.enum(CREATOR_METRICS), QuantitySchema);
export type CreatorMetrics = z.infer<typeof CreatorMetricsSchema>;
export const ContentMetricsSchema = z.partialRecord(z.enum(CONTENT_METRICS), QuantitySchema);
export type ContentMetrics = z.infer<typeof ContentMetricsSchema>;

/** The audience line of a packed creator cell: `12.3K, Female 65%, 18-24`. */
export const AudienceSchema = z.object({
  /** Dominant gender as shown, with its share as a fraction. */
  gender: z.enum(GENDERS).optional(),
  genderShare: z.number().min(0).max(1).optional(),
  /** Dominant age band as shown, e.g. `18-24`. */
  ageRange: z.string().optional(),
});
export type Audience = z.infer<typeof AudienceSchema>;

/** One creator as read from a page table or export row, before merging. */
export const CreatorRowSchema = z.object({
  /** Seller Center's creator id (checkbox `value`, `cid=` link), when the page exposes it. */
  creatorId: z.string().optional(),
  /** Handle without the `@`, as displayed (case kept). */
  handle: z.string().optional(),
  displayName: z.string().optional(),
  categories: z.array(z.string()).optional(),
  audience: AudienceSchema.optional(),
  metrics: CreatorMetricsSchema,
});
export type CreatorRow = z.infer<typeof CreatorRowSchema>;

/** One video or LIVE as read from a page table or export row, before merging. */
export const ContentRowSchema = z.object({
  contentId: z.string().min(1),
  type: z.enum(CONTENT_TYPES),
  creatorId: z.string().optional(),
  creatorHandle: z.string().optional(),
  title: z.string().optional(),
  /** Calendar day it was posted. */
  postDate: DaySchema.optional(),
  productIds: z.array(z.string()).optional(),
  metrics: ContentMetricsSchema,
});
export type ContentRow = z.infer<typeof ContentRowSchema>;

/*
 * Program rows: collaborations, sample requests and affiliate orders as read from their Affiliate
 * Center tables, before merging into `Collaboration`, `SampleRequest` and `AffiliateOrder`
 * (lib/model/program.ts). Conventions, as for the rows above:
 * - ids are digit strings as shown; handles are as displayed, without the `@` (storage normalises);
 * - numbers stay `Quantity` (unit and raw text kept; `10%-15%` stays a range), unknown is left out;
 * - calendar days are `YYYY-MM-DD`; a time of day is epoch ms computed from the wall time shown,
 *   read in the browser's zone (the page shows the seller's local time), with the raw text next to it;
 * - `status` is the record's status, read from the active tab (`span.arco-tabs-header-title-text`)
 *   or else the row's own status cell; null when neither says. `statusText` is what it was read from.
 */

/** A product as a table cell shows it: a name and/or an `ID: 1729…` line. */
export const ProductRefSchema = z.object({ id: z.string().optional(), name: z.string().optional() });
export type ProductRef = z.infer<typeof ProductRefSchema>;

/**
 * One target collaboration (an invitation) or one open collaboration product plan.
 * → `Collaboration`: id = `invitationId` (target) or the product id (open); productIds = `products`
 * ids; creatorHandles (normalised) until keys are resolved; commissionRate = exact value (a range
 * gives its own policy); validFrom/validTo as is.
 */
export const CollaborationRowSchema = z.object({
  kind: z.enum(COLLABORATION_KINDS),
  /** Target only: `invitation_id=` of the row's detail link, an `ID:` line, or the row checkbox value. */
  invitationId: z.string().optional(),
  /** Invitation name (target) or product name (open). */
  name: z.string().optional(),
  products: z.array(ProductRefSchema),
  /** Products hidden behind a `+N` overflow. */
  moreProducts: z.number().int().min(0).optional(),
  /** Handles as displayed, without `@`, in page order (target; open rows list none). */
  creatorHandles: z.array(z.string()),
  /** Creator ids from `cid=` links, when the cell links the creators. */
  creatorIds: z.array(z.string()).optional(),
  /** Creators hidden behind a `+N` overflow. */
  moreCreators: z.number().int().min(0).optional(),
  /** `15%` → exact 0.15; `10%-20%` when products differ → range. */
  commissionRate: QuantitySchema.optional(),
  /** First and last valid day. */
  validFrom: DaySchema.optional(),
  validTo: DaySchema.optional(),
  status: z.enum(COLLABORATION_STATUSES).nullable(),
  statusText: z.string().optional(),
  /** Open collaboration: the product's price, creators promoting it and items sold, when shown. */
  price: QuantitySchema.optional(),
  creatorCount: QuantitySchema.optional(),
  itemsSold: QuantitySchema.optional(),
});
export type CollaborationRow = z.infer<typeof CollaborationRowSchema>;

/**
 * One sample request. The page shows the creator only as `@handle`.
 * → `SampleRequest`: id = `requestId` when shown (else storage derives one from handle, product
 * and SKU); creatorHandle (normalised), productId, productName, sku, status as is.
 */
export const SampleRowSchema = z.object({
  /** Seller Center's request id, when the row exposes one (row checkbox value, `Request ID:` line). */
  requestId: z.string().optional(),
  creatorHandle: z.string(),
  productId: z.string(),
  productName: z.string().optional(),
  /** The `SKU:` line as shown: a variant name (`Rose / M`) or a SKU id. */
  sku: z.string().optional(),
  /** `Stock:` of the product. */
  stock: QuantitySchema.optional(),
  availableSamples: QuantitySchema.optional(),
  status: z.enum(SAMPLE_STATUSES).nullable(),
  statusText: z.string().optional(),
  /** `Time left` as shown (`2d 14h`), while a step has a deadline. */
  timeLeft: z.string().optional(),
  /** The creator's post rate (fraction). */
  postRate: QuantitySchema.optional(),
  /** Whether the creator added the product to their showcase, when the page says. */
  inShowcase: z.boolean().optional(),
  campaign: z.string().optional(),
  /** Request time, epoch ms, when the page shows it. */
  requestedAt: z.number().optional(),
  /** The commission rate offered with the sample (fraction), when the page data says. */
  commissionRate: QuantitySchema.optional(),
});
export type SampleRow = z.infer<typeof SampleRowSchema>;

/**
 * One affiliate order line as the Affiliate orders page shows it.
 * → `AffiliateOrder`: key = `<orderId>:<skuId or productId>`; amounts = exact values, currency =
 * their unit; commissionRate = exact fraction; createdAt as is; refunded null (the page does not say).
 */
export const OrderRowSchema = z.object({
  orderId: z.string().min(1),
  productId: z.string().optional(),
  productName: z.string().optional(),
  skuId: z.string().optional(),
  /** `Creator username` as displayed, without `@`. */
  creatorHandle: z.string().optional(),
  /** `other` when the page does not say. */
  contentType: z.enum(ORDER_CONTENT_TYPES),
  /** Video or LIVE id. */
  contentId: z.string().optional(),
  price: QuantitySchema.optional(),
  paymentAmount: QuantitySchema.optional(),
  quantity: QuantitySchema.optional(),
  /** Standard commission rate (fraction). */
  commissionRate: QuantitySchema.optional(),
  estCommission: QuantitySchema.optional(),
  actualCommission: QuantitySchema.optional(),
  /** Order status text as shown, e.g. `Completed`, `Pending`. */
  status: z.string().optional(),
  /** Time created: epoch ms of the local wall time shown. */
  createdAt: z.number(),
  /** Time created as shown. */
  createdText: z.string(),
});
export type OrderRow = z.infer<typeof OrderRowSchema>;

export const CreatorSchema = z.object({
  /** Stable key: `id:<creator id>` when known, else `h:<normalised handle>`. */
  key: z.string().min(1),
  creatorId: z.string().optional(),
  /** Normalised handle: lower case, no `@`. Indexed for merging captures that lack the id. */
  handle: z.string().optional(),
  /** Handle as last displayed. */
  handleDisplay: z.string().optional(),
  /** Handles this creator had before (normalised, oldest first): a capture naming one still finds the creator. */
  formerHandles: z.array(z.string()).optional(),
  displayName: z.string().optional(),
  categories: z.array(z.string()),
  audience: AudienceSchema.optional(),
  metrics: CreatorMetricsSchema,
  /** Where this creator has been seen (page kinds and import kinds). */
  sources: z.array(z.string()),
  region: z.string().optional(),
  ...seenTimes,
});
export type Creator = z.infer<typeof CreatorSchema>;

export const ContentPieceSchema = z.object({
  /** `video:<id>` or `live:<id>`. */
  key: z.string().min(1),
  contentId: z.string().min(1),
  type: z.enum(CONTENT_TYPES),
  creatorKey: z.string().optional(),
  creatorHandle: z.string().optional(),
  title: z.string().optional(),
  postDate: z.string().optional(),
  productIds: z.array(z.string()),
  metrics: ContentMetricsSchema,
  /** Brief this piece answered (brief builder), when the seller tagged it. */
  briefId: z.string().optional(),
  ...seenTimes,
});
export type ContentPiece = z.infer<typeof ContentPieceSchema>;

/** A creator's metrics as seen on one calendar day: history that outlives Seller Center's 90 days. */
export const MetricSnapshotSchema = z.object({
  creatorKey: z.string().min(1),
  /** Local calendar day. */
  day: DaySchema,
  metrics: CreatorMetricsSchema,
  updatedAt: z.number(),
});
export type MetricSnapshot = z.infer<typeof MetricSnapshotSchema>;

/** Rejected rows an import lists one by one, at most (the counts per reason stay exact beyond it). */
export const MAX_REJECTED_ROWS_LISTED = 5_000;

/** One row of an import file that was left out: where it is, what it held, and why. */
export const RejectedRowSchema = z.object({
  /** Row number as a spreadsheet shows it (1 = the file's first line, header and title rows included). */
  row: z.int().min(0),
  /** The cell the reason is about, as written in the file (shortened when long). */
  value: z.string(),
  reason: z.string(),
});
export type RejectedRow = z.infer<typeof RejectedRowSchema>;

export const RejectedCountSchema = z.object({ reason: z.string(), count: z.int().min(0) });
export type RejectedCount = z.infer<typeof RejectedCountSchema>;

export const CaptureLogEntrySchema = z.object({
  id: z.int().positive().optional(),
  at: z.number(),
  url: z.string(),
  pageKind: z.enum(PAGE_KINDS),
  region: z.string().optional(),
  status: z.enum(CAPTURE_STATUSES),
  entity: z.enum(CAPTURED_ENTITIES).optional(),
  rowsRead: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  reasons: z.array(RejectedCountSchema),
  /** Fields cut to their length limit (text ends with `…`) in the rows of this capture. */
  shortened: z.number().optional(),
  /** Headers seen, for an unrecognized table. */
  headers: z.array(z.string()).optional(),
  message: z.string().optional(),
  /** Which table adapter or page-data decoder (`page-data:<endpoint>`) read the rows. */
  adapter: z.string().optional(),
  /** The page's UI language (`th-TH`), when known. */
  language: z.string().optional(),
  /** Page data: the API path of an answer that was not read, and its key shape (keys and types, no values). */
  apiPath: z.string().optional(),
  keyShape: z.string().optional(),
});
export type CaptureLogEntry = z.infer<typeof CaptureLogEntrySchema>;

/** One record per kind of setting: `settings` (analytics thresholds), `brief-checks` (brief rules), … */
export const SettingsRecordSchema = z.object({
  id: z.string().min(1),
  /** Checked by the schema of its kind when read (lib/analytics/settings, lib/briefs, …). */
  values: z.unknown(),
  updatedAt: z.number(),
});
export type SettingsRecord = z.infer<typeof SettingsRecordSchema>;
