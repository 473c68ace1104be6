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
import { addSharedFields, bitCount, BlockRecord, fieldMask, placeRecordCells, putCell, type RollupBlock } from '../rollups/blocks';
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
 * Each owner's cells, merged by day (several rollup keys and currencies can land on one creator),
 * laid out as rows (`CellColumns`: each row holds only its fields that are not 0), owner by owner
 * in `order` (an owner's records: `recordsOf`, by default the entry's own `records`). A record holds
 * one period of `PERIOD_DAYS` (32) days, so an owner's records are taken period by period: a 32-bit
 * mask per record says which days of the period it has a cell on, which gives each day its row in
 * ascending order. A day only one record has points at its cell where it is, in the block the
 * record was read from (lib/rollups/blocks.ts): no value is copied (filling a fresh copy of the
 * blocks' values was most of this layout's time in a panel's first analysis). A day several
 * records share gets a place in an array of the index's own, where they are added up in record
 * order, as `addCell` adds; so do the cells of records not read from a block. Nothing is allocated
 * per cell or per owner.
 */
export function layOutCells(
  order: readonly CreatorEntry[],
  recordsOf: (entry: CreatorEntry) => readonly RollupRecord[] = ownRecords,
): CellColumns {
  // Each owner's records, asked for once.
  const owners = order.map((entry) => recordsOf(entry));
  // Their lengths, read once: an owner without records has an empty list of another kind (V8's
  // elements kinds) than the others, and reading its length in the loops below threw their
  // optimised code away (once per loop and analysis, then slow until optimised again).
  const counts = Int32Array.from(owners, (owned) => owned.length);
  let total = 0;
  for (let e = 0; e < counts.length; e++) total += counts[e]!;
  // Every record's day mask, owner after owner; owners whose records are not as the rollups write
  // them (rare: damaged or foreign data, or out of period order) get theirs rewritten on the side.
  const masks = new Int32Array(total);
  const firstMask = new Int32Array(order.length);
  const rewritten = new Map<number, { records: RollupRecord[]; masks: Int32Array }>();
  // The arrays the rows' values are in: `merged` first, then each block's values (by `sourceOf`).
  const sourceOf = new Map<RollupBlock, number>();
  const values: Float64Array[] = [];
  let rows = 0;
  // Places in `merged`: at most, for the cells of days records share, and of records with no block.
  let valueCount = 0;
  let maskAt = 0;
  for (let e = 0; e < order.length; e++) {
    const owned = owners[e]!;
    firstMask[e] = maskAt;
    let wellFormed = true;
    const count = counts[e]!;
    for (let r = 0; r < count; r++) {
      const mask = dayMask(owned[r]!);
      if (mask === NOT_WELL_FORMED) wellFormed = false;
      masks[maskAt + r] = mask;
    }
    let records = owned;
    let recordCount = count;
    let from = maskAt;
    let ownMasks: Int32Array = masks;
    maskAt += count;
    if (!wellFormed || !inPeriodOrder(owned, count)) {
      const side = rewrite(owned);
      rewritten.set(e, side);
      records = side.records;
      recordCount = records.length;
      ownMasks = side.masks;
      from = 0;
    }
    for (let g = 0; g < recordCount; ) {
      const period = records[g]!.period;
      const first = g;
      let any = 0;
      let twice = 0;
      for (; g < recordCount && records[g]!.period === period; g++) {
        const mask = ownMasks[from + g]!;
        twice |= any & mask;
        any |= mask;
      }
      for (let r = first; r < g; r++) {
        const record = records[r]!;
        if (!(record instanceof BlockRecord)) valueCount += record.days.length * FIELDS;
        else {
          if (!sourceOf.has(record.block)) sourceOf.set(record.block, sourceOf.size + 1);
          // Its cells' values on the shared days (the most their rows can hold).
          const own = ownMasks[from + r]!;
          for (let days = own & twice; days !== 0; days &= days - 1) {
            valueCount += bitCount(record.block.masks[record.firstRow + bitCount(own & ((days & -days) - 1))]!);
          }
        }
      }
      rows += bitCount(any);
    }
  }
  const day = new Int32Array(rows);
  const fields = new Int32Array(rows);
  const starts = new Int32Array(rows);
  const sources = new Uint16Array(rows);
  const merged = new Float64Array(valueCount);
  values.push(merged);
  for (const block of sourceOf.keys()) values.push(block.values);
  const placed = { fields, starts, sources };
  let next = 0;
  const rowOfSlot = new Int32Array(PERIOD_DAYS);
  let at = 0;
  for (let e = 0; e < order.length; e++) {
    const entry = order[e]!;
    entry.cellsFrom = at;
    const side = rewritten.get(e);
    const records = side ? side.records : owners[e]!;
    const ownMasks = side ? side.masks : masks;
    const from = side ? 0 : firstMask[e]!;
    const recordCount = side ? side.records.length : counts[e]!;
    for (let g = 0; g < recordCount; ) {
      const period = records[g]!.period;
      const base = period * PERIOD_DAYS;
      let end = g;
      let any = 0;
      let twice = 0;
      for (; end < recordCount && records[end]!.period === period; end++) {
        const mask = ownMasks[from + end]!;
        twice |= any & mask;
        any |= mask;
      }
      for (let days = any; days !== 0; days &= days - 1) {
        const slot = 31 - Math.clz32(days & -days);
        rowOfSlot[slot] = at;
        day[at] = base + slot;
        at++;
      }
      // A day several records share: its row holds every field any of them has, placed first. A
      // record's cells are by day, so its cell on a day is the count of its days before it.
      if (twice !== 0) {
        for (let r = g; r < end; r++) {
          const record = records[r]!;
          const own = ownMasks[from + r]!;
          if (record instanceof BlockRecord) {
            addSharedFields(record, own, twice, rowOfSlot, fields);
            continue;
          }
          for (let days = own & twice; days !== 0; days &= days - 1) {
            const bit = days & -days;
            fields[rowOfSlot[31 - Math.clz32(bit)]!]! |= fieldMask(record.values, bitCount(own & (bit - 1)) * FIELDS);
          }
        }
        for (let days = twice; days !== 0; days &= days - 1) {
          const row = rowOfSlot[31 - Math.clz32(days & -days)]!;
          starts[row] = next;
          next += bitCount(fields[row]!);
        }
      }
      // Each record's cells, by day: its day mask's bits in order.
      for (; g < end; g++) {
        const record = records[g]!;
        const own = ownMasks[from + g]!;
        if (record instanceof BlockRecord) {
          placeRecordCells(record, own, twice, rowOfSlot, placed, sourceOf.get(record.block)!, merged);
        } else {
          const source = record.values;
          for (let days = own, cell = 0; days !== 0; days &= days - 1, cell += FIELDS) {
            const slot = 31 - Math.clz32(days & -days);
            const row = rowOfSlot[slot]!;
            const mask = fieldMask(source, cell);
            if (((twice >>> slot) & 1) === 1) putCell(merged, starts[row]!, fields[row]!, source, cell, mask, true);
            else {
              fields[row] = mask;
              starts[row] = next;
              putCell(merged, next, mask, source, cell, mask, false);
              next += bitCount(mask);
            }
          }
        }
      }
    }
    entry.cellsTo = at;
  }
  // Posts and videos are the first two fields (F.POSTS 0, F.VIDEOS 1): a row's first values.
  const posts = new Int32Array(rows);
  const videos = new Int32Array(rows);
  for (let row = 0; row < rows; row++) {
    const mask = fields[row]!;
    const first = starts[row]!;
    const own = values[sources[row]!]!;
    if ((mask & POSTS_BIT) !== 0) posts[row] = own[first]!;
    if ((mask & VIDEOS_BIT) !== 0) videos[row] = own[first + (mask & POSTS_BIT)]!;
  }
  return { day, posts, videos, fields, sources, starts, values };
}

const ownRecords = (entry: CreatorEntry): readonly RollupRecord[] => entry.records;

/**
 * An owner's records as `layOutCells` reads them when they are not as the rollups write them: a
 * record with a day outside its period, twice or out of order split into one record per cell, all
 * in period order (stable: records of one period keep their order), each with its day mask.
 */
function rewrite(owned: readonly RollupRecord[]): { records: RollupRecord[]; masks: Int32Array } {
  let records: RollupRecord[] = [];
  for (const record of owned) {
    if (dayMask(record) !== NOT_WELL_FORMED) records.push(record);
    else records.push(...splitCells(record));
  }
  if (!inPeriodOrder(records, records.length)) {
    const byPeriod = records.map((_, i) => i).sort((a, b) => records[a]!.period - records[b]!.period);
    records = byPeriod.map((i) => records[i]!);
  }
  return { records, masks: Int32Array.from(records, dayMask) };
}

/** `dayMask` of a record that is not as the rollups write it (no mask has all 32 bits and no more). */
const NOT_WELL_FORMED = -1.5;

/**
 * Bit `d` set for each day `period × 32 + d` the record has a cell on; `NOT_WELL_FORMED` unless
 * every day of the record lies in its period, once, in ascending order (as the rollups are written).
 */
function dayMask(record: RollupRecord): number {
  // A block record's days are read in the block, where they are (no view of them made).
  const block = record instanceof BlockRecord;
  const days = block ? record.block.days : record.days;
  const from = block ? record.firstRow : 0;
  const to = block ? from + record.dayCount : days.length;
  const base = record.period * PERIOD_DAYS;
  let mask = 0;
  let last = -1;
  for (let i = from; i < to; i++) {
    const slot = days[i]! - base;
    if (slot <= last || slot >= PERIOD_DAYS) return NOT_WELL_FORMED;
    mask |= 1 << slot;
    last = slot;
  }
  return mask;
}

function inPeriodOrder(records: readonly RollupRecord[], count: number): boolean {
  for (let i = 1; i < count; i++) if (records[i]!.period < records[i - 1]!.period) return false;
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
