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
import type { ContentPiece } from '../model/entities';
import type { AffiliateOrder, SampleRequest } from '../model/program';
import { exactValue, type CurrencyCode } from '../parse/quantity';
import { buildRollups } from '../rollups/apply';
import { bitCount, BlockRecord, fieldMask, putCell, type RollupBlock } from '../rollups/blocks';
import { F, FIELDS, PERIOD_DAYS, periodOfDay, type RollupRecord, type RollupTotals } from '../rollups/fields';
import { localDayOfTimestamp, parseDay } from '../calendar/days';
import { CreatorResolver } from './creator-resolver';
import { indexSample } from './indexed-samples';
import { emptyCreatorEntry, type CellColumns, type CreatorEntry, type IndexedReport, type IndexedSnapshot, type ProgramData, type ProgramIndex, type SparkPieceInput, type StoredRollups } from './program-index-model';
import { sparkPiecesOf } from './spark-pieces';
import { sortSmall } from './stats';

export { orderLineCommission } from '../rollups/contributions';

type Diagnostics = ProgramIndex['diagnostics'];

const POSTS_BIT = 1 << F.POSTS;
const VIDEOS_BIT = 1 << F.VIDEOS;

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
 * Each owner's cells laid out as rows (`CellColumns`: each row holds only its fields that are not
 * 0), owner by owner in `order` (an owner's records: `recordsOf`, by default the entry's own
 * `records`), by day. A record holds one period of `PERIOD_DAYS` (32) days; an owner's records of
 * one period (one per rollup key and currency: content and orders are records of their own) are
 * merged by day, a record's cell after the cells of the records before it on the same day. A day
 * several records have cells on therefore has several rows: every question sums rows over a range
 * of days (maxima taken as `addCell` takes them), so they count as one row holding their sum would,
 * and no value is copied to add them up. A record read from a block has its rows point at its
 * cells where they are, in the block (lib/rollups/blocks.ts); the cells of other records are
 * packed into an array of the index's own. Nothing is allocated per cell or per owner.
 */
export function layOutCells(
  order: readonly CreatorEntry[],
  recordsOf: (entry: CreatorEntry) => readonly RollupRecord[] = ownRecords,
): CellColumns {
  // Each owner's records, asked for once; owners whose records are not as the rollups write them
  // (rare: damaged or foreign data, or out of period order) get theirs rewritten on the side.
  const owners = order.map((entry) => {
    const owned = recordsOf(entry);
    return inPeriodOrder(owned) && owned.every(isWellFormed) ? owned : rewrite(owned);
  });
  // Their lengths, read once: an owner without records has an empty list of another kind (V8's
  // elements kinds) than the others, and reading its length in the loops below threw their
  // optimised code away (once per loop and analysis, then slow until optimised again).
  const counts = Int32Array.from(owners, (owned) => owned.length);
  // The arrays the rows' values are in: `packed` first, then each block's values (by `sourceOf`).
  const sourceOf = new Map<RollupBlock, number>();
  let rows = 0;
  let packedCount = 0;
  let widest = 0;
  for (let e = 0; e < owners.length; e++) {
    const records = owners[e]!;
    let inPeriod = 0;
    for (let r = 0; r < counts[e]!; r++) {
      const record = records[r]!;
      inPeriod = r > 0 && record.period === records[r - 1]!.period ? inPeriod + 1 : 1;
      if (inPeriod > widest) widest = inPeriod;
      if (record instanceof BlockRecord) {
        rows += record.dayCount;
        if (!sourceOf.has(record.block)) sourceOf.set(record.block, sourceOf.size + 1);
      } else {
        rows += record.days.length;
        packedCount += record.days.length * FIELDS;
      }
    }
  }
  const day = new Int32Array(rows);
  const fields = new Int32Array(rows);
  const starts = new Int32Array(rows);
  const sources = new Uint16Array(rows);
  // Posts and videos are the first two fields (F.POSTS 0, F.VIDEOS 1): a row's first values.
  const posts = new Int32Array(rows);
  const videos = new Int32Array(rows);
  const packed = new Float64Array(packedCount);
  const values: Float64Array[] = [packed, ...[...sourceOf.keys()].map((block) => block.values)];
  // Each record of the period being laid out: its days, its next cell and the end of its cells;
  // read from a block: the block's masks and values, where the next cell's values start there, and
  // the block's place in `values`; else its plain cells (packed as they are laid out).
  const daysOf: Int32Array[] = [];
  const masksOf: (Int32Array | null)[] = [];
  const blockValuesOf: Float64Array[] = [];
  const cellsOf: (Float64Array | null)[] = [];
  const next = new Int32Array(widest);
  const end = new Int32Array(widest);
  const valueAt = new Int32Array(widest);
  const sourceAt = new Uint16Array(widest);
  let packedAt = 0;
  let at = 0;
  for (let e = 0; e < order.length; e++) {
    const entry = order[e]!;
    const records = owners[e]!;
    const count = counts[e]!;
    entry.cellsFrom = at;
    for (let g = 0; g < count; ) {
      const period = records[g]!.period;
      let k = 0;
      for (; g + k < count && records[g + k]!.period === period; k++) {
        const record = records[g + k]!;
        if (record instanceof BlockRecord) {
          daysOf[k] = record.block.days;
          masksOf[k] = record.block.masks;
          blockValuesOf[k] = record.block.values;
          cellsOf[k] = null;
          next[k] = record.firstRow;
          end[k] = record.firstRow + record.dayCount;
          valueAt[k] = record.valueFrom;
          sourceAt[k] = sourceOf.get(record.block)!;
        } else {
          daysOf[k] = record.days;
          masksOf[k] = null;
          cellsOf[k] = record.values;
          next[k] = 0;
          end[k] = record.days.length;
        }
      }
      g += k;
      // Merged by day: the record with the earliest next cell (the first of them on a tie) goes next.
      for (;;) {
        let pick = -1;
        let pickDay = 0;
        for (let r = 0; r < k; r++) {
          if (next[r] === end[r]) continue;
          const d = daysOf[r]![next[r]!]!;
          if (pick < 0 || d < pickDay) {
            pick = r;
            pickDay = d;
          }
        }
        if (pick < 0) break;
        const cell = next[pick]!;
        next[pick] = cell + 1;
        day[at] = pickDay;
        const masks = masksOf[pick];
        if (masks) {
          const mask = masks[cell]!;
          const from = valueAt[pick]!;
          const own = blockValuesOf[pick]!;
          fields[at] = mask;
          starts[at] = from;
          sources[at] = sourceAt[pick]!;
          if ((mask & POSTS_BIT) !== 0) posts[at] = own[from]!;
          if ((mask & VIDEOS_BIT) !== 0) videos[at] = own[from + (mask & POSTS_BIT)]!;
          valueAt[pick] = from + bitCount(mask);
        } else {
          const plain = cellsOf[pick]!;
          const mask = fieldMask(plain, cell * FIELDS);
          fields[at] = mask;
          starts[at] = packedAt;
          posts[at] = plain[cell * FIELDS + F.POSTS]!;
          videos[at] = plain[cell * FIELDS + F.VIDEOS]!;
          putCell(packed, packedAt, plain, cell * FIELDS, mask);
          packedAt += bitCount(mask);
        }
        at++;
      }
    }
    entry.cellsTo = at;
  }
  return { day, posts, videos, fields, sources, starts, values };
}

