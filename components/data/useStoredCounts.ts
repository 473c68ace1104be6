import { useLiveQuery } from 'dexie-react-hooks';
import { countManagedCreators } from '../../lib/db/managed-creators';
import { useDb } from '../db/DbContext';

export interface StoredCounts {
  creators: number;
  content: number;
  snapshots: number;
  captures: number;
  collaborations: number;
  samples: number;
  orders: number;
  /** Creators captured from Manage creators (the shop's own list). */
  programs: number;
}

/** Row counts per table, live; undefined while the first query runs. */
export function useStoredCounts(): StoredCounts | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
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
  }, [db]);
}
