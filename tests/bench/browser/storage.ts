/**
 * Browser entry: stores generated creator and content captures with the real `lib/db` functions
 * into a fresh Dexie database, and the same records through plain IndexedDB, in the same page.
 * Batches are what one content-script message carries (≤ 500 rows), one store call each.
 */
import { applyContentRow } from '../../../lib/db/content-merge';
import { applyCreatorRow, definedMetrics, type MergeContext } from '../../../lib/db/creator-merge';
import { CreatorDeskDb } from '../../../lib/db/database';
import { contentKey, creatorKeyForId } from '../../../lib/model/keys';
import { localDay } from '../../../lib/calendar/days';
import { storeContentRows } from '../../../lib/db/store-content';
import { storeCreatorRows } from '../../../lib/db/store-creators';
import { sameApartFromTimes } from '../../../lib/db/structural';
import type { ContentPiece, ContentRow, Creator, CreatorRow } from '../../../lib/model/entities';
import { applyDeltas, keyOfRecord, totalsKey } from '../../../lib/rollups/apply';
import { addPiece, RollupDeltas } from '../../../lib/rollups/contributions';
import type { RollupRecord, RollupTotals } from '../../../lib/rollups/fields';
import { countRecords, deleteDb, openPlainDb, storeSpecsOf, WRITE_STORES, writeBatch, type PlainBatch } from './plain-idb';
import { generateContentRows, generateCreatorRows } from './storage-data';

export interface StorageOptions {
  creators: number;
  content: number;
  batchSize: number;
}

export interface PhaseTimes {
  rows: number;
  batches: number;
  dexieMs: number;
  /** Plain IndexedDB: the same records put in the same transactions. */
  plainMs: number;
  /** Plain IndexedDB: every record the capture stores, its rollup records included, in the same transactions. */
  plainStoredMs: number;
  /**
   * lib/db again, into a database where another connection wrote before every batch (as the side
   * panel may): the connection's caches of creators and rollup records are not trusted, so each
   * capture reads what it merges into. Content only (null for creators).
   */
  coldMs: number | null;
}

export interface StorageResult {
  creators: PhaseTimes;
  content: PhaseTimes;
  /** Stores whose sample record (first creator, last content piece) differs between Dexie and plain. */
  differingSamples: string[];
  /** Record counts per store after the run: each plain database's stores must hold as many as Dexie's. */
  counts: { dexie: Record<string, number>; plain: Record<string, number>; plainStored: Record<string, number>; cold: Record<string, number> };
}

const CREATOR_CTX: MergeContext = { source: 'find-creators', region: 'US', now: Date.UTC(2026, 10, 20, 12) };
const DB_NAMES = ['bench-dexie', 'bench-plain', 'bench-plain-stored', 'bench-dexie-cold'];
/** The rollup records a content capture stores (rollupOrderIds and contentLinks come with order lines only). */
const ROLLUP_STORES = ['rollups', 'rollupTotals'];
const CONTENT_CTX: MergeContext = { source: 'video-analysis', region: 'US', now: CREATOR_CTX.now + 60_000 };

function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** What `storeCreatorRows` writes for new creators, per batch, computed with the same merge code. */
function plainCreatorBatches(rowBatches: CreatorRow[][], stored: Map<string, Creator>): PlainBatch[] {
  const day = localDay(CREATOR_CTX.now);
  return rowBatches.map((rows) => {
    const creators = rows.map((row) => {
      const record = applyCreatorRow(undefined, row, creatorKeyForId(row.creatorId ?? ''), CREATOR_CTX);
      stored.set(record.key, record);
      return record;
    });
    return {
      creators,
      snapshots: creators.map((creator) => ({ creatorKey: creator.key, day, metrics: definedMetrics(creator.metrics), updatedAt: CREATOR_CTX.now })),
    };
  });
}

/**
 * What `storeContentRows` writes: the new pieces, and a linked creator only when the row changes it
 * (here: the first time a video page names it, which adds the source); a creator the row leaves as
 * it was is not rewritten (link-only rows do not bump `lastSeen`), so the baseline does not write it either.
 */
