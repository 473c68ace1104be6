/**
 * One pass over everything stored, grouped by creator, with days pre-parsed to day numbers and the
 * metrics the analytics need pre-extracted as plain numbers. Every analysis in this folder reads a
 * `ProgramIndex`; build it once per data change, not once per question.
 *
 * Content pieces and order lines are kept as columns (typed arrays, NaN = unknown), each creator's
 * rows together and sorted by day: 100,000 pieces and 200,000 order lines cost a few arrays, not
 * 300,000 objects, and every window is a binary search plus a scan of numbers. The stored records
 * are read once, in storage order.
 */
import type { CostBook } from '../costs/cost-book';
import { CREATOR_HANDLE_PREFIX, normaliseHandleForKey } from '../model/keys';
import type { ContentPiece, Creator, CreatorMetrics, MetricSnapshot } from '../model/entities';
import type { AffiliateOrder, Collaboration, CreatorProgram, SampleRequest } from '../model/program';
import type { ReportedFigures } from '../model/reported';
import { exactValue, type CurrencyCode } from '../parse/quantity';
import { localDayOfTimestamp, parseDay } from '../calendar/days';
import { orderLineState } from './order-status';
import { pieceClicks } from './piece-clicks';
import { lowerBoundInt } from './stats';

/** Everything the analytics read: plain arrays of stored records. */
export interface ProgramData {
  creators?: readonly Creator[];
  content?: readonly ContentPiece[];
  snapshots?: readonly MetricSnapshot[];
  orders?: readonly AffiliateOrder[];
  samples?: readonly SampleRequest[];
  collaborations?: readonly Collaboration[];
  programs?: readonly CreatorProgram[];
  /** Figures pages and files reported for a stated period. */
  reported?: readonly ReportedFigures[];
  /** The shop's currency. Default: the most frequent order currency. */
  currency?: CurrencyCode;
}

/**
 * Dated content pieces as columns: each creator's pieces are the range `piecesFrom`…`piecesTo` of
 * its entry, oldest first; pieces whose creator is unknown form the range `orphanPieces`.
 * Pieces without a post date are not here (they are only counted: `undatedPieces`).
 */
export interface PieceColumns {
  pieces: ContentPiece[];
  /** Post day number. */
  day: Int32Array;
  /** 1 for videos, 0 for LIVEs. */
  isVideo: Uint8Array;
  /** Clicks: the `clicks` metric, else round(CTR × product impressions); NaN when unknown. */
  clicks: Float64Array;
  /** Where `clicks` came from: CLICKS_GIVEN, CLICKS_FROM_IMPRESSIONS; else, when CTR and views are known, CLICKS_ESTIMATED (see `estimatedClicks`); 0 = unknown. */
  clicksSource: Uint8Array;
  /** round(CTR × views) for pieces whose clicks are unknown: an estimate, only for Spark Ads. NaN otherwise. */
  estimatedClicks: Float64Array;
  /** Orders: the `orders` metric, else (when orders are stored) `linkedOrders`; NaN when unknown. */
  orders: Float64Array;
  /** Distinct stored affiliate orders of the piece's creator naming the piece. */
  linkedOrders: Int32Array;
  gmv: Float64Array;
  estCommission: Float64Array;
  views: Float64Array;
  hookRetention: Float64Array;
}

/**
 * All stored affiliate order lines as columns, each creator's lines the range `ordersFrom`…
 * `ordersTo` of its entry, oldest first.
 */
export interface OrderColumns {
  lines: AffiliateOrder[];
  /** Local day of `createdAt`. */
  day: Int32Array;
  /** Payment amount; NaN when unknown. */
  amount: Float64Array;
  /** Commission the seller pays for the line (see `orderLineCommission`); NaN when unknown. */
  commission: Float64Array;
  /** 1 on the first line of each order (an order has one line per SKU): counting these counts orders. */
  firstLine: Uint8Array;
  /** 1 when the line was fully refunded. */
  refunded: Uint8Array;
  /** 1 when the line does not count as a sale (refunded or cancelled, see order-status.ts). */
  excluded: Uint8Array;
}

export interface IndexedSample {
  sample: SampleRequest;
  /** Local day shipped; null when not shipped (or unknown). */
  shipDay: number | null;
  /**
   * Local day content was delivered: the earliest of `contentDeliveredAt`, the status history's
   * `content-delivered`/`completed` entry, and the first stored post by the creator that lists the
   * sampled product on or after the ship day. Null when none.
   */
  deliveredDay: number | null;
  /** Sample cost in the shop currency; null when not entered or in another currency. */
  cost: number | null;
}

