/**
 * Reading and packing the rollups' read form (lib/rollups/blocks.ts). The per-record tables stay the
 * truth: every write of the rollup upkeep (rollup-upkeep.ts) notes the keys it changed in
 * `rollupDirty`, in its own transaction. A reader takes the blocks and replaces the noted records by
 * their stored form; `foldRollupBlocks` (the background, when captures pause) packs the noted
 * records into the blocks and clears the notes. Without a totals block (a database restored or
 * built before blocks existed) or with unreadable notes, the reader says so (null) and the caller
 * reads the records themselves; a damaged block is read from its records and packed again.
 */
import type { Table } from 'dexie';
import type { CreatorDeskDbLike } from './tables';
import {
  packAll,
  packBlock,
  packTotals,
  recordKeyOf,
  TOTALS_BLOCK,
  totalsKeyOf,
  unpackBlock,
  unpackTotals,
  type RollupBlock,
  type RollupDirty,
  type RollupTotalsBlock,
} from '../rollups/blocks';
import type { RollupRecord, RollupTotals } from '../rollups/fields';

type RecordKey = [creatorKey: string, currency: string, period: number];
type TotalsKey = [creatorKey: string, currency: string];

/** The notes of `rollupDirty`, by period and key. */
interface Notes {
  records: Map<number, Map<string, RecordKey>>;
  totals: Map<string, TotalsKey>;
  /** Periods to pack again from all their records. */
  periods: Set<number>;
}

const isRecordKey = (k: unknown): k is RecordKey =>
  Array.isArray(k) && k.length === 3 && typeof k[0] === 'string' && typeof k[1] === 'string' && typeof k[2] === 'number' && Number.isFinite(k[2]);
const isTotalsKey = (k: unknown): k is TotalsKey => Array.isArray(k) && k.length === 2 && typeof k[0] === 'string' && typeof k[1] === 'string';

function parseList<T>(text: unknown, valid: (k: unknown) => k is T): T[] | null {
  if (typeof text !== 'string') return null;
  try {
    const list = JSON.parse(text) as unknown;
    return Array.isArray(list) && list.every(valid) ? list : null;
  } catch {
    return null;
  }
}

/** The notes, or null when one is unreadable (then no block can be trusted). */
function readNotes(dirty: readonly RollupDirty[]): Notes | null {
  const notes: Notes = { records: new Map(), totals: new Map(), periods: new Set() };
  for (const note of dirty) {
    const records = parseList(note.records, isRecordKey);
    const totals = parseList(note.totals, isTotalsKey);
    if (!records || !totals) return null;
    for (const key of records) {
      const period = key[2];
      const keys = notes.records.get(period) ?? new Map<string, RecordKey>();
      keys.set(recordKeyOf(...key), key);
      notes.records.set(period, keys);
    }
    for (const key of totals) notes.totals.set(totalsKeyOf(...key), key);
    for (const period of Array.isArray(note.periods) ? note.periods : []) if (typeof period === 'number') notes.periods.add(period);
  }
  return notes;
}

/** Noted keys past which reading a period's (or all totals') records is cheaper than by key. */
const byKeyLimit = (records: number) => Math.max(1_000, records / 4);

interface BlockTables {
  rollups: Table<RollupRecord, RecordKey>;
  rollupTotals: Table<RollupTotals, TotalsKey>;
}

/**
 * A period's records: the block's, with the noted ones as stored now; every stored record of the
 * period when the block is missing, damaged, marked for packing again or behind by many notes.
 */
async function periodRecords(db: BlockTables, period: number, block: unknown, noted: Map<string, RecordKey> | undefined, repack: boolean): Promise<{ records: RollupRecord[]; fromBlock: boolean }> {
  const packed: RollupRecord[] | null = repack || block === undefined ? null : unpackBlock(block, period);
  if (!packed || (noted && noted.size > byKeyLimit(packed.length))) {
    return { records: await db.rollups.where('period').equals(period).toArray(), fromBlock: false };
  }
  if (!noted || noted.size === 0) return { records: packed, fromBlock: true };
  const kept = packed.filter((record) => !noted.has(recordKeyOf(record.creatorKey, record.currency, period)));
  const stored = await db.rollups.bulkGet([...noted.values()]);
  for (const record of stored) if (record) kept.push(record);
  return { records: kept, fromBlock: true };
}

async function currentTotals(db: BlockTables, packed: readonly RollupTotals[], noted: Map<string, TotalsKey>): Promise<RollupTotals[]> {
  if (noted.size === 0) return [...packed];
  if (noted.size > byKeyLimit(packed.length)) return db.rollupTotals.toArray();
  const kept = packed.filter((t) => !noted.has(totalsKeyOf(t.creatorKey, t.currency)));
  const stored = await db.rollupTotals.bulkGet([...noted.values()]);
  for (const t of stored) if (t) kept.push(t);
  return kept;
}

