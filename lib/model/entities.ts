/**
 * The records Creator Desk keeps. Captured rows (from page tables or export files) are merged into
 * these by `lib/db`; analytics in `lib/analytics` read them. Plain data only: no methods, no Dates
 * (timestamps are epoch milliseconds, calendar days are `YYYY-MM-DD` strings).
 */
import type { Quantity } from '../parse/quantity';
import type { PageKind } from '../pages/page-kind';
import type {
  CaptureStatus,
  CapturedEntity,
  CollaborationKind,
  CollaborationStatus,
  ContentMetricName,
  ContentType,
  CreatorMetricName,
  OrderContentType,
  SampleStatus,
} from './values';
import type { GENDERS } from './values';

export {
  CONTENT_METRICS,
  CREATOR_METRICS,
  type ContentMetricName,
  type ContentType,
  type CreatorMetricName,
} from './values';

export type CreatorMetrics = Partial<Record<CreatorMetricName, Quantity>>;
export type ContentMetrics = Partial<Record<ContentMetricName, Quantity>>;

/** The audience line of a packed creator cell: `12.3K, Female 65%, 18-24`. */
export interface Audience {
  /** Dominant gender as shown, with its share as a fraction. */
  gender?: (typeof GENDERS)[number];
  genderShare?: number;
  /** Dominant age band as shown, e.g. `18-24`. */
  ageRange?: string;
}

/** One creator as read from a page table or export row, before merging. */
export interface CreatorRow {
  /** Seller Center's creator id (checkbox `value`, `cid=` link), when the page exposes it. */
  creatorId?: string;
  /** Handle without the `@`, as displayed (case kept). */
  handle?: string;
  displayName?: string;
  categories?: string[];
  audience?: Audience;
  metrics: CreatorMetrics;
}

/** One video or LIVE as read from a page table or export row, before merging. */
export interface ContentRow {
  contentId: string;
  type: ContentType;
  creatorId?: string;
  creatorHandle?: string;
  title?: string;
  /** Calendar day it was posted, `YYYY-MM-DD`. */
  postDate?: string;
  productIds?: string[];
  metrics: ContentMetrics;
}

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
export interface ProductRef {
  id?: string;
  name?: string;
}

/**
 * One target collaboration (an invitation) or one open collaboration product plan.
 * → `Collaboration`: id = `invitationId` (target) or the product id (open); productIds = `products`
 * ids; creatorHandles (normalised) until keys are resolved; commissionRate = exact value (a range
 * gives its own policy); validFrom/validTo as is.
 */
export interface CollaborationRow {
  kind: CollaborationKind;
  /** Target only: `invitation_id=` of the row's detail link, an `ID:` line, or the row checkbox value. */
  invitationId?: string;
  /** Invitation name (target) or product name (open). */
  name?: string;
  products: ProductRef[];
  /** Products hidden behind a `+N` overflow. */
  moreProducts?: number;
  /** Handles as displayed, without `@`, in page order (target; open rows list none). */
  creatorHandles: string[];
  /** Creator ids from `cid=` links, when the cell links the creators. */
  creatorIds?: string[];
  /** Creators hidden behind a `+N` overflow. */
  moreCreators?: number;
  /** `15%` → exact 0.15; `10%-20%` when products differ → range. */
  commissionRate?: Quantity;
  /** First and last valid day, `YYYY-MM-DD`. */
  validFrom?: string;
  validTo?: string;
  status: CollaborationStatus | null;
  statusText?: string;
  /** Open collaboration: the product's price, creators promoting it and items sold, when shown. */
  price?: Quantity;
  creatorCount?: Quantity;
  itemsSold?: Quantity;
}

/**
 * One sample request. The page shows the creator only as `@handle`.
 * → `SampleRequest`: id = `requestId` when shown (else storage derives one from handle, product
 * and SKU); creatorHandle (normalised), productId, productName, sku, status as is.
 */