export interface IndexedSnapshot {
  day: number;
  metrics: CreatorMetrics;
}

/** A report with its period as day numbers. */
export interface IndexedReport {
  from: number;
  to: number;
  report: ReportedFigures;
}

export interface CreatorEntry {
  key: string;
  handle: string | null;
  displayName: string | null;
  creator: Creator | null;
  program: CreatorProgram | null;
  /** This creator's dated pieces: `index.pieces` rows `piecesFrom` (inclusive) to `piecesTo` (exclusive). */
  piecesFrom: number;
  piecesTo: number;
  undatedPieces: number;
  /** This creator's order lines: `index.orders` rows `ordersFrom` (inclusive) to `ordersTo` (exclusive). */
  ordersFrom: number;
  ordersTo: number;
  samples: IndexedSample[];
  collaborations: Collaboration[];
  /** Newest first; the creator record's own metrics count as a snapshot on its last-seen day. */
  snapshots: IndexedSnapshot[];
  /** Reported figures of this creator, newest capture first. */
  reports: IndexedReport[];
  /** Exact follower count (latest), or null. */
  followers: number | null;
  /** Latest follower figure as captured (may be a range), for tier bands. */
  followersQuantity: CreatorMetrics['followers'] | null;
}

export interface ProgramIndex {
  /** Sorted by key: every analysis returns creators in a stable order. */
  entries: CreatorEntry[];
  byKey: Map<string, CreatorEntry>;
  pieces: PieceColumns;
  /** Rows of `pieces` whose creator is unknown. */
  orphanPieces: { from: number; to: number };
  /** Stored pieces without a post date (in no window). */
  undatedPieces: number;
  orders: OrderColumns;
  currency: CurrencyCode | null;
  /** True when affiliate orders are stored: they become the source of GMV, orders and commission. */
  hasOrders: boolean;
  /** First local day with a stored order, or null. */
  firstOrderDay: number | null;
  collaborations: Collaboration[];
  /** The seller's cost book, once attached (`withCosts`); sample costs then follow it. */
  costs?: CostBook;
  diagnostics: {
    ordersInOtherCurrency: number;
    ordersWithoutCreator: number;
    piecesWithoutCreator: number;
    samplesWithoutCreator: number;
  };
}

function mostFrequentCurrency(orders: readonly AffiliateOrder[]): CurrencyCode | null {
  const counts = new Map<CurrencyCode, number>();
  for (const order of orders) {
    if (order.currency) counts.set(order.currency, (counts.get(order.currency) ?? 0) + 1);
  }
  let best: CurrencyCode | null = null;
  let bestCount = 0;
  for (const [currency, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && currency < best)) {
      best = currency;
      bestCount = n;
    }
  }
  return best;
}

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

export const CLICKS_GIVEN = 1;
export const CLICKS_FROM_IMPRESSIONS = 2;
export const CLICKS_ESTIMATED = 3;

/** Where a piece's clicks come from, and the estimate from views when nothing better is known. */
function clicksSourceOf(metrics: ContentPiece['metrics']): { source: number; estimate: number } {
  if (exactValue(metrics.clicks) !== null) return { source: CLICKS_GIVEN, estimate: Number.NaN };
  const ctr = exactValue(metrics.ctr);
  if (ctr !== null && exactValue(metrics.productImpressions) !== null) return { source: CLICKS_FROM_IMPRESSIONS, estimate: Number.NaN };
  const views = exactValue(metrics.views);
  return ctr !== null && views !== null ? { source: CLICKS_ESTIMATED, estimate: Math.round(ctr * views) } : { source: 0, estimate: Number.NaN };
}

/** A number column value, or NaN for unknown. */
const orNaN = (value: number | null): number => (value === null ? Number.NaN : value);

/** Sort key of a row within its creator: its day, then its position (below 2^27) as read. */
const ROW_SLOTS = 134_217_728;

