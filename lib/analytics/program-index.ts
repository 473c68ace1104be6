/**
 * What the analytics read, grouped by creator. Every analysis in this folder reads a
 * `ProgramIndex`; build it once per data change, not once per question.
 *
 * Content pieces and order lines are not read one by one: the index holds each creator's rollup
 * cells (lib/rollups: posts, clicks, orders, GMV, commission… per local day), as columns sorted by
 * day, so every window is a binary search plus a scan of a few numbers per day. The raw records
 * are read only where a question needs them: the Spark Ads candidates (recent videos).
 * From the database, `lib/db/load-program-data` reads the stored rollups (only the days the
 * analysis can ask about); from plain arrays (tests, benchmarks) the rollups are built here.
 */
import type { CostBook } from '../costs/cost-book';
import { CREATOR_HANDLE_PREFIX, normaliseHandleForKey } from '../model/keys';
import type { ContentPiece, Creator, CreatorMetrics, MetricSnapshot } from '../model/entities';
import type { AffiliateOrder, Collaboration, CreatorProgram, SampleRequest } from '../model/program';
import type { ReportedFigures } from '../model/reported';
import { exactValue, type CurrencyCode } from '../parse/quantity';
import { buildRollups } from '../rollups/apply';
import { linkedOrdersByCurrency, rollupCreatorKey } from '../rollups/contributions';
import { addCell, F, FIELDS, type ContentLinks, type RollupRecord, type RollupTotals } from '../rollups/fields';
import { pieceClicks } from '../rollups/piece-clicks';
import { localDayOfTimestamp, parseDay } from '../calendar/days';

export { orderLineCommission } from '../rollups/contributions';

/** A video with the stored orders naming it, for Spark Ads. */
export interface SparkPieceInput {
  piece: ContentPiece;
  links?: ContentLinks;
}

/** Rollups read from the database (lib/db/load-program-data.ts). */
export interface StoredRollups {
  records: readonly RollupRecord[];
  totals: readonly RollupTotals[];
  /** First day the records cover (older periods were not read); null: all of history. */
  fromDay: number | null;
  /** Per rollup creator key: the latest post day before `fromDay`, for creators with older posts. */
  postsBefore: ReadonlyMap<string, number>;
  /** Videos posted in the Spark Ads window; null when not read (Spark Ads then has no candidates). */
  sparkPieces: readonly SparkPieceInput[] | null;
}

/** Everything the analytics read: plain arrays of stored records, or rollups instead of content and orders. */
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
  /** When present, read instead of `content` and `orders`. */
  rollups?: StoredRollups;
}

/** Rollup cells of every creator: each creator's cells are the range `cellsFrom`…`cellsTo`, by day. */
export interface CellColumns {
  day: Int32Array;
  /** `day.length × FIELDS` (see lib/rollups/fields.ts `F`). */
  values: Float64Array;
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
  /** This creator's cells: `index.cells` rows `cellsFrom` (inclusive) to `cellsTo` (exclusive). */
  cellsFrom: number;
  cellsTo: number;
  /** Stored pieces with / without a post date (all of history). */
  datedPieces: number;
  undatedPieces: number;
  /** Stored order lines in the shop currency (all of history). */
  orderLines: number;
  /** Latest post day before the cells read (older history), or null. */
  lastPostBefore: number | null;
  /** The rollup records behind the cells (products posted and ordered are read from them). */
  records: RollupRecord[];
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

/** A Spark Ads candidate's figures (NaN = unknown). */
export interface SparkPiece {
  piece: ContentPiece;
  entry: CreatorEntry | null;
  day: number;
  /** Clicks given, else round(CTR × product impressions). */
  clicks: number;
  /** Where the clicks come from: CLICKS_GIVEN, CLICKS_FROM_IMPRESSIONS; else, when CTR and views are known, CLICKS_ESTIMATED; 0 = unknown. */
  clicksSource: number;
  /** round(CTR × views) for pieces whose clicks are unknown: an estimate, only for Spark Ads. NaN otherwise. */
  estimatedClicks: number;
  orders: number;
  views: number;
  gmv: number;
}

export interface ProgramIndex {
  /** Sorted by key: every analysis returns creators in a stable order. */
  entries: CreatorEntry[];
  byKey: Map<string, CreatorEntry>;
  cells: CellColumns;
  /** Rows of `cells` whose creator is unknown. */
  orphanCells: { from: number; to: number };
  /** Stored pieces without a post date (in no window). */
  undatedPieces: number;
  /** Stored pieces, dated or not. */
  storedPieces: number;
  /** First day the cells cover; null: all of history. */
  fromDay: number | null;
  /** Dated videos the Spark Ads candidates come from; null when they were not read. */
  sparkPieces: SparkPiece[] | null;
  currency: CurrencyCode | null;
  /** True when affiliate orders are stored: they become the source of GMV, orders and commission. */
  hasOrders: boolean;
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

/** A creator's entry with no cells yet. */
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
    cellsFrom: 0,
    cellsTo: 0,
    datedPieces: 0,
    undatedPieces: 0,
    orderLines: 0,
    lastPostBefore: null,
    records: [],
    samples: [],
    collaborations: [],
    snapshots: [],
    reports: [],
    followers: null,
    followersQuantity: null,
  };
}

