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
import type { AffiliateOrder } from '../model/program';
import { exactValue, type CurrencyCode } from '../parse/quantity';
import { buildRollups } from '../rollups/apply';
import { addCell, FIELDS, type RollupRecord, type RollupTotals } from '../rollups/fields';
import { localDayOfTimestamp, parseDay } from '../calendar/days';
import { CreatorResolver } from './creator-resolver';
import { indexSample } from './indexed-samples';
import { emptyCreatorEntry, type CellColumns, type CreatorEntry, type ProgramData, type ProgramIndex, type SparkPieceInput, type StoredRollups } from './program-index-model';
import { sparkPiecesOf } from './spark-pieces';

export { orderLineCommission } from '../rollups/contributions';

type Diagnostics = ProgramIndex['diagnostics'];

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