/** A creator's entry with no rows yet: the index fills the row ranges in. */
export function emptyCreatorEntry(
  key: string,
  fields: { creator?: Creator | null; handle?: string | null; displayName?: string | null; program?: CreatorProgram | null } = {},
): CreatorEntry {
  return {
    key,
    handle: fields.handle ?? null,
    displayName: fields.displayName ?? fields.creator?.displayName ?? null,
    creator: fields.creator ?? null,
    program: fields.program ?? null,
    piecesFrom: 0,
    piecesTo: 0,
    undatedPieces: 0,
    ordersFrom: 0,
    ordersTo: 0,
    samples: [],
    collaborations: [],
    snapshots: [],
    reports: [],
    followers: null,
    followersQuantity: null,
  };
}

/**
 * Groups rows by owner (an ordinal; −1 = skip) and sorts each owner's rows by day, stable.
 * Returns, for each output position, the input row it holds, and where each owner's rows start
 * (`start[o]` to `start[o + 1]`).
 */
function groupByOwnerAndDay(
  rowOwner: Int32Array,
  rowDay: Int32Array,
  counts: readonly number[],
): { rows: Int32Array; start: Int32Array } {
  const start = ownerStarts(counts);
  const total = start[counts.length]!;
  const source = new Int32Array(total);
  const keys = new Float64Array(total);
  scatterRows(rowOwner, rowDay, start, source, keys);
  const rows = new Int32Array(total);
  sortRowsByDay(start, counts.length, source, keys, rows);
  return { rows, start };
}

/** Prefix sums: where each owner's rows start, plus the total at the end. */
function ownerStarts(counts: readonly number[]): Int32Array {
  const start = new Int32Array(counts.length + 1);
  for (let o = 0; o < counts.length; o++) start[o + 1] = start[o]! + counts[o]!;
  return start;
}

/** Puts each row in its owner's range, with a sort key of day then position. */
function scatterRows(rowOwner: Int32Array, rowDay: Int32Array, start: Int32Array, source: Int32Array, keys: Float64Array): void {
  const cursor = start.slice();
  for (let i = 0; i < rowOwner.length; i++) {
    const o = rowOwner[i]!;
    if (o < 0) continue;
    const pos = cursor[o]!++;
    source[pos] = i;
    keys[pos] = rowDay[i]! * ROW_SLOTS + (pos - start[o]!);
  }
}

function sortRowsByDay(start: Int32Array, owners: number, source: Int32Array, keys: Float64Array, rows: Int32Array): void {
  for (let o = 0; o < owners; o++) {
    const from = start[o]!;
    const to = start[o + 1]!;
    if (to - from > 1) keys.subarray(from, to).sort();
    for (let pos = from; pos < to; pos++) {
      const key = keys[pos]!;
      const day = Math.floor(key / ROW_SLOTS);
      rows[pos] = source[from + key - day * ROW_SLOTS]!;
    }
  }
}

type Diagnostics = ProgramIndex['diagnostics'];

/** Finds (or makes) the entry of a record's creator: by key, else by handle, else handle-only. */
class CreatorResolver {
  readonly byKey = new Map<string, CreatorEntry>();
  private readonly keyByHandle = new Map<string, string>();
  private lastKey: string | undefined = undefined;
  private lastEntry: CreatorEntry | null = null;
  /** Raw handle text (as on the record) → entry, for records that carry only a handle. */
  private readonly byHandleText = new Map<string, CreatorEntry | null>();

  constructor(creators: readonly Creator[]) {
    for (const creator of creators) {
      const handle = normaliseHandleForKey(creator.handle ?? creator.handleDisplay);
      this.byKey.set(creator.key, emptyCreatorEntry(creator.key, { creator, handle }));
      if (handle && !this.keyByHandle.has(handle)) this.keyByHandle.set(handle, creator.key);
    }
  }

  resolve(key: string | undefined, handleText: string | undefined): CreatorEntry | null {
    if (key) {
      if (key === this.lastKey) return this.lastEntry;
      const entry = this.byKey.get(key);
      if (entry) {
        this.lastKey = key;
        this.lastEntry = entry;
        return entry;
      }
    }
    if (!key && handleText !== undefined) {
      const cached = this.byHandleText.get(handleText);
      if (cached !== undefined) return cached;
      const entry = this.resolveSlow(key, handleText);
      this.byHandleText.set(handleText, entry);
      return entry;
    }
    return this.resolveSlow(key, handleText);
  }

