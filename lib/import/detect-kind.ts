/**
 * Which export a header row belongs to, and where the header row is: some exports put a title or a
 * date-range line above the headers, so the first rows are scanned.
 */
import {
  CREATOR_COLUMNS,
  ORDER_COLUMNS,
  VIDEO_COLUMNS,
  matchExportColumns,
  type ColumnIndex,
} from './header-names';

import type { ExportKind } from '../model/values';

export type { ExportKind };

/** How many leading rows may hold titles, date ranges or notes before the header row. */
export const HEADER_SCAN_ROWS = 10;

const ORDER_EVIDENCE = [
  'productId', 'skuId', 'paymentAmount', 'creatorHandle', 'contentType', 'contentId', 'commissionRate',
  'estCommission', 'actualCommission', 'createdAt', 'quantity', 'status',
] as const;
const VIDEO_EVIDENCE = [
  'title', 'postDate', 'productIds', 'gmv', 'orders', 'itemsSold', 'views', 'likes', 'comments', 'shares',
  'completionRate', 'ctr', 'engagementRate', 'gpm', 'estCommission',
] as const;
const CREATOR_IDENTITY = ['handle', 'name', 'profileLink'] as const;
const CREATOR_EVIDENCE = [
  'gmv', 'orders', 'itemsSold', 'refundedGmv', 'itemsRefunded', 'aov', 'estCommission', 'videos',
  'liveStreams', 'samplesShipped', 'estFlatFee', 'videoGmv', 'liveGmv', 'productCardGmv', 'ctor', 'ctr',
  'productImpressions', 'videoViews', 'customers', 'showcaseProducts', 'followers', 'avgVideoViews',
  'engagementRate', 'avgCommissionRate', 'postRate',
] as const;

function count<F extends string>(index: ColumnIndex<F>, fields: readonly F[]): number {
  return fields.filter((field) => index[field] !== undefined).length;
}

export interface KindMatch {
  kind: ExportKind;
  /** Number of recognised columns: the better of two candidate header rows has more. */
  score: number;
}

/** The export kind these headers belong to, with how many columns were recognised. */
export function matchExportKind(headers: readonly string[]): KindMatch | null {
  // Orders first, then videos: both also carry creator and GMV columns that would pass for a creator export.
  const orders = matchExportColumns(headers, ORDER_COLUMNS);
  if (orders.orderId !== undefined && count(orders, ORDER_EVIDENCE) >= 2) {
    return { kind: 'orders', score: Object.keys(orders).length };
  }
  const videos = matchExportColumns(headers, VIDEO_COLUMNS);
  if ((videos.videoId !== undefined || videos.videoLink !== undefined) && count(videos, VIDEO_EVIDENCE) >= 1) {
    return { kind: 'videos', score: Object.keys(videos).length };
  }
  const creators = matchExportColumns(headers, CREATOR_COLUMNS);
  if (count(creators, CREATOR_IDENTITY) >= 1 && count(creators, CREATOR_EVIDENCE) >= 1) {
    return { kind: 'creators', score: Object.keys(creators).length };
  }
  return null;
}

/** `creators` (Creator data / analysis), `videos` (Video data / list), `orders` (Affiliate orders) or null. */
export function detectExportKind(headers: readonly string[]): ExportKind | null {
  return matchExportKind(headers)?.kind ?? null;
}

export interface HeaderRow extends KindMatch {
  /** Index of the header row among the rows given. */
  row: number;
  headers: string[];
}

/** The best-recognised header row among the first `HEADER_SCAN_ROWS` rows, or null. */
export function findHeaderRow(rows: readonly (readonly string[])[]): HeaderRow | null {
  let best: HeaderRow | null = null;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let row = 0; row < limit; row++) {
    const headers = rows[row]!.map((cell) => cell.trim());
    const match = matchExportKind(headers);
    if (match && (!best || match.score > best.score)) best = { ...match, row, headers };
  }
  return best;
}
