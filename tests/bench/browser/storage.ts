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
import type { ContentRow, Creator, CreatorRow } from '../../../lib/model/entities';
import { countRecords, deleteDb, openPlainDb, storeSpecsOf, writeBatch, type PlainBatch } from './plain-idb';
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
}

export interface StorageResult {
  creators: PhaseTimes;
  content: PhaseTimes;
  /** Stores whose sample record (first creator, last content piece) differs between Dexie and plain. */
  differingSamples: string[];
  /** Record counts per store after the run: Dexie vs plain, must be equal. */
  counts: { dexie: Record<string, number>; plain: Record<string, number> };
}

const CREATOR_CTX: MergeContext = { source: 'find-creators', region: 'US', now: Date.UTC(2026, 10, 20, 12) };
const DB_NAMES = ['bench-dexie', 'bench-plain'];
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

type BatchStep = (index: number) => Promise<unknown>;

/**
 * Runs batch 0 of every contender, then batch 1 of every contender, and so on, rotating who goes
 * first, and sums each contender's time. Interleaving keeps a busy moment of the machine from
 * landing on one contender only.
 */
async function timeInterleaved(batchCount: number, steps: readonly BatchStep[]): Promise<number[]> {
  const totals = steps.map(() => 0);
  for (let index = 0; index < batchCount; index++) {
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

async function plainCounts(db: IDBDatabase): Promise<Record<string, number>> {
  return {
    creators: await countRecords(db, 'creators'),
    content: await countRecords(db, 'content'),
    snapshots: await countRecords(db, 'snapshots'),
  };
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

  const phase = async <R>(rowBatches: R[][], plan: PlainBatch[], store: (rows: R[]) => Promise<unknown>): Promise<PhaseTimes> => {
    const [dexieMs = 0, plainMs = 0] = await timeInterleaved(rowBatches.length, [
      (index) => store(rowBatches[index] ?? []),
      (index) => writeBatch(plain, plan[index] as PlainBatch),
    ]);
    return { rows: rowBatches.reduce((sum, rows) => sum + rows.length, 0), batches: rowBatches.length, dexieMs, plainMs };
  };
  const creators = await phase(creatorBatches, creatorPlan, (rows) => storeCreatorRows(dexie, rows, CREATOR_CTX));
  const content = await phase(contentBatches, contentPlan, (rows) => storeContentRows(dexie, rows, CONTENT_CTX));

  const counts = {
    dexie: { creators: await dexie.creators.count(), content: await dexie.content.count(), snapshots: await dexie.snapshots.count() },
    plain: await plainCounts(plain),
  };
  const differingSamples: string[] = [];
  // Every 97th creator (touched by video rows or not) and every 97th piece: same records both ways.
  const sampleKeys: [string, string][] = [
    ...creatorRows.filter((_, i) => i % 97 === 0).map((row): [string, string] => ['creators', creatorKeyForId(row.creatorId ?? '')]),
    ...contentRows.filter((_, i) => i % 97 === 0).map((row): [string, string] => ['content', contentKey(row.type, row.contentId)]),
  ];
  for (const [store, key] of sampleKeys) {
    const fromDexie = await dexie.table(store).get(key);
    const fromPlain = await getRecord(plain, store, key);
    if (fromDexie === undefined || canonical(fromDexie) !== canonical(fromPlain)) differingSamples.push(`${store} ${key}`);
  }
  dexie.close();
  plain.close();
  for (const name of DB_NAMES) await deleteDb(name);
  return { creators, content, counts, differingSamples };
}

Object.assign(window, { runBench });