  private resolveSlow(key: string | undefined, handleText: string | undefined): CreatorEntry | null {
    const handle = normaliseHandleForKey(handleText) ?? (key?.startsWith(CREATOR_HANDLE_PREFIX) ? key.slice(CREATOR_HANDLE_PREFIX.length) : null);
    if (handle) {
      const known = this.keyByHandle.get(handle);
      if (known) return this.byKey.get(known) ?? null;
    }
    const newKey = key ?? (handle ? `h:${handle}` : null);
    if (newKey === null) return null;
    const entry = emptyCreatorEntry(newKey, { handle });
    this.byKey.set(newKey, entry);
    if (handle && !this.keyByHandle.has(handle)) this.keyByHandle.set(handle, newKey);
    return entry;
  }
}

/** Content as read in storage order: each row's owner ordinal (−1: undated), day and metrics. */
interface ContentRead {
  owners: CreatorEntry[];
  counts: number[];
  owner: Int32Array;
  day: Int32Array;
  isVideo: Uint8Array;
  clicks: Float64Array;
  clicksSource: Uint8Array;
  estimatedClicks: Float64Array;
  orders: Float64Array;
  gmv: Float64Array;
  estCommission: Float64Array;
  views: Float64Array;
  hookRetention: Float64Array;
  undated: number;
}

function readContent(
  content: readonly ContentPiece[],
  resolver: CreatorResolver,
  orphan: CreatorEntry,
  diagnostics: Diagnostics,
): ContentRead {
  const n = content.length;
  const read: ContentRead = {
    owners: [],
    counts: [],
    owner: new Int32Array(n).fill(-1),
    day: new Int32Array(n),
    isVideo: new Uint8Array(n),
    clicks: new Float64Array(n),
    clicksSource: new Uint8Array(n),
    estimatedClicks: new Float64Array(n),
    orders: new Float64Array(n),
    gmv: new Float64Array(n),
    estCommission: new Float64Array(n),
    views: new Float64Array(n),
    hookRetention: new Float64Array(n),
    undated: 0,
  };
  for (let i = 0; i < n; i++) {
    const piece = content[i]!;
    const found = resolver.resolve(piece.creatorKey, piece.creatorHandle);
    if (!found) diagnostics.piecesWithoutCreator++;
    const day = parseDay(piece.postDate);
    if (day === null) {
      read.undated++;
      if (found) found.undatedPieces++;
      continue;
    }
    const owner = found ?? orphan;
    // Owners get ordinals in order of appearance, kept in `piecesFrom` until the layout.
    if (owner.piecesTo === 0) {
      owner.piecesFrom = read.owners.length;
      read.owners.push(owner);
      read.counts.push(0);
    }
    owner.piecesTo++;
    read.owner[i] = owner.piecesFrom;
    read.counts[owner.piecesFrom]!++;
    read.day[i] = day;
    const m = piece.metrics;
    read.isVideo[i] = piece.type === 'video' ? 1 : 0;
    read.clicks[i] = orNaN(pieceClicks(m));
    const clicksSource = clicksSourceOf(m);
    read.clicksSource[i] = clicksSource.source;
    read.estimatedClicks[i] = clicksSource.estimate;
    read.orders[i] = orNaN(exactValue(m.orders));
    read.gmv[i] = orNaN(exactValue(m.gmv));
    read.estCommission[i] = orNaN(exactValue(m.estCommission));
    read.views[i] = orNaN(exactValue(m.views));
    read.hookRetention[i] = orNaN(exactValue(m.hookRetention));
  }
  return read;
}

function layOutPieces(content: readonly ContentPiece[], read: ContentRead): PieceColumns {
  const { rows, start } = groupByOwnerAndDay(read.owner, read.day, read.counts);
  read.owners.forEach((owner, o) => {
    owner.piecesFrom = start[o]!;
    owner.piecesTo = start[o + 1]!;
  });
  const total = rows.length;
  const pieces: PieceColumns = {
    pieces: new Array<ContentPiece>(total),
    day: new Int32Array(total),
    isVideo: new Uint8Array(total),
    clicks: new Float64Array(total),
    clicksSource: new Uint8Array(total),
    estimatedClicks: new Float64Array(total),
    orders: new Float64Array(total),
    linkedOrders: new Int32Array(total),
    gmv: new Float64Array(total),
    estCommission: new Float64Array(total),
    views: new Float64Array(total),
    hookRetention: new Float64Array(total),
  };
  for (let pos = 0; pos < total; pos++) {
    const i = rows[pos]!;
    pieces.pieces[pos] = content[i]!;
    pieces.day[pos] = read.day[i]!;
    pieces.isVideo[pos] = read.isVideo[i]!;
    pieces.clicks[pos] = read.clicks[i]!;
    pieces.clicksSource[pos] = read.clicksSource[i]!;
    pieces.estimatedClicks[pos] = read.estimatedClicks[i]!;
    pieces.orders[pos] = read.orders[i]!;
    pieces.gmv[pos] = read.gmv[i]!;
    pieces.estCommission[pos] = read.estCommission[i]!;
    pieces.views[pos] = read.views[i]!;
    pieces.hookRetention[pos] = read.hookRetention[i]!;
  }
  return pieces;
}

