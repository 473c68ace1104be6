import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/DbContext';

export interface StoredCounts {
  creators: number;
  content: number;
  snapshots: number;
  captures: number;
}

/** Row counts per table, live; undefined while the first query runs. */
export function useStoredCounts(): StoredCounts | undefined {
  const db = useDb();
  return useLiveQuery(
    async () => {
      const [creators, content, snapshots, captures] = await Promise.all([
        db.creators.count(),
        db.content.count(),
        db.snapshots.count(),
        db.captureLog.count(),
      ]);
      return { creators, content, snapshots, captures };
    },
    [db],
  );
}