const ownRecords = (entry: CreatorEntry): readonly RollupRecord[] => entry.records;

/**
 * An owner's records as `layOutCells` reads them when they are not as the rollups write them: a
 * record with a day outside its period, twice or out of order split into one record per cell, all
 * in period order (stable: records of one period keep their order).
 */
function rewrite(owned: readonly RollupRecord[]): RollupRecord[] {
  const records = owned.flatMap((record) => (isWellFormed(record) ? [record] : splitCells(record)));
  return inPeriodOrder(records) ? records : records.map((record, i) => ({ record, i })).sort((a, b) => a.record.period - b.record.period || a.i - b.i).map(({ record }) => record);
}

/** Whether every day of the record lies in its period, once, in ascending order (as the rollups write them). */
function isWellFormed(record: RollupRecord): boolean {
  // A block record's days are read in the block, where they are (no view of them made).
  const block = record instanceof BlockRecord;
  const days = block ? record.block.days : record.days;
  const from = block ? record.firstRow : 0;
  const to = block ? from + record.dayCount : days.length;
  const base = record.period * PERIOD_DAYS;
  let last = -1;
  for (let i = from; i < to; i++) {
    const slot = days[i]! - base;
    if (slot <= last || slot >= PERIOD_DAYS) return false;
    last = slot;
  }
  return true;
}

function inPeriodOrder(records: readonly RollupRecord[]): boolean {
  for (let i = 1; i < records.length; i++) if (records[i]!.period < records[i - 1]!.period) return false;
  return true;
}

/**
 * A record that is not as the rollups write them (a day outside its period, twice or out of order: damaged or
 * foreign data) as one record per cell, so each cell still lands on its own day and adds up.
 */
export function splitCells(record: RollupRecord): RollupRecord[] {
  return Array.from(record.days, (day, i) => ({
    ...record,
    period: periodOfDay(day),
    days: record.days.subarray(i, i + 1),
    values: record.values.subarray(i * FIELDS, (i + 1) * FIELDS),
  }));
}

const newestDayFirst = (a: IndexedSnapshot, b: IndexedSnapshot): number => b.day - a.day;
const newestCaptureFirst = (a: IndexedReport, b: IndexedReport): number => b.report.capturedAt - a.report.capturedAt;

