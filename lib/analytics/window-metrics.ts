/**
 * What one creator did in a range of local days. Two kinds of source, documented in README.md:
 * - Order-dated figures (GMV, orders, commission): summed from stored affiliate orders created in
 *   the range when any orders are stored; otherwise from the lifetime figures of the pieces posted
 *   in the range (the only per-period figures Seller Center's content tables give).
 * - Content-dated figures (posts, clicks, conversion, hook retention): from pieces posted in the
 *   range, with their lifetime metrics as last captured.
 * A sum is unknown (null) as soon as one of its terms is unknown: a partial sum would pretend.
 */
import type { DayRange } from '../calendar/days';
import type { CreatorEntry, ProgramIndex } from './program-index';
import { fromMinor, toMinor } from './precision';
import { lowerBoundInt } from './stats';

export type OrderFigureSource = 'orders' | 'content';
export type ConversionSource = 'content' | 'reported';

export interface WindowMetrics {
  /** Videos + LIVEs posted in the range. */
  posts: number;
  videos: number;
  lives: number;
  gmv: number | null;
  /** GMV of fully refunded order lines (orders source only). */
  refundedGmv: number | null;
  orders: number | null;
  /** Commission paid or owed on the range's orders. */
  commission: number | null;
  /** Where GMV, orders and commission came from; null when unknown. */
  orderSource: OrderFigureSource | null;
  /** Order lines in the range that count as sales (not refunded or cancelled). */
  orderLines: number;
  /** Order lines in the range that were refunded or cancelled. */
  excludedLines: number;
  /** When the newest of those order lines / of the range's pieces was last captured (epoch ms). */
  ordersSeenAt: number | null;
  piecesSeenAt: number | null;
  /** Clicks and orders of the posts whose clicks and orders are both known. */
  clicks: number | null;
  clickOrders: number | null;
  /** clickOrders ÷ clicks; null when unknown or when there were no clicks. */
  conversionRate: number | null;
  conversionSource: ConversionSource | null;
  /**
   * 3-second retention of the videos posted in the range: weighted by views (the share of all
   * viewers) when every such video's views are known, else the plain mean per video.
   */
  hookRetention: number | null;
  hookRetentionVideos: number;
}

/** Sum of a column over [from, to); null if any term is unknown (NaN) or there are no rows. */
function strictSum(column: Float64Array, from: number, to: number): number | null {
  if (to <= from) return null;
  let sum = 0;
  for (let i = from; i < to; i++) sum += column[i]!;
  return Number.isNaN(sum) ? null : sum;
}

