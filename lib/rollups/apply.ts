/**
 * Applies rollup deltas (contributions.ts) to stored rollup records, and builds every record from
 * scratch (a schema migration, a restore, and the property test's reference).
 */
import type { ContentPiece } from '../model/entities';
import type { AffiliateOrder } from '../model/program';
import {
  addOrderLine,
  addPiece,
  linkedPieceKey,
  linkOrderLine,
  productKey,
  recordKey,
  RollupDeltas,
  splitProductKey,
  totalsKey,
  type OrderIdCounts,
  type RecordDelta,
} from './contributions';
import { F, FIELDS, isEmptyCell, MAX_COUNTS, MAX_FIELDS, SUM_COUNTS, type ContentLinks, type RollupOrderIds, type RollupRecord, type RollupTotals } from './fields';

export type RollupKey = [creatorKey: string, currency: string, period: number];
export type TotalsKey = [creatorKey: string, currency: string];

/**
 * A cell whose maximum (MAX_FIELDS) lost the record that held it while other records stay: the
 * new maximum is not in the rollups and is read from those records (rollup-upkeep.ts).
 */
export interface StaleMaximum {
  record: RollupRecord;
  day: number;
  field: number;
}

export interface RollupWrites {
  put: RollupRecord[];
  stale: StaleMaximum[];
  remove: RollupKey[];
  totalsPut: RollupTotals[];
  totalsRemove: TotalsKey[];
}

export const keyOfRecord = (r: { creatorKey: string; currency: string; period: number }): string =>
  recordKey(r.creatorKey, r.currency, r.period);

function decodeCells(record: RollupRecord | undefined): Map<number, Float64Array> {
  const cells = new Map<number, Float64Array>();
  if (!record) return cells;
  record.days.forEach((day, i) => cells.set(day, record.values.slice(i * FIELDS, (i + 1) * FIELDS)));
  return cells;
}

function decodeProducts(flat: readonly (string | number)[] | undefined, width: number): Map<string, number[]> {
  const map = new Map<string, number[]>();
  if (!flat) return map;
  for (let i = 0; i + width <= flat.length; i += width) {
    map.set(productKey(flat[i] as number, flat[i + 1] as string), flat.slice(i + 2, i + width) as number[]);
  }
  return map;
}

function encodeProducts(map: Map<string, number[]>): (string | number)[] {
  const entries = [...map.entries()].map(([key, values]) => [...splitProductKey(key), ...values] as (string | number)[]);
  entries.sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0));
  return entries.flat();
}

function addProducts(map: Map<string, number[]>, deltas: Map<string, number | number[]>): void {
  for (const [key, delta] of deltas) {
    const add = typeof delta === 'number' ? [delta] : delta;
    const current = map.get(key) ?? new Array<number>(add.length).fill(0);
    const next = current.map((v, i) => v + add[i]!);
    // The first number counts records: at 0 the entry goes (with any rounding residue in the rest).
    if (next[0] === 0) map.delete(key);
    else map.set(key, next);
  }
}

/** A stored record (or none) plus a delta; null when nothing is left. */
export function mergeRecord(stored: RollupRecord | undefined, delta: RecordDelta, stale: StaleMaximum[] = []): RollupRecord | null {
  const cells = decodeCells(stored);
  const staleDays: [day: number, field: number][] = [];
  for (const [day, add] of delta.cells) {
    const cell = cells.get(day) ?? new Float64Array(FIELDS);
    const maxima = MAX_FIELDS.map((f) => cell[f]!);
    for (let f = 0; f < FIELDS; f++) cell[f]! += add[f]!;
    MAX_FIELDS.forEach((f, i) => (cell[f] = Math.max(maxima[i]!, add[f]!)));
    for (const [sum, count] of SUM_COUNTS) if (count(cell, 0) === 0) cell[sum] = 0;
    const removed = delta.removedSeen.get(day);
    MAX_COUNTS.forEach(([max, count], i) => {
      if (cell[count] === 0) cell[max] = 0;
      // The record holding the maximum left, and nothing added reaches it: the others' maximum is unknown here.
      else if (removed && removed[i]! >= maxima[i]! && add[max]! < maxima[i]!) staleDays.push([day, max]);
    });
    if (isEmptyCell(cell)) cells.delete(day);
    else cells.set(day, cell);
  }
  const postProducts = decodeProducts(stored?.postProducts, 3);
  addProducts(postProducts, delta.postProducts);
  const orderProducts = decodeProducts(stored?.orderProducts, 5);
  addProducts(orderProducts, delta.orderProducts);
  if (cells.size === 0) return null;
  const days = Int32Array.from([...cells.keys()].sort((a, b) => a - b));
  const values = new Float64Array(days.length * FIELDS);
  days.forEach((day, i) => values.set(cells.get(day)!, i * FIELDS));
  const record: RollupRecord = {
    creatorKey: delta.creatorKey,
    currency: delta.currency,
    period: delta.period,
    days,
    values,
    postProducts: encodeProducts(postProducts),
    orderProducts: encodeProducts(orderProducts),
  };
  for (const [day, field] of staleDays) if (cells.has(day)) stale.push({ record, day, field });
  return record;
}

/** Sets a cell's maximum in a record about to be written. */
export function setMaximum({ record, day, field }: StaleMaximum, value: number): void {
  const i = record.days.indexOf(day);
  if (i >= 0) record.values[i * FIELDS + field] = value;
}

