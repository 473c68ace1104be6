/**
 * Stores affiliate order lines (captured from the Affiliate orders page or imported from the orders
 * export), linked to their creator (by id or `Creator Username`; a creator seen only here is created
 * minimally, as store-content does) and, when the line names a video or LIVE, to that content piece.
 *
 * One line per order × SKU, keyed `<orderId>:<skuId or productId>`. The page may show a line without
 * its SKU id while the export has it: a line matches a stored line of the same order by key, else by
 * SKU, else by product, so the same order line from both sources stays one record.
 * Status changes are appended to `statusHistory`, never written over.
 */
import { orderLineKey } from '../model/keys';
import type { ContentPiece, OrderRow as CapturedOrderRow } from '../model/entities';
import type { AffiliateOrder, OrderContentType } from '../model/program';
import { isCurrencyCode, type CurrencyCode, exactValue } from '../parse/quantity';
import { recordsByPrimaryKeys } from './bulk-lookup';
import { creatorLinkedTables } from './creator-links';
import type { MergeContext } from './creator-merge';
import { type CreatorIdentity, linkCreators } from './creator-session';
import type { CreatorDeskDb } from './database';
import { contentKey, displayHandle, normaliseCreatorId, normaliseHandleForKey } from '../model/keys';
import { nextStatus, sameStatusText } from './status-history';
import { addRejection, emptyStoreResult, type StoreResult } from './store-result';
import { sameApartFromTimes, trimmedText, withoutUndefined } from './structural';

export const ORDER_WITHOUT_ID = 'no order ID';
export const ORDER_WITHOUT_TIME = 'no order time (a new order line needs its Time Created)';

/** The key range holding every line of these orders (`<orderId>:…`: an id's lines lie between `id:` and `id:\uffff`). */
export function orderLinesKeyRange(orderIds: Iterable<string>): { lower: string; upper: string } | null {
  let lower: string | undefined;
  let upper: string | undefined;
  for (const id of orderIds) {
    const first = `${id}:`;
    const last = `${id}:\uffff`;
    if (lower === undefined || first < lower) lower = first;
    if (upper === undefined || last > upper) upper = last;
  }
  return lower === undefined || upper === undefined ? null : { lower, upper };
}

/** Read a key range whole when it holds at most this many lines per wanted order. */
const LINES_PER_ORDER_RANGE = 6;

/**
 * The stored lines of these orders, by their keys (schema 14 keeps no `orderId` index): a bounded
 * key-only read of the orders' key range first (nothing there: no more reads), the range at once
 * when it is dense, else one key range per order.
 */
export async function storedLinesOfOrders(db: CreatorDeskDb, orderIds: Iterable<string>): Promise<AffiliateOrder[]> {
  const wanted = new Set(orderIds);
  const range = orderLinesKeyRange(wanted);
  if (!range) return [];
  const all = () => db.orders.where(':id').between(range.lower, range.upper, true, true);
  const limit = wanted.size * LINES_PER_ORDER_RANGE + 1;
  const inRange = (await all().limit(limit).primaryKeys()).length;
  if (inRange === 0) return [];
  const lines =
    inRange < limit
      ? await all().toArray()
      : (await Promise.all([...wanted].map((id) => db.orders.where(':id').between(`${id}:`, `${id}:\uffff`, true, true).toArray()))).flat();
  const byKey = new Map<string, AffiliateOrder>();
  for (const line of lines) if (wanted.has(line.orderId)) byKey.set(line.key, line);
  return [...byKey.values()];
}

/** One order line to store: what both the orders page and the orders export can tell. */
export interface OrderLineInput {
  orderId: string;
  productId?: string;
  skuId?: string;
  /** Seller Center's creator id, when the source shows it. */
  creatorId?: string;
  /** `Creator Username`, with or without `@`, any case. */
  creatorHandle?: string;
  contentType: OrderContentType;
  contentId?: string;
  paymentAmount: number | null;
  currency?: CurrencyCode;
  quantity: number | null;
  commissionRate: number | null;
  estCommission: number | null;
  actualCommission: number | null;
  status?: string;
  /** `Time Created`, epoch ms; null when the source did not show it (then only a known line is updated). */
  createdAt: number | null;
  refunded: boolean | null;
}

export interface OrderStoreResult extends StoreResult {
  /** Creators first seen through these lines. */
  creatorsCreated: number;
  /** Lines naming a video or LIVE that is stored. */
  linkedToContent: number;
}


/**
 * An order line as the Affiliate orders page shows it → what is stored: exact amounts (a range is no
 * amount), their currency, the rate as a fraction; the page does not say whether it was refunded.
 */