function plainContentBatches(rowBatches: ContentRow[][], stored: Map<string, Creator>): PlainBatch[] {
  return rowBatches.map((rows) => {
    const creators = new Map<string, Creator>();
    const pieces = rows.map((row) => {
      const key = creatorKeyForId(row.creatorId ?? '');
      const base = stored.get(key);
      const next = applyCreatorRow(base, { creatorId: row.creatorId, handle: row.creatorHandle, metrics: {} }, key, CONTENT_CTX);
      if (!base || !sameApartFromTimes(base, next)) {
        creators.set(key, next);
        stored.set(key, next);
      }
      return applyContentRow(undefined, row, contentKey(row.type, row.contentId), key, CONTENT_CTX);
    });
    return { creators: [...creators.values()], content: pieces };
  });
}

/**
 * The rollup records a content batch leaves behind (lib/rollups, the functions the upkeep uses), kept
 * in memory across batches: what a capture stores beyond the pieces and creators. Without the reads
 * the upkeep needs to find them.
 */
function withRollupRecords(plan: PlainBatch[]): PlainBatch[] {
  const records = new Map<string, RollupRecord>();
  const totals = new Map<string, RollupTotals>();
  return plan.map((batch) => {
    const deltas = new RollupDeltas();
    for (const piece of (batch.content ?? []) as ContentPiece[]) addPiece(deltas, piece, undefined, 1);
    const writes = applyDeltas(records, totals, deltas);
    if (writes.stale.length > 0 || writes.remove.length > 0) throw new Error('New pieces only add to the rollups');
    for (const record of writes.put) records.set(keyOfRecord(record), record);
    for (const total of writes.totalsPut) totals.set(totalsKey(total.creatorKey, total.currency), total);
    return { ...batch, rollups: writes.put, rollupTotals: writes.totalsPut };
  });
}

type BatchStep = (index: number) => Promise<unknown>;

/**
 * Runs batch 0 of every contender, then batch 1 of every contender, and so on, rotating who goes
 * first, and sums each contender's time. Interleaving keeps a busy moment of the machine from
 * landing on one contender only. `beforeBatch` runs untimed before each round.
 */
async function timeInterleaved(batchCount: number, steps: readonly BatchStep[], beforeBatch?: () => Promise<unknown>): Promise<number[]> {
  const totals = steps.map(() => 0);
  for (let index = 0; index < batchCount; index++) {
    await beforeBatch?.();
    for (let turn = 0; turn < steps.length; turn++) {
      const contender = (index + turn) % steps.length;
      const start = performance.now();
      await (steps[contender] as BatchStep)(index);
      totals[contender] = (totals[contender] ?? 0) + performance.now() - start;
    }
  }
  return totals;
}

function getRecord(db: IDBDatabase, store: string, key: IDBValidKey): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store, 'readonly').objectStore(store).get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** JSON with object keys sorted: the same record serialises the same whatever its key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)))
      : entry,
  );
}

async function plainCounts(db: IDBDatabase, stores: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const store of stores) counts[store] = await countRecords(db, store);
  return counts;
}