type Diagnostics = ProgramIndex['diagnostics'];

/** Finds (or makes) the entry of a record's creator: by key, else by handle, else handle-only. */
class CreatorResolver {
  readonly byKey = new Map<string, CreatorEntry>();
  private readonly keyByHandle = new Map<string, string>();

  constructor(creators: readonly Creator[]) {
    for (const creator of creators) {
      const handle = normaliseHandleForKey(creator.handle ?? creator.handleDisplay);
      this.byKey.set(creator.key, emptyCreatorEntry(creator.key, { creator, handle }));
      if (handle && !this.keyByHandle.has(handle)) this.keyByHandle.set(handle, creator.key);
    }
  }

  resolve(key: string | undefined, handleText: string | undefined): CreatorEntry | null {
    if (key) {
      const entry = this.byKey.get(key);
      if (entry) return entry;
    }
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

  /** The entry of a rollup creator key (`''`: none). */
  ofRollupKey(key: string): CreatorEntry | null {
    return key === '' ? null : this.resolve(key, undefined);
  }
}

function mostFrequentCurrency(totals: readonly RollupTotals[]): CurrencyCode | null {
  const counts = new Map<string, number>();
  for (const t of totals) if (t.currency && t.lines > 0) counts.set(t.currency, (counts.get(t.currency) ?? 0) + t.lines);
  let best: string | null = null;
  let bestCount = 0;
  for (const [currency, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && currency < best)) {
      best = currency;
      bestCount = n;
    }
  }
  return best as CurrencyCode | null;
}

/** Rollups of plain arrays: every day, and every dated video as a Spark Ads candidate. */
export function rollupsOfRecords(content: readonly ContentPiece[], orders: readonly AffiliateOrder[]): StoredRollups {
  const state = buildRollups(content, orders);
  const links = new Map(state.links.map((l) => [l.piece, l]));
  const sparkPieces: SparkPieceInput[] = [];
  for (const piece of content) {
    if (piece.type === 'video' && parseDay(piece.postDate) !== null) sparkPieces.push({ piece, links: links.get(piece.key) });
  }
  return { records: state.rollups, totals: state.totals, fromDay: null, postsBefore: new Map(), sparkPieces };
}

/**
 * Each owner's cells, merged by day (several rollup keys and currencies can land on one creator).
 * No object per cell: each owner's candidate cells are sorted as numbers (day × 2^21 + position)
 * and copied, equal days added, straight into the columns.
 */
function layOutCells(owners: Map<CreatorEntry, RollupRecord[]>, order: readonly CreatorEntry[]): CellColumns {
  let candidates = 0;
  for (const records of owners.values()) for (const record of records) candidates += record.days.length;
  const day = new Int32Array(candidates);
  const values = new Float64Array(candidates * FIELDS);
  const SLOT = 2_097_152;
  let at = 0;
  for (const entry of order) {
    const records = owners.get(entry);
    entry.cellsFrom = at;
    if (!records) {
      entry.cellsTo = at;
      continue;
    }
    let n = 0;
    for (const record of records) n += record.days.length;
    const keys = new Float64Array(n);
    const source: RollupRecord[] = [];
    const offset: number[] = [];
    let k = 0;
    for (const record of records) {
      for (let i = 0; i < record.days.length; i++) {
        keys[k] = record.days[i]! * SLOT + k;
        source.push(record);
        offset.push(i);
        k++;
      }
    }
    keys.sort();
    let last = Number.NaN;
    for (let j = 0; j < n; j++) {
      const d = Math.floor(keys[j]! / SLOT);
      const c = keys[j]! - d * SLOT;
      const from = offset[c]! * FIELDS;
      const src = source[c]!.values;
      if (d !== last) {
        day[at] = d;
        values.set(src.subarray(from, from + FIELDS), at * FIELDS);
        at++;
        last = d;
      } else {
        addCell(values, (at - 1) * FIELDS, src, from);
      }
    }
    entry.cellsTo = at;
  }
  return { day: day.slice(0, at), values: values.slice(0, at * FIELDS) };
}

