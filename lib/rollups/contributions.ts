/**
 * What one stored record adds to the rollups (lib/rollups/fields.ts), as deltas: `sign` +1 adds a
 * record, −1 takes it out again. The same functions build rollups from scratch and keep them up to
 * date on every write, so the two cannot disagree.
 */
import { localDayOfTimestamp, parseDay } from '../calendar/days';
import { CREATOR_HANDLE_PREFIX, normaliseHandleForKey } from '../model/keys';
import type { ContentPiece } from '../model/entities';
import type { AffiliateOrder } from '../model/program';
import { exactValue, isCurrencyCode } from '../parse/quantity';
import { F, FIELDS, MAX_FIELDS, periodOfDay, type ContentLinks, type RollupTotals } from './fields';
import { orderLineState } from './order-status';
import { pieceClicks } from './piece-clicks';

/** Money in minor units (cents), as lib/analytics/precision.ts sums it: sums of cents stay exact. */
const cents = (amount: number): number => Math.round(amount * 100);

/**
 * Commission the seller pays on one order line: the actual payment when settled; else nothing for
 * a fully refunded line; else the estimate; else payment × rate. Null when none of these is known.
 */
export function orderLineCommission(order: AffiliateOrder): number | null {
  if (order.actualCommission !== null && order.actualCommission !== undefined) return order.actualCommission;
  if (order.refunded === true) return 0;
  if (order.estCommission !== null && order.estCommission !== undefined) return order.estCommission;
  if (order.paymentAmount !== null && order.commissionRate !== null) {
    return order.paymentAmount * order.commissionRate;
  }
  return null;
}

/** The creator a record's figures are kept under: its key, else `h:<handle>`, else `''` (none). */
export function rollupCreatorKey(creatorKey: string | undefined, handle: string | undefined): string {
  if (creatorKey) return creatorKey;
  const normalised = normaliseHandleForKey(handle);
  return normalised ? `${CREATOR_HANDLE_PREFIX}${normalised}` : '';
}

const SEP = '\u0001';

export const recordKey = (creatorKey: string, currency: string, period: number): string =>
  `${creatorKey}${SEP}${currency}${SEP}${period}`;
export const totalsKey = (creatorKey: string, currency: string): string => `${creatorKey}${SEP}${currency}`;

/** The content piece an order line names (its key), when it names a video or LIVE. */
export function linkedPieceKey(line: AffiliateOrder): string | null {
  if (!line.contentId || (line.contentType !== 'video' && line.contentType !== 'live')) return null;
  return `${line.contentType}:${line.contentId}`;
}

const linkEntry = (line: AffiliateOrder): string =>
  `${line.orderId}${SEP}${rollupCreatorKey(line.creatorKey, line.creatorHandle)}${SEP}${line.currency ?? ''}`;

/** Changes in one record (creator × currency × period): per-day cell deltas and product deltas. */
export interface RecordDelta {
  creatorKey: string;
  currency: string;
  period: number;
  cells: Map<number, Float64Array>;
  /** `day|productId` → pieces. */
  postProducts: Map<string, number>;
  /** `day|productId` → [lines, known amount, lines without amount]. */
  orderProducts: Map<string, [number, number, number]>;
  /** Per day: the newest `lastSeen` taken out of each maximum (in MAX_FIELDS order). */
  removedSeen: Map<number, number[]>;
}

/** Everything a set of writes changes in the rollups. */
export class RollupDeltas {
  readonly records = new Map<string, RecordDelta>();
  readonly totals = new Map<string, RollupTotals>();

  cell(creatorKey: string, currency: string, day: number): Float64Array {
    const period = periodOfDay(day);
    const key = recordKey(creatorKey, currency, period);
    let record = this.records.get(key);
    if (!record) {
      record = { creatorKey, currency, period, cells: new Map(), postProducts: new Map(), orderProducts: new Map(), removedSeen: new Map() };
      this.records.set(key, record);
    }
    let cell = record.cells.get(day);
    if (!cell) {
      cell = new Float64Array(FIELDS);
      record.cells.set(day, cell);
    }
    return cell;
  }