/** Orders as read in storage order: each line's owner ordinal (−1: skipped), day and amounts. */
interface OrdersRead {
  owners: CreatorEntry[];
  counts: number[];
  owner: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  commission: Float64Array;
  refunded: Uint8Array;
  excluded: Uint8Array;
  /** The piece row the line names when that piece's `orders` metric is unknown, else −1. */
  piece: Int32Array;
  accepted: number;
  firstDay: number | null;
}

function readOrders(
  orders: readonly AffiliateOrder[],
  currency: CurrencyCode | null,
  resolver: CreatorResolver,
  pieces: PieceColumns,
  diagnostics: Diagnostics,
): OrdersRead {
  const n = orders.length;
  const read: OrdersRead = {
    owners: [],
    counts: [],
    owner: new Int32Array(n).fill(-1),
    day: new Int32Array(n),
    amount: new Float64Array(n),
    commission: new Float64Array(n),
    refunded: new Uint8Array(n),
    excluded: new Uint8Array(n),
    piece: new Int32Array(n).fill(-1),
    accepted: 0,
    firstDay: null,
  };
  // Per owner: content id → row of its pieces whose orders metric is unknown (null: none). Looked
  // up here, while the record is at hand.
  const contentMaps: (Map<string, number> | null)[] = [];
  let firstDay = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const order = orders[i]!;
    if (currency && order.currency && order.currency !== currency) {
      diagnostics.ordersInOtherCurrency++;
      continue;
    }
    read.accepted++;
    const day = localDayOfTimestamp(order.createdAt);
    if (day < firstDay) firstDay = day;
    const entry = resolver.resolve(order.creatorKey, order.creatorHandle);
    if (!entry) {
      diagnostics.ordersWithoutCreator++;
      continue;
    }
    // Owners get ordinals in order of appearance, kept in `ordersFrom` until the layout.
    if (entry.ordersTo === 0) {
      entry.ordersFrom = read.owners.length;
      read.owners.push(entry);
      read.counts.push(0);
      contentMaps.push(piecesMissingOrders(entry, pieces));
    }
    entry.ordersTo++;
    const ordinal = entry.ordersFrom;
    read.owner[i] = ordinal;
    read.counts[ordinal]!++;
    read.day[i] = day;
    read.amount[i] = orNaN(order.paymentAmount);
    read.commission[i] = orNaN(orderLineCommission(order));
    read.refunded[i] = order.refunded === true ? 1 : 0;
    read.excluded[i] = orderLineState(order) === 'counted' ? 0 : 1;
    const byContent = contentMaps[ordinal];
    if (byContent && order.contentId && (order.contentType === 'video' || order.contentType === 'live')) {
      const pos = byContent.get(order.contentId);
      if (pos !== undefined && (pieces.isVideo[pos] === 1) === (order.contentType === 'video')) read.piece[i] = pos;
    }
  }
  read.firstDay = read.accepted > 0 ? firstDay : null;
  return read;
}