export function capturedOrderLine(row: CapturedOrderRow): OrderLineInput {
  const amounts = [row.paymentAmount, row.price, row.estCommission, row.actualCommission];
  const currency = amounts.map((quantity) => quantity?.unit).find((unit) => isCurrencyCode(unit));
  const rate = row.commissionRate?.unit === 'percent' || row.commissionRate?.unit === undefined ? exactValue(row.commissionRate) : null;
  const line: OrderLineInput = {
    orderId: row.orderId,
    contentType: row.contentType,
    paymentAmount: exactValue(row.paymentAmount),
    quantity: exactValue(row.quantity),
    commissionRate: rate,
    estCommission: exactValue(row.estCommission),
    actualCommission: exactValue(row.actualCommission),
    createdAt: row.createdAt,
    refunded: null,
  };
  if (row.productId !== undefined) line.productId = row.productId;
  if (row.skuId !== undefined) line.skuId = row.skuId;
  if (row.creatorHandle !== undefined) line.creatorHandle = row.creatorHandle;
  if (row.contentId !== undefined) line.contentId = row.contentId;
  if (row.status !== undefined) line.status = row.status;
  if (currency !== undefined) line.currency = currency as CurrencyCode;
  return line;
}

/** The stored line this input is, among the stored lines of its order. */
export function matchOrderLine(lines: readonly AffiliateOrder[], row: Pick<OrderLineInput, 'orderId' | 'skuId' | 'productId'>): AffiliateOrder | undefined {
  const key = orderLineKey(row);
  const exact = lines.find((line) => line.key === key);
  if (exact) return exact;
  const one = (candidates: AffiliateOrder[]) => (candidates.length === 1 ? candidates[0] : undefined);
  if (row.skuId) {
    const bySku = one(lines.filter((line) => line.skuId === row.skuId));
    if (bySku) return bySku;
  }
  if (row.productId) {
    const byProduct = one(lines.filter((line) => line.productId === row.productId && (!line.skuId || !row.skuId)));
    if (byProduct) return byProduct;
  }
  // A line that names neither SKU nor product (or a stored one that did not) is the order's only line.
  const only = one([...lines]);
  if (only && ((!row.skuId && !row.productId) || (!only.skuId && !only.productId))) return only;
  return undefined;
}

/** Applies one line on top of the stored record (undefined: a new line, which must have `createdAt`). */
export function applyOrderLine(
  base: AffiliateOrder | undefined,
  row: OrderLineInput,
  key: string,
  creatorKey: string | undefined,
  ctx: MergeContext,
): AffiliateOrder {
  const status = nextStatus<string>(base, trimmedText(row.status), ctx.now, base?.firstSeen, sameStatusText);
  const next: AffiliateOrder = withoutUndefined({
    key,
    orderId: row.orderId.trim(),
    creatorKey: creatorKey ?? base?.creatorKey,
    creatorHandle: normaliseHandleForKey(row.creatorHandle) ?? base?.creatorHandle,
    productId: trimmedText(row.productId) ?? base?.productId,
    skuId: trimmedText(row.skuId) ?? base?.skuId,
    // `other` is what a source says when it does not know better.
    contentType: row.contentType === 'other' && base ? base.contentType : row.contentType,
    contentId: trimmedText(row.contentId) ?? base?.contentId,
    paymentAmount: row.paymentAmount ?? base?.paymentAmount ?? null,
    currency: row.currency ?? base?.currency,
    quantity: row.quantity ?? base?.quantity ?? null,
    commissionRate: row.commissionRate ?? base?.commissionRate ?? null,
    estCommission: row.estCommission ?? base?.estCommission ?? null,
    actualCommission: row.actualCommission ?? base?.actualCommission ?? null,
    status: status.status,
    statusHistory: status.statusHistory,
    // When the order was placed does not change; the first source that told us is kept.
    createdAt: base?.createdAt ?? row.createdAt ?? ctx.now,
    refunded: row.refunded ?? base?.refunded ?? null,
    firstSeen: base?.firstSeen ?? ctx.now,
    lastSeen: Math.max(base?.lastSeen ?? ctx.now, ctx.now),
    updatedAt: base?.updatedAt ?? ctx.now,
  });
  if (base && !sameApartFromTimes(base, next)) next.updatedAt = ctx.now;
  return next;
}

function linkedContentKey(row: OrderLineInput): string | undefined {
  const contentId = trimmedText(row.contentId);
  if (!contentId || (row.contentType !== 'video' && row.contentType !== 'live')) return undefined;
  return contentKey(row.contentType, contentId);
}

/** A line with an order id, ready to store, and the content piece it names (its key), if any. */
export interface AcceptedOrderLine {
  row: OrderLineInput;
  contentKey?: string;
}