  record(creatorKey: string, currency: string, day: number): RecordDelta {
    this.cell(creatorKey, currency, day);
    return this.records.get(recordKey(creatorKey, currency, periodOfDay(day)))!;
  }

  /** Records that a record seen at `seen` was added (sign +1) or taken out (−1) of a cell's maximum `field`. */
  seen(creatorKey: string, currency: string, day: number, field: typeof F.PIECES_SEEN | typeof F.LINES_SEEN, seen: number, sign: number): void {
    const cell = this.cell(creatorKey, currency, day);
    if (sign > 0) {
      cell[field] = Math.max(cell[field]!, seen);
      return;
    }
    const removed = this.record(creatorKey, currency, day).removedSeen;
    const entry = removed.get(day) ?? MAX_FIELDS.map(() => 0);
    const at = MAX_FIELDS.indexOf(field);
    entry[at] = Math.max(entry[at]!, seen);
    removed.set(day, entry);
  }

  total(creatorKey: string, currency: string): RollupTotals {
    const key = totalsKey(creatorKey, currency);
    let total = this.totals.get(key);
    if (!total) {
      total = { creatorKey, currency, datedPieces: 0, undatedPieces: 0, lines: 0, gmvCurrencies: {}, ...(currency === '' ? { lastPostDays: {} } : {}) };
      this.totals.set(key, total);
    }
    return total;
  }
}

/** Distinct orders per currency among a piece's links that come from the piece's own creator. */
export function linkedOrdersByCurrency(piece: ContentPiece, links: ContentLinks | undefined): Map<string, number> {
  const result = new Map<string, number>();
  if (!links) return result;
  const owner = rollupCreatorKey(piece.creatorKey, piece.creatorHandle);
  for (const entry of Object.keys(links.lines)) {
    const [, creatorKey, currency = ''] = entry.split(SEP);
    if (creatorKey === owner) result.set(currency, (result.get(currency) ?? 0) + 1);
  }
  return result;
}

/**
 * Distinct orders of an accepted currency among a piece's links that come from the piece's own
 * creator (`owner`, its rollup key): what `linkedOrdersByCurrency` counts, summed over the accepted
 * currencies, read from the link keys (`linkEntry`) without splitting
 * them (tens of thousands of videos per analysis).
 */
export function acceptedLinkedOrders(owner: string, links: ContentLinks | undefined, accepted: (currency: string) => boolean): number {
  if (!links) return 0;
  let orders = 0;
  // The lines are nearly all in one currency: asked once per run of it, not cut out of every key.
  let currency = '';
  let isAccepted = accepted('');
  for (const entry in links.lines) {
    const first = entry.indexOf(SEP);
    const second = first < 0 ? -1 : entry.indexOf(SEP, first + 1);
    const keyEnd = second < 0 ? entry.length : second;
    if (first < 0 || keyEnd - first - 1 !== owner.length || !entry.startsWith(owner, first + 1)) continue;
    const from = second < 0 ? entry.length : second + 1;
    if (entry.length - from !== currency.length || !entry.startsWith(currency, from)) {
      currency = entry.slice(from);
      isAccepted = accepted(currency);
    }
    if (isAccepted) orders++;
  }
  return orders;
}

/** Whether a piece's orders come from the stored orders naming it (known clicks, no `orders` metric). */
export function takesLinkedOrders(piece: ContentPiece): boolean {
  return parseDay(piece.postDate) !== null && exactValue(piece.metrics.orders) === null && pieceClicks(piece.metrics) !== null;
}

/** Adds (sign +1) or removes (−1) the linked orders a piece counts. */
export function addLinkedOrders(deltas: RollupDeltas, piece: ContentPiece, links: ContentLinks | undefined, sign: number): void {
  if (!takesLinkedOrders(piece)) return;
  const day = parseDay(piece.postDate)!;
  const owner = rollupCreatorKey(piece.creatorKey, piece.creatorHandle);
  for (const [currency, n] of linkedOrdersByCurrency(piece, links)) deltas.cell(owner, currency, day)[F.LINKED]! += sign * n;
}