export function windowMetrics(entry: CreatorEntry, range: DayRange, index: ProgramIndex): WindowMetrics {
  const pc = index.pieces;
  const pFrom = lowerBoundInt(pc.day, range.from, entry.piecesFrom, entry.piecesTo);
  const pTo = lowerBoundInt(pc.day, range.to + 1, pFrom, entry.piecesTo);

  let videos = 0;
  let clicks = 0;
  let clickOrders = 0;
  let withClicks = 0;
  let retentionWeighted = 0;
  let retentionViews = 0;
  let retentionPlain = 0;
  let retentionCount = 0;
  let retentionWithViews = 0;
  let piecesSeenAt: number | null = null;
  for (let i = pFrom; i < pTo; i++) {
    const seen = pc.pieces[i]!.lastSeen;
    if (piecesSeenAt === null || seen > piecesSeenAt) piecesSeenAt = seen;
    if (pc.isVideo[i] === 1) {
      videos++;
      const retention = pc.hookRetention[i]!;
      if (retention === retention) {
        retentionCount++;
        retentionPlain += retention;
        const views = pc.views[i]!;
        if (views > 0) {
          retentionWithViews++;
          retentionWeighted += retention * views;
          retentionViews += views;
        }
      }
    }
    const c = pc.clicks[i]!;
    const o = pc.orders[i]!;
    if (c === c && o === o) {
      withClicks++;
      clicks += c;
      clickOrders += o;
    }
  }
  const posts = pTo - pFrom;

  let gmv: number | null;
  let refundedGmv: number | null = null;
  let orders: number | null;
  let commission: number | null;
  let orderSource: OrderFigureSource | null;
  let orderLines = 0;
  let excludedLines = 0;
  let ordersSeenAt: number | null = null;
  if (index.hasOrders) {
    orderSource = 'orders';
    const cols = index.orders;
    const oFrom = lowerBoundInt(cols.day, range.from, entry.ordersFrom, entry.ordersTo);
    const oTo = lowerBoundInt(cols.day, range.to + 1, oFrom, entry.ordersTo);
    // Money is summed in minor units (cents): 0.1 + 0.2 stays 30 cents, and 10% of $35.10 stays 10%.
    let gmvSum = 0;
    let refundedSum = 0;
    let commissionSum = 0;
    let orderCount = 0;
    for (let i = oFrom; i < oTo; i++) {
      const amount = cols.amount[i]!;
      if (cols.excluded[i] === 1) {
        // Refunded or cancelled: no sale, counted in refunds (its commission is not owed).
        if (amount === amount) refundedSum += toMinor(amount);
        excludedLines++;
        continue;
      }
      orderLines++;
      const seen = cols.lines[i]!.lastSeen;
      if (ordersSeenAt === null || seen > ordersSeenAt) ordersSeenAt = seen;
      orderCount += cols.firstLine[i]!;
      gmvSum += toMinor(amount); // NaN (unknown) poisons the sum, as it should
      commissionSum += toMinor(cols.commission[i]!);
    }
    gmv = Number.isNaN(gmvSum) ? null : fromMinor(gmvSum);
    refundedGmv = fromMinor(refundedSum);
    orders = orderCount;
    commission = Number.isNaN(commissionSum) ? null : fromMinor(commissionSum);
  } else {
    gmv = strictSum(pc.gmv, pFrom, pTo);
    orders = strictSum(pc.orders, pFrom, pTo);
    commission = strictSum(pc.estCommission, pFrom, pTo);
    orderSource = gmv === null && orders === null && commission === null ? null : 'content';
  }

  // Clicks and orders of the same pieces: one source, one period. (Creator-level figures of a
  // reported period are chosen in metric-sources.ts, never mixed with these.)
  const conversionClicks: number | null = withClicks > 0 ? clicks : null;
  const conversionOrders: number | null = withClicks > 0 ? clickOrders : null;
  const conversionSource: ConversionSource | null = withClicks > 0 ? 'content' : null;
  const conversionRate =
    conversionClicks !== null && conversionOrders !== null && conversionClicks > 0
      ? conversionOrders / conversionClicks
      : null;

  let hookRetention: number | null = null;
  // Share of all viewers when every such video's views are known; else the plain mean per video.
  if (retentionCount > 0 && retentionWithViews === retentionCount) hookRetention = retentionWeighted / retentionViews;
  else if (retentionCount > 0) hookRetention = retentionPlain / retentionCount;

  return {
    posts,
    videos,
    lives: posts - videos,
    gmv,
    refundedGmv,
    orders,
    commission,
    orderSource,
    orderLines,
    excludedLines,
    ordersSeenAt,
    piecesSeenAt,
    clicks: conversionClicks,
    clickOrders: conversionOrders,
    conversionRate,
    conversionSource,
    hookRetention,
    hookRetentionVideos: retentionCount,
  };
}

/** Posts per rolling 7-day period ending on `endDay`: result[0] is the newest period. */
export function postsPerRollingWeek(entry: CreatorEntry, index: ProgramIndex, endDay: number, weeks: number): number[] {
  const counts = new Array<number>(weeks).fill(0);
  const days = index.pieces.day;
  const from = endDay - weeks * 7 + 1;
  for (let i = lowerBoundInt(days, from, entry.piecesFrom, entry.piecesTo); i < entry.piecesTo; i++) {
    const day = days[i]!;
    if (day > endDay) break;
    counts[Math.floor((endDay - day) / 7)]!++;
  }
  return counts;
}

/** Posts in a range of days. */
export function postsInRange(entry: CreatorEntry, index: ProgramIndex, range: DayRange): number {
  const days = index.pieces.day;
  const from = lowerBoundInt(days, range.from, entry.piecesFrom, entry.piecesTo);
  return lowerBoundInt(days, range.to + 1, from, entry.piecesTo) - from;
}

/** Latest post day on or before `day`, or null. */
export function lastPostDayOnOrBefore(entry: CreatorEntry, index: ProgramIndex, day: number): number | null {
  const i = lowerBoundInt(index.pieces.day, day + 1, entry.piecesFrom, entry.piecesTo) - 1;
  return i >= entry.piecesFrom ? index.pieces.day[i]! : null;
}

/** GMV in a range: order-dated when orders are stored, else the strict sum over the range's posts. */
export function gmvInRange(entry: CreatorEntry, index: ProgramIndex, range: DayRange): number | null {
  if (!index.hasOrders) {
    const pc = index.pieces;
    const from = lowerBoundInt(pc.day, range.from, entry.piecesFrom, entry.piecesTo);
    return strictSum(pc.gmv, from, lowerBoundInt(pc.day, range.to + 1, from, entry.piecesTo));
  }
  const cols = index.orders;
  const from = lowerBoundInt(cols.day, range.from, entry.ordersFrom, entry.ordersTo);
  const to = lowerBoundInt(cols.day, range.to + 1, from, entry.ordersTo);
  let sum = 0;
  for (let i = from; i < to; i++) sum += cols.amount[i]!;
  return Number.isNaN(sum) ? null : sum;
}
