/**
 * What a `ProgramIndex` holds (built by program-index.ts): the program's records grouped by
 * creator, each creator's rollup cells as columns sorted by day, and the few raw records a question
 * needs (Spark Ads candidates).
 */
import type { CostBook } from '../costs/cost-book';
import type { ContentPiece, Creator, CreatorMetrics, MetricSnapshot } from '../model/entities';
import type { AffiliateOrder, Collaboration, CreatorProgram, SampleRequest } from '../model/program';
import type { ReportedFigures } from '../model/reported';
import type { CurrencyCode } from '../parse/quantity';
import type { ContentLinks, RollupRecord, RollupTotals } from '../rollups/fields';

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

/**
 * Rollup cells of every creator, a row per cell: each creator's rows are the range
 * `cellsFrom`…`cellsTo`, by day (a day several of its rollup records have cells on has a row for
 * each, in record order: questions add rows up over ranges of days, never read one day's row). A
 * row holds only its fields (lib/rollups/fields.ts `F`) that are not 0 (a cell is mostly zeros:
 * content cells have no order figures and the other way round): bit f of `fields[row]` says it
 * holds field f, and its values are side by side, by field, from `values[sources[row]][starts[row]]`
 * on (`cellValue` in entry-records.ts reads one). Most rows point into the rollup blocks the records
 * were read from; the index owns the others (cells of records read one by one).
 */
export interface CellColumns {
  day: Int32Array;
  /** Each row's posts (field `F.POSTS`, a count) again, side by side: most questions only count posts. */
  posts: Int32Array;
  /** Each row's videos (field `F.VIDEOS`), side by side too: content velocity counts them. */
  videos: Int32Array;
  fields: Int32Array;
  /** Which of `values` holds the row's values. */
  sources: Uint16Array;
  starts: Int32Array;
  values: readonly Float64Array[];
}

export interface IndexedSample {
  sample: SampleRequest;
  /** The sample's product (`sample.productId`). */
  productId: string;
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

/** One Spark Ads video's figures (NaN = unknown); `sparkPieceAt` makes it from the index's `SparkVideos`. */
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

/**
 * The Spark Ads videos of an index, figure by figure (NaN = unknown): tens of thousands of videos
 * are read per analysis, so each figure is a typed array, not a field of an object per video. A
 * video's `SparkPiece` (its figures with its piece, views and GMV) is made only when asked:
 * `sparkPieceAt`, for the listed candidates and the few videos costs ask about.
 */
export interface SparkVideos {
  readonly length: number;
  readonly day: Int32Array;
  /** Clicks given, else round(CTR × product impressions). */
  readonly clicks: Float64Array;
  /** CLICKS_GIVEN, CLICKS_FROM_IMPRESSIONS (spark-pieces.ts); else, when CTR and views are known, CLICKS_ESTIMATED; 0 = unknown. */
  readonly clicksSource: Uint8Array;
  /** round(CTR × views) for videos whose clicks are unknown: an estimate, only for Spark Ads. NaN otherwise. */
  readonly estimatedClicks: Float64Array;
  readonly orders: Float64Array;
  readonly entry: readonly (CreatorEntry | null)[];
  readonly piece: readonly ContentPiece[];
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
  sparkPieces: SparkVideos | null;
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