export function addPiece(deltas: RollupDeltas, piece: ContentPiece, links: ContentLinks | undefined, sign: number): void {
  const owner = rollupCreatorKey(piece.creatorKey, piece.creatorHandle);
  const day = parseDay(piece.postDate);
  const total = deltas.total(owner, '');
  const unit = piece.metrics.gmv?.unit;
  if (unit && isCurrencyCode(unit)) total.gmvCurrencies[unit] = (total.gmvCurrencies[unit] ?? 0) + sign;
  if (day === null) {
    total.undatedPieces += sign;
    return;
  }
  total.datedPieces += sign;
  const cell = deltas.cell(owner, '', day);
  const m = piece.metrics;
  const isVideo = piece.type === 'video';
  cell[F.POSTS]! += sign;
  if (isVideo) cell[F.VIDEOS]! += sign;
  deltas.seen(owner, '', day, F.PIECES_SEEN, piece.lastSeen, sign);
  const clicks = pieceClicks(m);
  const orders = exactValue(m.orders);
  if (clicks !== null && orders !== null) {
    cell[F.BOTH_N]! += sign;
    cell[F.BOTH_CLICKS]! += sign * clicks;
    cell[F.BOTH_ORDERS]! += sign * orders;
  } else if (clicks !== null) {
    cell[F.LINK_N]! += sign;
    cell[F.LINK_CLICKS]! += sign * clicks;
  }
  const retention = isVideo ? exactValue(m.hookRetention) : null;
  if (retention !== null) {
    cell[F.RET_N]! += sign;
    cell[F.RET_SUM]! += sign * retention;
    const views = exactValue(m.views);
    if (views !== null && views > 0) {
      cell[F.RET_VIEWS_N]! += sign;
      cell[F.RET_WEIGHTED]! += sign * retention * views;
      cell[F.RET_VIEWS]! += sign * views;
    }
  }
  addKnown(cell, F.C_GMV, F.C_GMV_UNKNOWN, exactValue(m.gmv), sign);
  addKnown(cell, F.C_ORDERS, F.C_ORDERS_UNKNOWN, orders, sign);
  addKnown(cell, F.C_COMM, F.C_COMM_UNKNOWN, exactValue(m.estCommission), sign);
  const products = deltas.record(owner, '', day).postProducts;
  for (const productId of new Set(piece.productIds ?? [])) {
    const key = `${day}${SEP}${productId}`;
    products.set(key, (products.get(key) ?? 0) + sign);
  }
  addLinkedOrders(deltas, piece, links, sign);
}

function addKnown(cell: Float64Array, sum: number, unknown: number, value: number | null, sign: number): void {
  if (value === null || Number.isNaN(value)) cell[unknown]! += sign;
  else cell[sum]! += sign * value;
}

/** Lines per `day|orderId`, per record key: how the distinct-order count is kept. */
export type OrderIdCounts = Map<string, Record<string, number>>;

/**
 * Adds (sign +1) or removes (−1) an order line. `orderIds` holds, for every record the line falls
 * in, how many lines of each order it has: an order counts once however many SKU lines it has.
 */