export function indexProgram(data: ProgramData): ProgramIndex {
  const diagnostics: Diagnostics = { ordersInOtherCurrency: 0, ordersWithoutCreator: 0, piecesWithoutCreator: 0, samplesWithoutCreator: 0 };
  const rollups = data.rollups ?? rollupsOfRecords(data.content ?? [], data.orders ?? []);
  const resolver = new CreatorResolver(data.creators ?? []);
  const byKey = resolver.byKey;

  for (const program of data.programs ?? []) {
    const entry = resolver.resolve(program.creatorKey, undefined);
    if (entry) entry.program = program;
  }

  const currency = data.currency ?? mostFrequentCurrency(rollups.totals);
  const accepted = (c: string) => c === '' || currency === null || c === currency;
  let acceptedLines = 0;
  let undatedPieces = 0;
  let storedPieces = 0;
  for (const t of rollups.totals) {
    const entry = resolver.ofRollupKey(t.creatorKey);
    undatedPieces += t.undatedPieces;
    storedPieces += t.undatedPieces + t.datedPieces;
    if (!entry) diagnostics.piecesWithoutCreator += t.undatedPieces + t.datedPieces;
    else {
      entry.undatedPieces += t.undatedPieces;
      entry.datedPieces += t.datedPieces;
    }
    if (!accepted(t.currency)) {
      diagnostics.ordersInOtherCurrency += t.lines;
      continue;
    }
    acceptedLines += t.lines;
    if (!entry) diagnostics.ordersWithoutCreator += t.lines;
    else entry.orderLines += t.lines;
  }

  const orphan = emptyCreatorEntry('');
  const owners = new Map<CreatorEntry, RollupRecord[]>();
  for (const record of rollups.records) {
    if (!accepted(record.currency)) continue;
    const owner = resolver.ofRollupKey(record.creatorKey) ?? orphan;
    const list = owners.get(owner);
    if (list) list.push(record);
    else owners.set(owner, [record]);
    owner.records.push(record);
  }
  for (const [key, day] of rollups.postsBefore) {
    const entry = resolver.ofRollupKey(key);
    if (entry && (entry.lastPostBefore === null || day > entry.lastPostBefore)) entry.lastPostBefore = day;
  }

  for (const snapshot of data.snapshots ?? []) {
    const day = parseDay(snapshot.day);
    const entry = resolver.resolve(snapshot.creatorKey, undefined);
    if (day === null || !entry) continue;
    entry.snapshots.push({ day, metrics: snapshot.metrics });
  }

  for (const report of data.reported ?? []) {
    const from = parseDay(report.period.from);
    const to = parseDay(report.period.to);
    const entry = resolver.resolve(report.creatorKey, undefined);
    if (from === null || to === null || to < from || !entry) continue;
    entry.reports.push({ from, to, report });
  }

  const collaborations = [...(data.collaborations ?? [])];
  for (const collaboration of collaborations) {
    const members = new Set<CreatorEntry>();
    for (const key of collaboration.creatorKeys) {
      const entry = resolver.resolve(key, undefined);
      if (entry) members.add(entry);
    }
    for (const handle of collaboration.creatorHandles ?? []) {
      const entry = resolver.resolve(undefined, handle);
      if (entry) members.add(entry);
    }
    for (const entry of members) entry.collaborations.push(collaboration);
  }

  for (const sample of data.samples ?? []) {
    const entry = resolver.resolve(sample.creatorKey, sample.creatorHandle);
    if (!entry) {
      diagnostics.samplesWithoutCreator++;
      continue;
    }
    entry.samples.push(indexSample(sample, entry, currency));
  }

  const hasOrders = acceptedLines > 0;
  const sparkPieces = rollups.sparkPieces ? sparkPiecesOf(rollups.sparkPieces, resolver, accepted, hasOrders) : null;

  const entries = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const cells = layOutCells(owners, [...entries, orphan]);
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
    cells,
    orphanCells: { from: orphan.cellsFrom, to: orphan.cellsTo },
    undatedPieces,
    storedPieces,
    fromDay: rollups.fromDay,
    sparkPieces,
    currency,
    hasOrders,
    collaborations,
    diagnostics,
  };
}