/** The latest day of a record with a post, or null. */
export function lastPostDayOf(record: RollupRecord | null): number | null {
  if (!record) return null;
  for (let i = record.days.length - 1; i >= 0; i--) if (record.values[i * FIELDS + F.POSTS]! > 0) return record.days[i]!;
  return null;
}

/**
 * The content totals (`totalsKey`) whose latest post days deltas can change: those of creators
 * with posts added to or taken from a day. (Totals whose counts the deltas leave as they are can be
 * left unread and unwritten, unless they are among these.)
 */
export function totalsWithPostDaysChanging(deltas: RollupDeltas): Set<string> {
  const keys = new Set<string>();
  for (const delta of deltas.records.values()) {
    if (delta.currency !== '') continue;
    for (const cell of delta.cells.values()) {
      if (cell[F.POSTS] !== 0) {
        keys.add(totalsKey(delta.creatorKey, ''));
        break;
      }
    }
  }
  return keys;
}

/** Per period, the latest post day of the content records (currency `''`) written: `lastPostDays` of their totals. */
type PostDayChanges = Map<number, number | null>;

function mergeTotals(stored: RollupTotals | undefined, delta: RollupTotals, postDays: PostDayChanges | undefined): RollupTotals | null {
  const next: RollupTotals = {
    creatorKey: delta.creatorKey,
    currency: delta.currency,
    datedPieces: (stored?.datedPieces ?? 0) + delta.datedPieces,
    undatedPieces: (stored?.undatedPieces ?? 0) + delta.undatedPieces,
    lines: (stored?.lines ?? 0) + delta.lines,
    gmvCurrencies: { ...stored?.gmvCurrencies },
  };
  for (const [unit, n] of Object.entries(delta.gmvCurrencies)) {
    const count = (next.gmvCurrencies[unit] ?? 0) + n;
    if (count === 0) delete next.gmvCurrencies[unit];
    else next.gmvCurrencies[unit] = count;
  }
  // Totals written before the latest post days were kept stay without them (unknown, not partial).
  if (delta.lastPostDays && (!stored || stored.lastPostDays)) {
    const days: Record<number, number> = { ...stored?.lastPostDays };
    for (const [period, day] of postDays ?? []) {
      if (day === null) delete days[period];
      else days[period] = day;
    }
    next.lastPostDays = days;
  }
  return next.datedPieces === 0 && next.undatedPieces === 0 && next.lines === 0 ? null : next;
}

/** What to write for `deltas` on top of the stored records (those the deltas touch, by key). */
export function applyDeltas(
  stored: ReadonlyMap<string, RollupRecord>,
  storedTotals: ReadonlyMap<string, RollupTotals>,
  deltas: RollupDeltas,
): RollupWrites {
  const writes: RollupWrites = { put: [], stale: [], remove: [], totalsPut: [], totalsRemove: [] };
  const postDays = new Map<string, PostDayChanges>();
  for (const [key, delta] of deltas.records) {
    const next = mergeRecord(stored.get(key), delta, writes.stale);
    if (next) writes.put.push(next);
    else if (stored.has(key)) writes.remove.push([delta.creatorKey, delta.currency, delta.period]);
    if (delta.currency !== '') continue;
    const owner = totalsKey(delta.creatorKey, '');
    const changes = postDays.get(owner) ?? new Map<number, number | null>();
    changes.set(delta.period, lastPostDayOf(next));
    postDays.set(owner, changes);
  }
  for (const [key, delta] of deltas.totals) {
    const next = mergeTotals(storedTotals.get(key), delta, postDays.get(key));
    if (next) writes.totalsPut.push(next);
    else if (storedTotals.has(key)) writes.totalsRemove.push([delta.creatorKey, delta.currency]);
  }
  return writes;
}

export interface RollupState {
  rollups: RollupRecord[];
  totals: RollupTotals[];
  orderIds: RollupOrderIds[];
  links: ContentLinks[];
}

export function orderIdRecords(counts: OrderIdCounts, template: ReadonlyMap<string, RecordDelta>): RollupOrderIds[] {
  const records: RollupOrderIds[] = [];
  for (const [key, lines] of counts) {
    const at = template.get(key);
    if (!at || Object.keys(lines).length === 0) continue;
    records.push({ creatorKey: at.creatorKey, currency: at.currency, period: at.period, lines });
  }
  return records;
}

/**
 * Every rollup record from the stored pieces and order lines. Links are kept for stored pieces only
 * (an order line naming a piece not stored links nothing until the piece is stored).
 */
export function buildRollups(content: Iterable<ContentPiece>, orders: Iterable<AffiliateOrder>): RollupState {
  const links = new Map<string, ContentLinks>();
  const pieces = [...content];
  const stored = new Set(pieces.map((piece) => piece.key));
  const lines: AffiliateOrder[] = [];
  for (const line of orders) {
    lines.push(line);
    const piece = linkedPieceKey(line);
    if (piece !== null && stored.has(piece)) linkOrderLine(links, line, 1);
  }
  const deltas = new RollupDeltas();
  for (const piece of pieces) addPiece(deltas, piece, links.get(piece.key), 1);
  const orderIds: OrderIdCounts = new Map();
  for (const line of lines) addOrderLine(deltas, line, orderIds, 1);
  const writes = applyDeltas(new Map(), new Map(), deltas);
  return {
    rollups: writes.put,
    totals: writes.totalsPut,
    orderIds: orderIdRecords(orderIds, deltas.records),
    links: [...links.values()].filter((record) => Object.keys(record.lines).length > 0),
  };
}

export { totalsKey };