export function addOrderLine(deltas: RollupDeltas, line: AffiliateOrder, orderIds: OrderIdCounts, sign: number): void {
  const owner = rollupCreatorKey(line.creatorKey, line.creatorHandle);
  const currency = line.currency ?? '';
  const day = localDayOfTimestamp(line.createdAt);
  deltas.total(owner, currency).lines += sign;
  const cell = deltas.cell(owner, currency, day);
  const amount = line.paymentAmount;
  const known = amount !== null && amount !== undefined && !Number.isNaN(amount);
  if (!countsAsSale(line)) {
    // Refunded or cancelled: no sale, no order, no commission owed; its amount counts in refunds.
    cell[F.EXCLUDED_N]! += sign;
    if (known) {
      cell[F.REFUNDED_N]! += sign;
      cell[F.REFUNDED]! += sign * cents(amount);
    }
    return;
  }
  addProductLine(deltas, line, owner, currency, day, sign);
  cell[F.LINES]! += sign;
  deltas.seen(owner, currency, day, F.LINES_SEEN, line.lastSeen, sign);
  addKnown(cell, F.AMOUNT, F.AMOUNT_UNKNOWN, known ? cents(amount) : null, sign);
  const commission = orderLineCommission(line);
  addKnown(cell, F.COMM, F.COMM_UNKNOWN, commission === null ? null : cents(commission), sign);

  const rKey = recordKey(owner, currency, periodOfDay(day));
  let counts = orderIds.get(rKey);
  if (!counts) {
    counts = {};
    orderIds.set(rKey, counts);
  }
  const idKey = `${day}${SEP}${line.orderId}`;
  const before = counts[idKey] ?? 0;
  const after = before + sign;
  if (after > 0) counts[idKey] = after;
  else delete counts[idKey];
  if (before === 0 && after > 0) cell[F.ORDERS]! += 1;
  if (before > 0 && after === 0) cell[F.ORDERS]! -= 1;
}

/** Whether a line counts as a sale (orders, GMV, commission, links to content). */
export const countsAsSale = (line: AffiliateOrder): boolean => orderLineState(line) === 'counted';

/**
 * Products sold: the lines that count as sales, with their amount as stored. Refunded and cancelled
 * lines are no sale here either, so a sample's "GMV after shipping" agrees with the creator's GMV.
 */
function addProductLine(deltas: RollupDeltas, line: AffiliateOrder, owner: string, currency: string, day: number, sign: number): void {
  if (!line.productId) return;
  const products = deltas.record(owner, currency, day).orderProducts;
  const key = `${day}${SEP}${line.productId}`;
  const entry = products.get(key) ?? [0, 0, 0];
  const amount = line.paymentAmount;
  entry[0] += sign;
  if (amount === null || amount === undefined) entry[2] += sign;
  else entry[1] += sign * amount;
  products.set(key, entry);
}

/** Adds (sign +1) or removes (−1) a line from the links of the piece it names. */
export function linkOrderLine(links: Map<string, ContentLinks>, line: AffiliateOrder, sign: number): void {
  const piece = countsAsSale(line) ? linkedPieceKey(line) : null;
  if (!piece) return;
  let record = links.get(piece);
  if (!record) {
    record = { piece, lines: {} };
    links.set(piece, record);
  }
  const entry = linkEntry(line);
  const n = (record.lines[entry] ?? 0) + sign;
  if (n > 0) record.lines[entry] = n;
  else delete record.lines[entry];
}

export const splitProductKey = (key: string): [day: number, productId: string] => {
  const at = key.indexOf(SEP);
  return [Number(key.slice(0, at)), key.slice(at + 1)];
};
export const productKey = (day: number, productId: string): string => `${day}${SEP}${productId}`;

/**
 * A cell's maximum `lastSeen` from the records themselves (`records` may hold others: they are
 * filtered), for a maximum whose holder was taken out (apply.ts `StaleMaximum`).
 */
export function cellSeen(
  field: number,
  records: readonly (ContentPiece | AffiliateOrder)[],
  cell: { creatorKey: string; currency: string; day: number },
): number {
  let max = 0;
  for (const record of records) {
    if (rollupCreatorKey(record.creatorKey, record.creatorHandle) !== cell.creatorKey) continue;
    if (field === F.PIECES_SEEN) {
      const piece = record as ContentPiece;
      if (cell.currency !== '' || parseDay(piece.postDate) !== cell.day) continue;
    } else {
      const line = record as AffiliateOrder;
      if ((line.currency ?? '') !== cell.currency || localDayOfTimestamp(line.createdAt) !== cell.day || !countsAsSale(line)) continue;
    }
    max = Math.max(max, record.lastSeen);
  }
  return max;
}
