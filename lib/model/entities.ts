/**
 * The records Creator Desk keeps. Captured rows (from page tables or export files) are merged into
 * these by `lib/db`; analytics in `lib/analytics` read them. Plain data only: no methods, no Dates
 * (timestamps are epoch milliseconds, calendar days are `YYYY-MM-DD` strings).
 */
import type { Quantity } from '../parse/quantity';
import type { PageKind } from '../pages/page-kind';

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
] as const;
export type CreatorMetricName = (typeof CREATOR_METRICS)[number];
export type CreatorMetrics = Partial<Record<CreatorMetricName, Quantity>>;

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
export type ContentMetrics = Partial<Record<ContentMetricName, Quantity>>;

export type ContentType = 'video' | 'live';

/** The audience line of a packed creator cell: `12.3K, Female 65%, 18-24`. */
export interface Audience {
  /** Dominant gender as shown, with its share as a fraction. */
  gender?: 'female' | 'male';
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

export interface Creator {
  /** Stable key: `id:<creator id>` when known, else `h:<normalised handle>`. */
  key: string;
  creatorId?: string;
  /** Normalised handle: lower case, no `@`. Indexed for merging captures that lack the id. */
  handle?: string;
  /** Handle as last displayed. */
  handleDisplay?: string;
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
  status: 'stored' | 'unrecognized' | 'failed';
  entity?: 'creators' | 'content';
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  reasons: RejectedCount[];
  /** Headers seen, for an unrecognized table. */
  headers?: string[];
  message?: string;
}