function layOutOrders(orders: readonly AffiliateOrder[], read: OrdersRead, pieces: PieceColumns): OrderColumns {
  const { rows, start } = groupByOwnerAndDay(read.owner, read.day, read.counts);
  read.owners.forEach((owner, o) => {
    owner.ordersFrom = start[o]!;
    owner.ordersTo = start[o + 1]!;
  });
  const total = rows.length;
  const cols: OrderColumns = {
    lines: new Array<AffiliateOrder>(total),
    day: new Int32Array(total),
    amount: new Float64Array(total),
    commission: new Float64Array(total),
    firstLine: new Uint8Array(total),
    refunded: new Uint8Array(total),
    excluded: new Uint8Array(total),
  };
  const linePiece = new Int32Array(total);
  for (let pos = 0; pos < total; pos++) {
    const i = rows[pos]!;
    cols.lines[pos] = orders[i]!;
    cols.day[pos] = read.day[i]!;
    cols.amount[pos] = read.amount[i]!;
    cols.commission[pos] = read.commission[i]!;
    cols.refunded[pos] = read.refunded[i]!;
    cols.excluded[pos] = read.excluded[i]!;
    linePiece[pos] = read.piece[i]!;
  }
  for (const entry of read.owners) markOrdersAndLinkContent(entry, cols, linePiece, pieces);
  if (read.accepted > 0) {
    // A piece without an `orders` metric gets the count of distinct orders naming it.
    for (let pos = 0; pos < pieces.orders.length; pos++) {
      if (Number.isNaN(pieces.orders[pos]!)) pieces.orders[pos] = pieces.linkedOrders[pos]!;
    }
  }
  return cols;
}

export function indexProgram(data: ProgramData): ProgramIndex {
  const diagnostics: Diagnostics = {
    ordersInOtherCurrency: 0,
    ordersWithoutCreator: 0,
    piecesWithoutCreator: 0,
    samplesWithoutCreator: 0,
  };
  const resolver = new CreatorResolver(data.creators ?? []);
  const byKey = resolver.byKey;
  const resolveEntry = (key: string | undefined, handle: string | undefined) => resolver.resolve(key, handle);

  for (const program of data.programs ?? []) {
    const entry = resolveEntry(program.creatorKey, undefined);
    if (entry) entry.program = program;
  }

  const content = data.content ?? [];
  const orphan = emptyCreatorEntry('');
  const contentRead = readContent(content, resolver, orphan, diagnostics);
  const pieces = layOutPieces(content, contentRead);
  const orphanPieces = { from: orphan.piecesFrom, to: orphan.piecesTo };

  const orders = data.orders ?? [];
  const currency = data.currency ?? mostFrequentCurrency(orders);
  const ordersRead = readOrders(orders, currency, resolver, pieces, diagnostics);
  const orderColumns = layOutOrders(orders, ordersRead, pieces);
  const hasOrders = ordersRead.accepted > 0;
  const firstOrderDay = ordersRead.firstDay;
  const undatedPieces = contentRead.undated;

  for (const snapshot of data.snapshots ?? []) {
    const day = parseDay(snapshot.day);
    const entry = resolveEntry(snapshot.creatorKey, undefined);
    if (day === null || !entry) continue;
    entry.snapshots.push({ day, metrics: snapshot.metrics });
  }

  for (const report of data.reported ?? []) {
    const from = parseDay(report.period.from);
    const to = parseDay(report.period.to);
    const entry = resolveEntry(report.creatorKey, undefined);
    if (from === null || to === null || to < from || !entry) continue;
    entry.reports.push({ from, to, report });
  }

  const collaborations = [...(data.collaborations ?? [])];
  for (const collaboration of collaborations) {
    const members = new Set<CreatorEntry>();
    for (const key of collaboration.creatorKeys) {
      const entry = resolveEntry(key, undefined);
      if (entry) members.add(entry);
    }
    for (const handle of collaboration.creatorHandles ?? []) {
      const entry = resolveEntry(undefined, handle);
      if (entry) members.add(entry);
    }
    for (const entry of members) entry.collaborations.push(collaboration);
  }

  for (const sample of data.samples ?? []) {
    const entry = resolveEntry(sample.creatorKey, sample.creatorHandle);
    if (!entry) {
      diagnostics.samplesWithoutCreator++;
      continue;
    }
    entry.samples.push(indexSample(sample, entry, pieces, currency));
  }

  const entries = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const entry of entries) {
    if (entry.creator) {
      entry.snapshots.push({ day: localDayOfTimestamp(entry.creator.lastSeen), metrics: entry.creator.metrics });
    }
    if (entry.snapshots.length > 1) entry.snapshots.sort((a, b) => b.day - a.day);
    if (entry.reports.length > 1) entry.reports.sort((a, b) => b.report.capturedAt - a.report.capturedAt);
    for (const snapshot of entry.snapshots) {
      if (snapshot.metrics.followers) {
        entry.followersQuantity = snapshot.metrics.followers;
        entry.followers = exactValue(snapshot.metrics.followers);
        break;
      }
    }
  }

  return {
    entries,
    byKey,
    pieces,
    orphanPieces,
    undatedPieces,
    orders: orderColumns,
    currency,
    hasOrders,
    firstOrderDay,
    collaborations,
    diagnostics,
  };
}

