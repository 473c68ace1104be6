/**
 * What one creator did in a range of local days, from its rollup cells (program-index.ts). Two
 * kinds of source, documented in README.md:
 * - Order-dated figures (GMV, orders, commission): summed from stored affiliate orders created in
 *   the range when any orders are stored; otherwise from the lifetime figures of the pieces posted
 *   in the range (the only per-period figures Seller Center's content tables give).
 * - Content-dated figures (posts, clicks, conversion, hook retention): from pieces posted in the
 *   range, with their lifetime metrics as last captured.
 * A sum is unknown (null) as soon as one of its terms is unknown: a partial sum would pretend.
 */
import type { DayRange } from '../calendar/days';
import { addFields, bitCount } from '../rollups/blocks';
import { F as FIELD, FIELDS } from '../rollups/fields';
import { fromMinor } from './precision';
import type { CreatorEntry, ProgramIndex } from './program-index-model';
import { lowerBoundInt } from './stats';

// Field positions read once (module bindings can be getters in some loaders; these loops are hot).
const F = { ...FIELD };

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

/** The creator's cells in a range of days: rows `from` to `to` of `index.cells`. */
export function cellRange(entry: CreatorEntry, index: ProgramIndex, range: DayRange): { from: number; to: number } {
  const days = index.cells.day;
  const from = lowerBoundInt(days, range.from, entry.cellsFrom, entry.cellsTo);
  return { from, to: lowerBoundInt(days, range.to + 1, from, entry.cellsTo) };
}

/** Reused by every `sumCells` call (callers read it before the next call): no allocation per window. */
const scratch = new Float64Array(FIELDS);

/** Every field summed over rows `from`…`to`, as `addCell` adds cells (valid until the next call). */
function sumCells(index: ProgramIndex, from: number, to: number): Float64Array {
  const sums = scratch;
  sums.fill(0);
  const { fields, sources, starts, values } = index.cells;
  // A row holds only its fields that are not 0 (a few of FIELDS): only those are added.
  for (let row = from; row < to; row++) addFields(sums, 0, fields[row]!, values[sources[row]!]!, starts[row]!);
  return sums;
}

/** Posts of one row. */
const postsAt = (index: ProgramIndex, row: number): number => index.cells.posts[row]!;

/** A strict sum: null when any term is unknown or there are no terms. */
const strict = (sum: number, unknown: number, terms: number): number | null => (terms === 0 || unknown > 0 ? null : sum);

export function windowMetrics(entry: CreatorEntry, range: DayRange, index: ProgramIndex): WindowMetrics {
  const { from, to } = cellRange(entry, index, range);
  const s = sumCells(index, from, to);
  const posts = s[F.POSTS]!;
  const videos = s[F.VIDEOS]!;
  // A piece without an `orders` metric has the stored orders naming it, once orders are stored.
  const linked = index.hasOrders;
  const withClicks = s[F.BOTH_N]! + (linked ? s[F.LINK_N]! : 0);
  const clicks = s[F.BOTH_CLICKS]! + (linked ? s[F.LINK_CLICKS]! : 0);
  const clickOrders = s[F.BOTH_ORDERS]! + (linked ? s[F.LINKED]! : 0);

  let gmv: number | null;
  let refundedGmv: number | null = null;
  let orders: number | null;
  let commission: number | null;
  let orderSource: OrderFigureSource | null;
  let orderLines = 0;
  let excludedLines = 0;
  let ordersSeenAt: number | null = null;
  if (index.hasOrders) {
    // Money is kept in minor units (cents): 0.1 + 0.2 stays 30 cents, and 10% of $35.10 stays 10%.
    // Refunded and cancelled lines are no sale: they count in refunds only (their commission is not owed).
    orderSource = 'orders';
    gmv = s[F.AMOUNT_UNKNOWN]! > 0 ? null : fromMinor(s[F.AMOUNT]!);
    refundedGmv = fromMinor(s[F.REFUNDED]!);
    orders = s[F.ORDERS]!;
    commission = s[F.COMM_UNKNOWN]! > 0 ? null : fromMinor(s[F.COMM]!);
    orderLines = s[F.LINES]!;
    excludedLines = s[F.EXCLUDED_N]!;
    ordersSeenAt = orderLines > 0 ? s[F.LINES_SEEN]! : null;
  } else {
    gmv = strict(s[F.C_GMV]!, s[F.C_GMV_UNKNOWN]!, posts);
    orders = strict(s[F.C_ORDERS]!, s[F.C_ORDERS_UNKNOWN]!, posts);
    commission = strict(s[F.C_COMM]!, s[F.C_COMM_UNKNOWN]!, posts);
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

  const retentionCount = s[F.RET_N]!;
  let hookRetention: number | null = null;
  // Share of all viewers when every such video's views are known; else the plain mean per video.
  if (retentionCount > 0 && s[F.RET_VIEWS_N] === retentionCount) hookRetention = s[F.RET_WEIGHTED]! / s[F.RET_VIEWS]!;
  else if (retentionCount > 0) hookRetention = s[F.RET_SUM]! / retentionCount;

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
    piecesSeenAt: posts > 0 ? s[F.PIECES_SEEN]! : null,
    clicks: conversionClicks,
    clickOrders: conversionOrders,
    conversionRate,
    conversionSource,
    hookRetention,
    hookRetentionVideos: retentionCount,
  };
}

