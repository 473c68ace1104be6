/**
 * The Overview's stored data as the opening read found it (opening-read.ts: the read copies and the
 * rollup blocks, as stored, with nothing noted since they were packed), unpacked into what
 * load-program-data.ts gives the analysis: the same records, in the same order, as reading them
 * through lib/db/table-copies.ts and lib/db/rollup-blocks.ts. Anything missing or damaged gives
 * null: the panel then reads as without the opening read (and those readers deal with it).
 */
import type { RollupRecord, RollupTotals } from '../rollups/fields';
import { unpackBlock, unpackTotals } from '../rollups/blocks';
import { recordsOfCopy, type CopiedTable } from '../db/table-copies';
import type { StoredOverviewData } from './opening-read';

/** Each of `tables`' records from its copy, or null when one is missing or damaged. */
export function tablesOfStoredCopies(stored: StoredOverviewData, tables: readonly CopiedTable[]): unknown[][] | null {
  const byTable = new Map<unknown, unknown>();
  for (const copy of stored.copies) if (typeof copy === 'object' && copy !== null) byTable.set((copy as { table?: unknown }).table, copy);
  const read: unknown[][] = [];
  for (const table of tables) {
    const records = byTable.has(table) ? recordsOfCopy(byTable.get(table), table) : null;
    if (records === null) return null;
    read.push(records);
  }
  return read;
}

/**
 * The rollup records of the periods from `fromPeriod` on and every totals record, or null: no
 * usable totals block, the blocks read start after `fromPeriod`, or a block listed is missing or damaged.
 */
export function rollupsOfStoredBlocks(stored: StoredOverviewData, fromPeriod: number): { records: RollupRecord[]; totals: RollupTotals[] } | null {
  const meta = unpackTotals(stored.totalsBlock);
  if (!meta || fromPeriod < stored.fromPeriod) return null;
  const byPeriod = new Map<unknown, unknown>();
  for (const block of stored.blocks) if (typeof block === 'object' && block !== null) byPeriod.set((block as { period?: unknown }).period, block);
  const parts: RollupRecord[][] = [];
  for (const period of new Set(meta.periods)) {
    if (period < fromPeriod) continue;
    const records = unpackBlock(byPeriod.get(period), period);
    if (records === null) return null;
    parts.push(records);
  }
  return { records: parts.flat(), totals: [...meta.totals] };
}