/** The rows that have an order id (trimmed); the others are counted as rejected in `result`. */
export function acceptOrderRows(rows: readonly OrderLineInput[], result: StoreResult): AcceptedOrderLine[] {
  const accepted: AcceptedOrderLine[] = [];
  for (const row of rows) {
    if (!trimmedText(row.orderId)) addRejection(result, ORDER_WITHOUT_ID);
    else accepted.push({ row: { ...row, orderId: row.orderId.trim() }, contentKey: linkedContentKey(row) });
  }
  return accepted;
}

/** Stored lines grouped by order id. */
export function linesByOrderId(lines: readonly AffiliateOrder[]): Map<string, AffiliateOrder[]> {
  const byOrder = new Map<string, AffiliateOrder[]>();
  for (const line of lines) {
    const known = byOrder.get(line.orderId);
    if (known) known.push(line);
    else byOrder.set(line.orderId, [line]);
  }
  return byOrder;
}

/**
 * Applies accepted lines, in order, on top of the stored lines of their orders (`linesByOrder`,
 * updated as lines are applied) and the stored pieces they name; counts each in `result`. Returns
 * the lines and pieces to write.
 */
export function mergeOrderLines(
  accepted: readonly AcceptedOrderLine[],
  creatorKeys: readonly (string | undefined)[],
  linesByOrder: Map<string, AffiliateOrder[]>,
  pieces: readonly ContentPiece[],
  ctx: MergeContext,
  result: OrderStoreResult,
): { lines: AffiliateOrder[]; pieces: ContentPiece[] } {
  const pieceByKey = new Map(pieces.map((piece) => [piece.key, piece]));
  const touchedPieces = new Set<string>();
  const touchedLines = new Map<string, AffiliateOrder>();
  for (const [index, { row, contentKey: pieceKey }] of accepted.entries()) {
    const lines = linesByOrder.get(row.orderId) ?? [];
    const base = matchOrderLine(lines, row);
    if (!base && row.createdAt === null) {
      addRejection(result, ORDER_WITHOUT_TIME);
      continue;
    }
    const piece = pieceKey ? pieceByKey.get(pieceKey) : undefined;
    let linkedKey = creatorKeys[index];
    if (piece) {
      result.linkedToContent += 1;
      // The piece knows its creator when the line does not say, and the other way round.
      linkedKey ??= piece.creatorKey;
      if (!piece.creatorKey && linkedKey) {
        const handle = displayHandle(row.creatorHandle);
        const linked: ContentPiece = { ...piece, creatorKey: linkedKey, updatedAt: ctx.now };
        if (!linked.creatorHandle && handle) linked.creatorHandle = handle;
        pieceByKey.set(piece.key, linked);
        touchedPieces.add(piece.key);
      }
    }
    const next = applyOrderLine(base, row, base?.key ?? orderLineKey(row), linkedKey, ctx);
    result[!base ? 'created' : sameApartFromTimes(base, next) ? 'unchanged' : 'updated'] += 1;
    linesByOrder.set(row.orderId, [...lines.filter((line) => line.key !== next.key), next]);
    touchedLines.set(next.key, next);
  }
  const linkedPieces = [...touchedPieces].map((key) => pieceByKey.get(key)).filter((piece) => piece !== undefined);
  return { lines: [...touchedLines.values()], pieces: linkedPieces };
}

/** The identities of accepted lines, as `linkCreators` takes them. */
export function orderLineCreators(accepted: readonly AcceptedOrderLine[]): CreatorIdentity[] {
  return accepted.map(({ row }) => ({ creatorId: normaliseCreatorId(row.creatorId) ?? undefined, handle: row.creatorHandle }));
}

/** One read-write transaction for the whole batch, like `storeCreatorRows`; bulk reads only. */
export function storeOrderRows(db: CreatorDeskDb, rows: readonly OrderLineInput[], ctx: MergeContext): Promise<OrderStoreResult> {
  return db.transaction('rw', creatorLinkedTables(db), async () => {
    const result: OrderStoreResult = { ...emptyStoreResult(), creatorsCreated: 0, linkedToContent: 0 };
    const accepted = acceptOrderRows(rows, result);

    // Creators first (a line may name a creator we never saw), then the stored lines and content.
    const creators = await linkCreators(db, ctx, orderLineCreators(accepted));
    result.creatorsCreated = creators.created;

    const [storedLines, pieces] = await Promise.all([
      storedLinesOfOrders(db, accepted.map(({ row }) => row.orderId)),
      recordsByPrimaryKeys(db.content, accepted.flatMap(({ contentKey: key }) => (key ? [key] : []))),
    ]);
    const merged = mergeOrderLines(accepted, creators.keys, linesByOrderId(storedLines), pieces, ctx, result);
    if (merged.lines.length > 0) await db.orders.bulkPut(merged.lines);
    if (merged.pieces.length > 0) await db.content.bulkPut(merged.pieces);
    return result;
  });
}