export interface SampleRow {
  /** Seller Center's request id, when the row exposes one (row checkbox value, `Request ID:` line). */
  requestId?: string;
  creatorHandle: string;
  productId: string;
  productName?: string;
  /** The `SKU:` line as shown: a variant name (`Rose / M`) or a SKU id. */
  sku?: string;
  /** `Stock:` of the product. */
  stock?: Quantity;
  availableSamples?: Quantity;
  status: SampleStatus | null;
  statusText?: string;
  /** `Time left` as shown (`2d 14h`), while a step has a deadline. */
  timeLeft?: string;
  /** The creator's post rate (fraction). */
  postRate?: Quantity;
  /** Whether the creator added the product to their showcase, when the page says. */
  inShowcase?: boolean;
  campaign?: string;
  /** Request time, epoch ms, when the page shows it. */
  requestedAt?: number;
  /** The commission rate offered with the sample (fraction), when the page data says. */
  commissionRate?: Quantity;
}

/**
 * One affiliate order line as the Affiliate orders page shows it.
 * → `AffiliateOrder`: key = `<orderId>:<skuId or productId>`; amounts = exact values, currency =
 * their unit; commissionRate = exact fraction; createdAt as is; refunded null (the page does not say).
 */
export interface OrderRow {
  orderId: string;
  productId?: string;
  productName?: string;
  skuId?: string;
  /** `Creator username` as displayed, without `@`. */
  creatorHandle?: string;
  /** `other` when the page does not say. */
  contentType: OrderContentType;
  /** Video or LIVE id. */
  contentId?: string;
  price?: Quantity;
  paymentAmount?: Quantity;
  quantity?: Quantity;
  /** Standard commission rate (fraction). */
  commissionRate?: Quantity;
  estCommission?: Quantity;
  actualCommission?: Quantity;
  /** Order status text as shown, e.g. `Completed`, `Pending`. */
  status?: string;
  /** Time created: epoch ms of the local wall time shown. */
  createdAt: number;
  /** Time created as shown. */
  createdText: string;
}

export interface Creator {
  /** Stable key: `id:<creator id>` when known, else `h:<normalised handle>`. */
  key: string;
  creatorId?: string;
  /** Normalised handle: lower case, no `@`. Indexed for merging captures that lack the id. */
  handle?: string;
  /** Handle as last displayed. */
  handleDisplay?: string;
  /** Handles this creator had before (normalised, oldest first): a capture naming one still finds the creator. */
  formerHandles?: string[];
  displayName?: string;
  categories: string[];
  audience?: Audience;
  metrics: CreatorMetrics;
  /** Where this creator has been seen (page kinds and import kinds). */
  sources: string[];
  region?: string;
  firstSeen: number;
  lastSeen: number;
  /** Last time any field other than lastSeen changed. */
  updatedAt: number;
}

export interface ContentPiece {
  /** `video:<id>` or `live:<id>`. */
  key: string;
  contentId: string;
  type: ContentType;
  creatorKey?: string;
  creatorHandle?: string;
  title?: string;
  postDate?: string;
  productIds: string[];
  metrics: ContentMetrics;
  /** Brief this piece answered (brief builder), when the seller tagged it. */
  briefId?: string;
  firstSeen: number;
  lastSeen: number;
  updatedAt: number;
}

/** A creator's metrics as seen on one calendar day: history that outlives Seller Center's 90 days. */
export interface MetricSnapshot {
  creatorKey: string;
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  metrics: CreatorMetrics;
  updatedAt: number;
}

/** Rejected rows an import lists one by one, at most (the counts per reason stay exact beyond it). */
export const MAX_REJECTED_ROWS_LISTED = 5_000;

/** One row of an import file that was left out: where it is, what it held, and why. */
export interface RejectedRow {
  /** Row number as a spreadsheet shows it (1 = the file's first line, header and title rows included). */
  row: number;
  /** The cell the reason is about, as written in the file (shortened when long). */
  value: string;
  reason: string;
}

export interface RejectedCount {
  reason: string;
  count: number;
}

export interface CaptureLogEntry {
  id?: number;
  at: number;
  url: string;
  pageKind: PageKind;
  region?: string;
  status: CaptureStatus;
  entity?: CapturedEntity;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  reasons: RejectedCount[];
  /** Fields cut to their length limit (text ends with `…`) in the rows of this capture. */
  shortened?: number;
  /** Headers seen, for an unrecognized table. */
  headers?: string[];
  message?: string;
  /** Which table adapter or page-data decoder (`page-data:<endpoint>`) read the rows. */
  adapter?: string;
  /** The page's UI language (`th-TH`), when known. */
  language?: string;
  /** Page data: the API path of an answer that was not read, and its key shape (keys and types, no values). */
  apiPath?: string;
  keyShape?: string;
}
