import { useLiveQuery } from 'dexie-react-hooks';
import type { Table } from 'dexie';
import { countManagedCreators, MANAGE_CREATORS_SOURCE } from '../../lib/db/managed-creators';
import type { CreatorDeskDb } from '../../lib/db/database';
import { openingPresence, type TablePresence } from '../../lib/analysis-store/opening-read';
import { useDb } from '../db/DbContext';

/** Records per table; with `exact: false`, 1 or 0 (whether it holds any), the shape the panel's first script reads. */
export type StoredCounts = TablePresence;

/** 1 when the table holds a record, else 0: one key read instead of a walk over every stored key. */
async function presence(table: Table): Promise<number> {
  return (await table.limit(1).primaryKeys()).length;
}

async function storedPresence(db: CreatorDeskDb): Promise<StoredCounts> {
  const [creators, content, snapshots, captures, collaborations, samples, orders, programs] = await Promise.all([
    presence(db.creators),
    presence(db.content),
    presence(db.snapshots),
    presence(db.captureLog),
    presence(db.collaborations),
    presence(db.samples),
    presence(db.orders),
    db.creators.where('sources').equals(MANAGE_CREATORS_SOURCE).limit(1).primaryKeys().then((keys) => keys.length),
  ]);
  return { creators, content, snapshots, captures, collaborations, samples, orders, programs };
}

async function storedCounts(db: CreatorDeskDb): Promise<StoredCounts> {
  const [creators, content, snapshots, captures, collaborations, samples, orders, programs] = await Promise.all([
    db.creators.count(),
    db.content.count(),
    db.snapshots.count(),
    db.captureLog.count(),
    db.collaborations.count(),
    db.samples.count(),
    db.orders.count(),
    countManagedCreators(db),
  ]);
  return { creators, content, snapshots, captures, collaborations, samples, orders, programs };
}

/**
 * Row counts per table, live; undefined while the first query runs. With `exact: false`, 1 for a
 * table holding any record and 0 for an empty one (what the first-run checklist asks): IndexedDB
 * counts by walking every key, and on opening the panel, counting 100,000 pieces and 200,000 order
 * lines would queue in front of the analysis' own reads.
 */
export function useStoredCounts(options: { exact?: boolean } = {}): StoredCounts | undefined {
  const db = useDb();
  const exact = options.exact ?? true;
  // Presence as the panel's first script found it, until the live query answers (the same reads).
  const opening = exact ? undefined : (openingPresence(db.name) ?? undefined);
  return useLiveQuery(() => (exact ? storedCounts(db) : storedPresence(db)), [db, exact], opening);
}