export function indexProgram(data: ProgramData): ProgramIndex {
  const diagnostics: Diagnostics = { ordersInOtherCurrency: 0, ordersWithoutCreator: 0, piecesWithoutCreator: 0, samplesWithoutCreator: 0 };
  const rollups = data.rollups ?? rollupsOfRecords(data.content ?? [], data.orders ?? []);
  const resolver = new CreatorResolver(data.creators ?? []);
  const byKey = resolver.byKey;

  const programs = data.programs ?? [];
  for (let i = 0; i < programs.length; i++) {
    const program = programs[i]!;
    const entry = resolver.resolve(program.creatorKey, undefined);
    if (entry) entry.program = program;
  }

  const currency = data.currency ?? mostFrequentCurrency(rollups.totals);
  const accepted = (c: string) => c === '' || currency === null || c === currency;
  let acceptedLines = 0;
  let undatedPieces = 0;
  let storedPieces = 0;
  // The loops over tens of thousands of records are indexed: the panel's first analysis runs them
  // before they are optimised, when `for…of` allocates an iterator result per record.
  const { totals, records } = rollups;
  for (let i = 0; i < totals.length; i++) {
    const t = totals[i]!;
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
  // The records come by period, then key (lib/analysis-store reads them so): a key's records of one
  // period (one per currency) follow each other, and resolve once.
  let lastKey: string | null = null;
  let owner = orphan;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (!accepted(record.currency)) continue;
    const key = record.creatorKey;
    if (key !== lastKey) {
      lastKey = key;
      owner = resolver.ofRollupKey(key) ?? orphan;
    }
    owner.records.push(record);
  }
  rollups.postsBefore.forEach((day, key) => {
    const entry = resolver.ofRollupKey(key);
    if (entry && (entry.lastPostBefore === null || day > entry.lastPostBefore)) entry.lastPostBefore = day;
  });

  const snapshots = data.snapshots ?? [];
  for (let i = 0; i < snapshots.length; i++) {
    const snapshot = snapshots[i]!;
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

  // Indexed creator by creator (each keeps its samples' order): a sample's delivery looks through
  // its creator's posts, which stay in cache for the creator's other samples.
  const samplesOf = new Map<CreatorEntry, SampleRequest[]>();
  const samples = data.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    const sample = samples[i]!;
    const entry = resolver.resolve(sample.creatorKey, sample.creatorHandle);
    if (!entry) {
      diagnostics.samplesWithoutCreator++;
      continue;
    }
    const list = samplesOf.get(entry);
    if (list) list.push(sample);
    else samplesOf.set(entry, [sample]);
  }
  samplesOf.forEach((list, entry) => {
    for (let i = 0; i < list.length; i++) entry.samples.push(indexSample(list[i]!, entry, currency));
  });

  const hasOrders = acceptedLines > 0;
  const sparkPieces = rollups.sparkPieces ? sparkPiecesOf(rollups.sparkPieces, (key) => resolver.ofRollupKey(key), accepted, hasOrders) : null;

  const entries = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const cells = layOutCells([...entries, orphan]);
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    if (entry.creator) {
      entry.snapshots.push({ day: localDayOfTimestamp(entry.creator.lastSeen), metrics: entry.creator.metrics });
    }
    // Each a few (every creator): sorted without `Array.prototype.sort`'s work space per call.
    if (entry.snapshots.length > 1) sortSmall(entry.snapshots, newestDayFirst);
    if (entry.reports.length > 1) sortSmall(entry.reports, newestCaptureFirst);
    for (const snapshot of entry.snapshots) {
      if (snapshot.metrics.followers) {
        entry.followersQuantity = snapshot.metrics.followers;
        entry.followers = exactValue(snapshot.metrics.followers);
        break;
      }
    }
  }

  const index: ProgramIndex = {
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
  resolvers.set(index, resolver);
  return index;
}

/** How each index built here resolved creators (for other Spark Ads videos later). */
const resolvers = new WeakMap<ProgramIndex, CreatorResolver>();

/**
 * An index `indexProgram` built, with other Spark Ads videos: the panel reads them after the
 * Overview is on screen, and the rest of the index stays as it is (shared). Null when a video's
 * creator is not in the index (stored between the two reads): build the index again then.
 */
export function withSparkPieces(index: ProgramIndex, inputs: readonly SparkPieceInput[] | null): ProgramIndex | null {
  const resolver = resolvers.get(index);
  if (!resolver) return null;
  let missing = false;
  const entryOf = (key: string): CreatorEntry | null => {
    if (key === '') return null;
    const entry = resolver.find(key, undefined);
    if (entry === undefined) missing = true;
    return entry ?? null;
  };
  const currency = index.currency;
  const accepted = (c: string) => c === '' || currency === null || c === currency;
  const sparkPieces = inputs ? sparkPiecesOf(inputs, entryOf, accepted, index.hasOrders) : null;
  if (missing) return null;
  const next = { ...index, sparkPieces };
  resolvers.set(next, resolver);
  return next;
}
