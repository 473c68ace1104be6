/**
 * Per creator, per local day figures ("cells") kept next to the stored content pieces and order
 * lines, so the analysis reads a few numbers per creator and day instead of every record.
 *
 * A cell is a row of FIELDS numbers. Content-dated fields are summed over the pieces posted that
 * day; order-dated fields over the order lines created that day. Unknown figures are counted, never
 * summed (a sum with an unknown term is unknown: the analysis checks the count). Every field is a
 * plain sum, so a cell can be kept up to date by adding what a written record brings and
 * subtracting what the record it replaces brought.
 */

/** Field positions in a cell. */
export const F = {
  // Content pieces posted that day.
  POSTS: 0,
  VIDEOS: 1,
  /** Pieces whose clicks and `orders` metric are both known: count, clicks, orders. */
  BOTH_N: 2,
  BOTH_CLICKS: 3,
  BOTH_ORDERS: 4,
  /** Pieces with known clicks but no `orders` metric (their orders are the stored orders naming them). */
  LINK_N: 5,
  LINK_CLICKS: 6,
  /** Distinct counted orders (of the cell's currency) naming those pieces, by the piece's creator. */
  LINKED: 7,
  /** Videos with a 3-second retention figure: count and sum; of those with views > 0: count, Σ retention × views, Σ views. */
  RET_N: 8,
  RET_SUM: 9,
  RET_VIEWS_N: 10,
  RET_WEIGHTED: 11,
  RET_VIEWS: 12,
  /** Lifetime GMV, orders and estimated commission of the pieces: known sum and unknown count. */
  C_GMV: 13,
  C_GMV_UNKNOWN: 14,
  C_ORDERS: 15,
  C_ORDERS_UNKNOWN: 16,
  C_COMM: 17,
  C_COMM_UNKNOWN: 18,
  // Affiliate order lines created that day. Money in minor units (cents): sums stay exact.
  /** Lines that count as sales (not refunded or cancelled: lib/rollups/order-status.ts). */
  LINES: 19,
  /** Distinct order ids among the counted lines (an order has one line per SKU). */
  ORDERS: 20,
  /** Payment amount of the counted lines: known sum (cents) and unknown count. */
  AMOUNT: 21,
  AMOUNT_UNKNOWN: 22,
  /** Refunded or cancelled lines; of those with a known amount: count and amount (cents). */
  EXCLUDED_N: 23,
  REFUNDED_N: 24,
  REFUNDED: 25,
  /** Commission the seller pays on the counted lines (`orderLineCommission`, cents): known sum and unknown count. */
  COMM: 26,
  COMM_UNKNOWN: 27,
  /** When the newest of the day's pieces / counted lines was last captured (epoch ms; a maximum, not a sum). */
  PIECES_SEEN: 28,
  LINES_SEEN: 29,
} as const;

export const FIELDS = 30;

/**
 * Fields that hold a maximum, not a sum (merged with `Math.max`, never subtracted), each with the
 * count of records it is taken over: at 0 the maximum is 0 again.
 */
export const MAX_COUNTS: readonly (readonly [max: number, count: number])[] = [
  [F.PIECES_SEEN, F.POSTS],
  [F.LINES_SEEN, F.LINES],
];
export const MAX_FIELDS: readonly number[] = MAX_COUNTS.map(([max]) => max);

/** Adds cell `from` of `source` into cell `at` of `target` (several cells of one creator and day, or of a range). */
export function addCell(target: Float64Array, at: number, source: Float64Array, from: number): void {
  for (let f = 0; f < FIELDS; f++) target[at + f]! += source[from + f]!;
  for (let i = 0; i < MAX_FIELDS.length; i++) {
    const f = MAX_FIELDS[i]!;
    target[at + f] = Math.max(target[at + f]! - source[from + f]!, source[from + f]!);
  }
}

/**
 * Each sum with the count of terms it has: when the count falls to 0 the sum is set to exactly 0,
 * so adding and removing records leaves no rounding residue behind.
 */