export interface BlockRead {
  records: RollupRecord[];
  totals: RollupTotals[];
  /** Periods whose block was damaged (read from their records instead). */
  damaged: number[];
}

/**
 * The rollup records of the periods from `fromPeriod` on (every period when null) and every totals
 * record, from the blocks plus the records noted since they were packed, in one transaction. Null
 * when there is no usable totals block or the notes are unreadable: read the records themselves.
 */
export async function readRollupBlocks(db: CreatorDeskDbLike, fromPeriod: number | null): Promise<BlockRead | null> {
  const read = await db.transaction('r', db.rollupBlocks, db.rollupDirty, db.rollups, db.rollupTotals, async () => {
    const lower = fromPeriod ?? TOTALS_BLOCK;
    const [metaBlock, blocks, dirty] = await Promise.all([
      db.rollupBlocks.get(TOTALS_BLOCK),
      (fromPeriod === null ? db.rollupBlocks.where(':id').above(TOTALS_BLOCK) : db.rollupBlocks.where(':id').aboveOrEqual(fromPeriod)).toArray(),
      db.rollupDirty.toArray(),
    ]);
    const meta = unpackTotals(metaBlock);
    const notes = meta && readNotes(dirty);
    if (!meta || !notes) return null;
    const byPeriod = new Map<number, unknown>();
    for (const block of blocks) byPeriod.set(block.period, block);
    const periods = new Set<number>();
    for (const period of meta.periods) if (period >= lower) periods.add(period);
    for (const period of notes.records.keys()) if (period >= lower) periods.add(period);
    const damaged: number[] = [];
    const listed = new Set(meta.periods);
    const parts = await Promise.all(
      [...periods].map(async (period) => {
        // A block the totals block does not list is left over: not to be trusted.
        const block = listed.has(period) ? byPeriod.get(period) : undefined;
        const part = await periodRecords(db, period, block, notes.records.get(period), notes.periods.has(period));
        if (block !== undefined && !part.fromBlock && unpackBlock(block, period) === null) damaged.push(period);
        return part.records;
      }),
    );
    const totals = await currentTotals(db, meta.totals, notes.totals);
    return { records: parts.flat(), totals, damaged };
  });
  if (read && read.damaged.length > 0) await noteDamaged(db, read.damaged);
  return read;
}

/** Asks the next fold to pack these periods again from their records. */
async function noteDamaged(db: CreatorDeskDbLike, periods: number[]): Promise<void> {
  await db.rollupDirty.add({ records: '[]', totals: '[]', periods }).catch(() => undefined);
}

/**
 * Packs the records noted since the last fold into the blocks, and clears the notes, in one
 * transaction; without a usable totals block, packs every block from the records. Run by the
 * background when captures pause (before it prepares the saved analysis).
 */
export async function foldRollupBlocks(db: CreatorDeskDbLike): Promise<void> {
  await db.transaction('rw', db.rollupBlocks, db.rollupDirty, db.rollups, db.rollupTotals, async () => {
    const [metaBlock, dirty] = await Promise.all([db.rollupBlocks.get(TOTALS_BLOCK), db.rollupDirty.toArray()]);
    const meta = unpackTotals(metaBlock);
    const notes = meta && readNotes(dirty);
    if (!meta || !notes) {
      await packBlockTables(db);
      return;
    }
    if (dirty.length === 0) return;
    const periods = new Set(meta.periods);
    const touched = new Set([...notes.records.keys(), ...notes.periods]);
    const puts: (RollupBlock | RollupTotalsBlock)[] = [];
    const removes: number[] = [];
    for (const period of touched) {
      const block = periods.has(period) ? await db.rollupBlocks.get(period) : undefined;
      const { records } = await periodRecords(db, period, block, notes.records.get(period), notes.periods.has(period));
      if (records.length > 0) {
        puts.push(packBlock(period, records));
        periods.add(period);
      } else {
        removes.push(period);
        periods.delete(period);
      }
    }
    const totals = await currentTotals(db, meta.totals, notes.totals);
    puts.push(packTotals(totals, periods));
    await Promise.all([db.rollupBlocks.bulkPut(puts), db.rollupBlocks.bulkDelete(removes), db.rollupDirty.clear()]);
  });
}

/** Every block from the stored records (the schema migration; a fold without a totals block). */
export async function packBlockTables(tx: { table(name: string): Table }): Promise<void> {
  const [records, totals] = await Promise.all([tx.table('rollups').toArray(), tx.table('rollupTotals').toArray()]);
  await Promise.all([tx.table('rollupBlocks').clear(), tx.table('rollupDirty').clear()]);
  await tx.table('rollupBlocks').bulkPut(packAll(records as RollupRecord[], totals as RollupTotals[]));
}