async function runBench(options: StorageOptions): Promise<StorageResult> {
  const creatorRows = generateCreatorRows(options.creators);
  const contentRows = generateContentRows(options.content, creatorRows);
  const creatorBatches = batches(creatorRows, options.batchSize);
  const contentBatches = batches(contentRows, options.batchSize);
  const stored = new Map<string, Creator>();
  const creatorPlan = plainCreatorBatches(creatorBatches, stored);
  const contentPlan = plainContentBatches(contentBatches, stored);

  for (const name of DB_NAMES) await deleteDb(name);
  const dexie = new CreatorDeskDb('bench-dexie');
  await dexie.open();
  const plain = await openPlainDb('bench-plain', storeSpecsOf(dexie));
  const plainStored = await openPlainDb('bench-plain-stored', storeSpecsOf(dexie));
  const cold = new CreatorDeskDb('bench-dexie-cold');
  await cold.open();
  const other = new CreatorDeskDb('bench-dexie-cold');
  await other.open();
  // Another connection's notes, as its writes of creators and rollups leave them (untimed).
  const otherWrites = () => other.transaction('rw', other.rollupDirty, other.copyDirty, () => Promise.all([other.rollupDirty.add({ records: '[]', totals: '[]' }), other.copyDirty.add({ table: 'creators', keys: '[]' })]));

  const phase = async <R>(
    rowBatches: R[][],
    plan: PlainBatch[],
    storedPlan: PlainBatch[],
    store: (db: CreatorDeskDb, rows: R[]) => Promise<unknown>,
    withCold: boolean,
  ): Promise<PhaseTimes> => {
    const steps = [
      (index: number) => store(dexie, rowBatches[index] ?? []),
      (index: number) => writeBatch(plain, plan[index] as PlainBatch),
      (index: number) => writeBatch(plainStored, storedPlan[index] as PlainBatch),
    ];
    const coldStep = async (index: number) => store(cold, rowBatches[index] ?? []);
    if (!withCold) for (const rows of rowBatches) await store(cold, rows);
    const [dexieMs = 0, plainMs = 0, plainStoredMs = 0, coldMs = 0] = await timeInterleaved(rowBatches.length, withCold ? [...steps, coldStep] : steps, withCold ? otherWrites : undefined);
    return { rows: rowBatches.reduce((sum, rows) => sum + rows.length, 0), batches: rowBatches.length, dexieMs, plainMs, plainStoredMs, coldMs: withCold ? coldMs : null };
  };
  const creators = await phase(creatorBatches, creatorPlan, creatorPlan, (db, rows) => storeCreatorRows(db, rows, CREATOR_CTX), false);
  const content = await phase(contentBatches, contentPlan, withRollupRecords(contentPlan), (db, rows) => storeContentRows(db, rows, CONTENT_CTX), true);

  const dexieCounts: Record<string, number> = {};
  for (const store of [...WRITE_STORES, ...ROLLUP_STORES]) dexieCounts[store] = await dexie.table(store).count();
  const coldCounts: Record<string, number> = {};
  for (const store of [...WRITE_STORES, ...ROLLUP_STORES]) coldCounts[store] = await cold.table(store).count();
  const counts = {
    dexie: dexieCounts,
    plain: await plainCounts(plain, WRITE_STORES),
    plainStored: await plainCounts(plainStored, [...WRITE_STORES, ...ROLLUP_STORES]),
    cold: coldCounts,
  };
  const differingSamples: string[] = [];
  // Every 97th creator (touched by video rows or not), piece and rollup record: the same records each way.
  const sampled = <T>(items: readonly T[]): T[] => items.filter((_, i) => i % 97 === 0);
  type Sample = [store: string, key: string | [string, string] | [string, string, number], plain: IDBDatabase];
  const samples: Sample[] = [
    ...sampled(creatorRows).map((row) => ['creators', creatorKeyForId(row.creatorId ?? ''), plain] satisfies Sample),
    ...sampled(contentRows).map((row) => ['content', contentKey(row.type, row.contentId), plain] satisfies Sample),
    ...sampled(await dexie.rollups.toCollection().primaryKeys()).map((key) => ['rollups', key, plainStored] satisfies Sample),
    ...sampled(await dexie.rollupTotals.toCollection().primaryKeys()).map((key) => ['rollupTotals', key, plainStored] satisfies Sample),
  ];
  for (const [store, key, db] of samples) {
    const fromDexie = await dexie.table(store).get(key);
    const fromPlain = await getRecord(db, store, key);
    if (fromDexie === undefined || canonical(fromDexie) !== canonical(fromPlain)) differingSamples.push(`${store} ${JSON.stringify(key)}`);
  }
  dexie.close();
  cold.close();
  other.close();
  plain.close();
  plainStored.close();
  for (const name of DB_NAMES) await deleteDb(name);
  return { creators, content, counts, differingSamples };
}

Object.assign(window, { runBench });