const orNaN = (value: number | null): number => (value === null ? Number.NaN : value);

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

function sparkPiecesOf(
  inputs: readonly SparkPieceInput[],
  resolver: CreatorResolver,
  accepted: (currency: string) => boolean,
  hasOrders: boolean,
): SparkPiece[] {
  const result: SparkPiece[] = [];
  for (const { piece, links } of inputs) {
    const day = parseDay(piece.postDate);
    if (day === null || piece.type !== 'video') continue;
    const m = piece.metrics;
    const clicksSource = clicksSourceOf(m);
    let orders = exactValue(m.orders);
    if (orders === null && hasOrders) {
      orders = 0;
      for (const [currency, n] of linkedOrdersByCurrency(piece, links)) if (accepted(currency)) orders += n;
    }
    result.push({
      piece,
      entry: resolver.ofRollupKey(rollupCreatorKey(piece.creatorKey, piece.creatorHandle)),
      day,
      clicks: orNaN(pieceClicks(piece.metrics)),
      clicksSource: clicksSource.source,
      estimatedClicks: clicksSource.estimate,
      orders: orNaN(orders),
      views: orNaN(exactValue(m.views)),
      gmv: orNaN(exactValue(m.gmv)),
    });
  }
  return result;
}


/** The Spark Ads videos by content key (built once per index). */
const sparkByKey = new WeakMap<ProgramIndex, Map<string, SparkPiece>>();
export function sparkPieceByKey(index: ProgramIndex): Map<string, SparkPiece> | null {
  if (!index.sparkPieces) return null;
  let map = sparkByKey.get(index);
  if (!map) {
    map = new Map(index.sparkPieces.map((p) => [p.piece.key, p]));
    sparkByKey.set(index, map);
  }
  return map;
}

/** Products the creator's order lines name (days read), each with its number of lines. */
export function orderedProducts(entry: CreatorEntry): { productId: string; lines: number }[] {
  const result: { productId: string; lines: number }[] = [];
  for (const record of entry.records) {
    const flat = record.orderProducts;
    for (let i = 0; i + 4 < flat.length; i += 5) result.push({ productId: flat[i + 1] as string, lines: flat[i + 2] as number });
  }
  return result;
}

/** Days (ascending) on which the creator posted a piece listing the product. */
export function postDaysOfProduct(entry: CreatorEntry, productId: string): number[] {
  const days: number[] = [];
  for (const record of entry.records) {
    const flat = record.postProducts;
    for (let i = 0; i + 2 < flat.length; i += 3) if (flat[i + 1] === productId) days.push(flat[i] as number);
  }
  return days.sort((a, b) => a - b);
}

/** GMV of the creator's order lines for a product created from `fromDay` to `toDay`; null if any amount is unknown. */
export function productGmv(entry: CreatorEntry, productId: string, fromDay: number, toDay: number): number | null {
  let sum = 0;
  for (const record of entry.records) {
    const flat = record.orderProducts;
    for (let i = 0; i + 4 < flat.length; i += 5) {
      const day = flat[i] as number;
      if (day < fromDay || day > toDay || flat[i + 1] !== productId) continue;
      if ((flat[i + 4] as number) > 0) return null;
      sum += flat[i + 3] as number;
    }
  }
  return sum;
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

function indexSample(sample: SampleRequest, entry: CreatorEntry, currency: CurrencyCode | null): IndexedSample {
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
    // The first post listing the product on or after the ship day.
    for (const day of postDaysOfProduct(entry, sample.productId)) {
      if (day < shipDay) continue;
      if (deliveredDay === null || day < deliveredDay) deliveredDay = day;
      break;
    }
  }

  let cost: number | null = null;
  if (sample.sampleCost && (currency === null || sample.sampleCost.currency === currency)) {
    cost = sample.sampleCost.amount;
  }
  return { sample, shipDay, deliveredDay, cost };
}

/** The first day with a post among the cells read, or null. */
export function firstPostDay(entry: CreatorEntry, index: ProgramIndex): number | null {
  for (let row = entry.cellsFrom; row < entry.cellsTo; row++) {
    if (index.cells.values[row * FIELDS + F.POSTS]! > 0) return index.cells.day[row]!;
  }
  return null;
}

/** A cell's field. */
export const cellValue = (index: ProgramIndex, row: number, field: number): number => index.cells.values[row * FIELDS + field]!;

export { F as CELL };