/** The figures the leaderboard ranks a week on, each as `windowMetrics` gives it. */
export interface RankingFigures {
  gmv: number | null;
  orders: number | null;
  /** Clicks of the posts whose clicks and orders are both known; null when no post has both. */
  clicks: number | null;
  /** Of the content source only (the range's own posts); null when unknown or without clicks. */
  conversionRate: number | null;
}

/**
 * GMV, orders and conversion of a range, as `windowMetrics` gives them, without the rest of
 * `windowMetrics`'s figures: the leaderboard asks for two weeks of every creator.
 */
export function rankingFigures(entry: CreatorEntry, range: DayRange, index: ProgramIndex): RankingFigures {
  const { from, to } = cellRange(entry, index, range);
  const s = sumCells(index, from, to);
  const linked = index.hasOrders;
  const posts = s[F.POSTS]!;
  const gmvSum = s[linked ? F.AMOUNT : F.C_GMV]!;
  const gmvUnknown = s[linked ? F.AMOUNT_UNKNOWN : F.C_GMV_UNKNOWN]!;
  const orderSum = s[linked ? F.ORDERS : F.C_ORDERS]!;
  const withClicks = s[F.BOTH_N]! + (linked ? s[F.LINK_N]! : 0);
  const clicks = s[F.BOTH_CLICKS]! + (linked ? s[F.LINK_CLICKS]! : 0);
  const clickOrders = s[F.BOTH_ORDERS]! + (linked ? s[F.LINKED]! : 0);
  return {
    gmv: linked ? (gmvUnknown > 0 ? null : fromMinor(gmvSum)) : strict(gmvSum, gmvUnknown, posts),
    orders: linked ? orderSum : strict(orderSum, s[F.C_ORDERS_UNKNOWN]!, posts),
    clicks: withClicks > 0 ? clicks : null,
    conversionRate: withClicks > 0 && clicks > 0 ? clickOrders / clicks : null,
  };
}

/** Posts per rolling 7-day period ending on `endDay`: result[0] is the newest period. */
export function postsPerRollingWeek(entry: CreatorEntry, index: ProgramIndex, endDay: number, weeks: number): number[] {
  // Filled by push, not `new Array(weeks)`: a length read from the settings can be a heap number,
  // which threw the optimised code of `new Array` away at every call (a deoptimisation loop).
  const counts: number[] = [];
  for (let week = 0; week < weeks; week++) counts.push(0);
  const { from, to } = cellRange(entry, index, { from: endDay - weeks * 7 + 1, to: endDay });
  for (let row = from; row < to; row++) {
    counts[Math.floor((endDay - index.cells.day[row]!) / 7)]! += postsAt(index, row);
  }
  return counts;
}

/** Posts in a range of days. */
export function postsInRange(entry: CreatorEntry, index: ProgramIndex, range: DayRange): number {
  const { from, to } = cellRange(entry, index, range);
  let posts = 0;
  for (let row = from; row < to; row++) posts += postsAt(index, row);
  return posts;
}

/** Latest post day on or before `day`, or null. */
export function lastPostDayOnOrBefore(entry: CreatorEntry, index: ProgramIndex, day: number): number | null {
  for (let row = lowerBoundInt(index.cells.day, day + 1, entry.cellsFrom, entry.cellsTo) - 1; row >= entry.cellsFrom; row--) {
    if (postsAt(index, row) > 0) return index.cells.day[row]!;
  }
  // Older than the days read: the latest post before them (those are all before `day`'s window).
  return entry.lastPostBefore !== null && entry.lastPostBefore <= day ? entry.lastPostBefore : null;
}

/**
 * Posts and GMV in a range, as `windowMetrics` gives them (GMV order-dated when orders are stored,
 * else the strict sum over the range's posts), in one walk over the range's cells.
 */
export function postsAndGmvInRange(entry: CreatorEntry, index: ProgramIndex, range: DayRange): { posts: number; gmv: number | null } {
  const { from, to } = cellRange(entry, index, range);
  // Only the two fields GMV needs (not every field, as `sumCells`): a 90-day range per creator.
  const { fields, sources, starts, values, posts } = index.cells;
  const known = 1 << (index.hasOrders ? F.AMOUNT : F.C_GMV);
  const unknown = 1 << (index.hasOrders ? F.AMOUNT_UNKNOWN : F.C_GMV_UNKNOWN);
  let sum = 0;
  let unknownTerms = 0;
  let postCount = 0;
  for (let row = from; row < to; row++) {
    const mask = fields[row]!;
    const own = values[sources[row]!]!;
    if ((mask & known) !== 0) sum += own[starts[row]! + bitCount(mask & (known - 1))]!;
    if ((mask & unknown) !== 0) unknownTerms += own[starts[row]! + bitCount(mask & (unknown - 1))]!;
    postCount += posts[row]!;
  }
  const gmv = !index.hasOrders ? strict(sum, unknownTerms, postCount) : unknownTerms > 0 ? null : fromMinor(sum);
  return { posts: postCount, gmv };
}