export const SUM_COUNTS: readonly (readonly [sum: number, count: (cell: Float64Array, at: number) => number])[] = [
  [F.BOTH_CLICKS, (c, i) => c[i + F.BOTH_N]!],
  [F.BOTH_ORDERS, (c, i) => c[i + F.BOTH_N]!],
  [F.LINK_CLICKS, (c, i) => c[i + F.LINK_N]!],
  [F.RET_SUM, (c, i) => c[i + F.RET_N]!],
  [F.RET_WEIGHTED, (c, i) => c[i + F.RET_VIEWS_N]!],
  [F.RET_VIEWS, (c, i) => c[i + F.RET_VIEWS_N]!],
  [F.C_GMV, (c, i) => c[i + F.POSTS]! - c[i + F.C_GMV_UNKNOWN]!],
  [F.C_ORDERS, (c, i) => c[i + F.POSTS]! - c[i + F.C_ORDERS_UNKNOWN]!],
  [F.C_COMM, (c, i) => c[i + F.POSTS]! - c[i + F.C_COMM_UNKNOWN]!],
  [F.AMOUNT, (c, i) => c[i + F.LINES]! - c[i + F.AMOUNT_UNKNOWN]!],
  [F.REFUNDED, (c, i) => c[i + F.REFUNDED_N]!],
  [F.COMM, (c, i) => c[i + F.LINES]! - c[i + F.COMM_UNKNOWN]!],
];

/** A cell exists while it holds a piece, an order line or a linked order. */
export function isEmptyCell(values: Float64Array, at = 0): boolean {
  return values[at + F.POSTS] === 0 && values[at + F.LINES] === 0 && values[at + F.EXCLUDED_N] === 0 && values[at + F.LINKED] === 0;
}

/** Days are grouped in periods of this many days: one stored record per creator, currency and period. */
export const PERIOD_DAYS = 32;

export const periodOfDay = (day: number): number => Math.floor(day / PERIOD_DAYS);

/**
 * One stored record: a creator's cells for one period and one currency. Content-dated fields live
 * in currency `''`; order-dated fields and linked orders in the order lines' currency (`''` when a
 * line names none). The analysis adds up `''` and the shop currency.
 */
export interface RollupRecord {
  /** The records' creator key; `h:<handle>` for records naming only a handle; `''` for none. */
  creatorKey: string;
  currency: string;
  period: number;
  /** Day numbers of the cells, ascending. */
  days: Int32Array;
  /** `days.length × FIELDS` numbers: cell i is `values[i × FIELDS …]`. */
  values: Float64Array;
  /** Products posted: flat triples `day, productId, pieces`. */
  postProducts: (string | number)[];
  /** Products ordered: flat quintuples `day, productId, lines, known amount, lines without an amount`. */
  orderProducts: (string | number)[];
}

/** Lifetime counts per creator and currency, for what has no day or needs every day. */
export interface RollupTotals {
  creatorKey: string;
  currency: string;
  /** Pieces with a post date (currency `''` only). */
  datedPieces: number;
  /** Pieces without a post date (currency `''` only). */
  undatedPieces: number;
  /** Order lines in this currency. */
  lines: number;
  /** Pieces per currency of their GMV figure (currency `''` only): the shop currency when no order names one. */
  gmvCurrencies: Record<string, number>;
  /**
   * Per period with a post (currency `''` only): the latest day of it with a post, read from the
   * period's record whenever it is written. The panel finds a creator's latest post older than the
   * days it reads here, without reading older records. Absent in totals written before it was kept
   * (schema version 10 fills it in).
   */
  lastPostDays?: Record<number, number>;
}

/** Upkeep only: how many lines of each order each cell holds (`day|orderId` → lines), per record. */
export interface RollupOrderIds {
  creatorKey: string;
  currency: string;
  period: number;
  lines: Record<string, number>;
}

/**
 * The stored order lines naming a stored content piece (`orderId|creatorKey|currency` → lines), kept
 * for stored pieces only (schema 13): a piece stored after its lines reads them through the orders'
 * `[contentType+contentId]` index; lines naming a piece not stored write nothing here.
 */
export interface ContentLinks {
  piece: string;
  lines: Record<string, number>;
}

export const ROLLUP_TABLES = ['rollups', 'rollupTotals', 'rollupOrderIds', 'contentLinks'] as const;