/** Content id → piece row for a creator's pieces whose `orders` metric is unknown; null when none. */
function piecesMissingOrders(entry: CreatorEntry, pieces: PieceColumns): Map<string, number> | null {
  let byContent: Map<string, number> | null = null;
  for (let pos = entry.piecesFrom; pos < entry.piecesTo; pos++) {
    if (!Number.isNaN(pieces.orders[pos]!)) continue;
    byContent ??= new Map();
    byContent.set(pieces.pieces[pos]!.contentId, pos);
  }
  return byContent;
}

/**
 * Within one creator's lines (sorted by day): an order has one line per SKU, all created at the
 * same moment, so a line whose order id already appeared that day does not count the order again,
 * for the creator or for the piece it names (`linePiece`), whose `linkedOrders` it adds to.
 */
function markOrdersAndLinkContent(
  entry: CreatorEntry,
  cols: OrderColumns,
  linePiece: Int32Array,
  pieces: PieceColumns,
): void {
  let runStart = entry.ordersFrom;
  for (let r = entry.ordersFrom; r < entry.ordersTo; r++) {
    if (r > entry.ordersFrom && cols.day[r - 1] !== cols.day[r]) runStart = r;
    // A refunded or cancelled line is no sale: it neither counts an order nor links one to content.
    if (cols.excluded[r] === 1) {
      if (r === runStart) runStart = r + 1;
      continue;
    }
    const piece = linePiece[r]!;
    if (r === runStart) {
      cols.firstLine[r] = 1;
      if (piece >= 0) pieces.linkedOrders[piece]!++;
      continue;
    }
    // Same day as an earlier line: compare order ids (the records are read only in this rare case).
    const orderId = cols.lines[r]!.orderId;
    let firstLine = 1;
    let pieceCounted = false;
    for (let j = runStart; j < r; j++) {
      if (cols.excluded[j] === 1 || cols.lines[j]!.orderId !== orderId) continue;
      firstLine = 0;
      if (piece >= 0 && linePiece[j] === piece) pieceCounted = true;
    }
    cols.firstLine[r] = firstLine;
    if (piece >= 0 && !pieceCounted) pieces.linkedOrders[piece]!++;
  }
}

function statusDay(sample: SampleRequest, statuses: readonly string[]): number | null {
  let earliest: number | null = null;
  for (const change of sample.statusHistory) {
    if (statuses.includes(change.status)) {
      const day = localDayOfTimestamp(change.at);
      if (earliest === null || day < earliest) earliest = day;
    }
  }
  return earliest;
}

const SHIPPED = ['shipped', 'content-delivered', 'completed'];
const DELIVERED = ['content-delivered', 'completed'];

function indexSample(
  sample: SampleRequest,
  entry: CreatorEntry,
  pieces: PieceColumns,
  currency: CurrencyCode | null,
): IndexedSample {
  let shipDay: number | null = null;
  if (sample.status !== 'canceled') {
    if (sample.shippedAt !== undefined) shipDay = localDayOfTimestamp(sample.shippedAt);
    else if (sample.status !== 'requested' && sample.status !== 'approved') shipDay = statusDay(sample, SHIPPED);
  }

  let deliveredDay: number | null = null;
  if (sample.contentDeliveredAt !== undefined) deliveredDay = localDayOfTimestamp(sample.contentDeliveredAt);
  const fromStatus = statusDay(sample, DELIVERED);
  if (fromStatus !== null && (deliveredDay === null || fromStatus < deliveredDay)) deliveredDay = fromStatus;
  if (shipDay !== null) {
    // The first post listing the product on or after the ship day (rows are sorted by day).
    for (
      let pos = lowerBoundInt(pieces.day, shipDay, entry.piecesFrom, entry.piecesTo);
      pos < entry.piecesTo && (deliveredDay === null || pieces.day[pos]! < deliveredDay);
      pos++
    ) {
      if (pieces.pieces[pos]!.productIds.includes(sample.productId)) {
        deliveredDay = pieces.day[pos]!;
        break;
      }
    }
  }

  let cost: number | null = null;
  if (sample.sampleCost && (currency === null || sample.sampleCost.currency === currency)) {
    cost = sample.sampleCost.amount;
  }
  return { sample, shipDay, deliveredDay, cost };
}
