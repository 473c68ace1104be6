import { useLiveQuery } from 'dexie-react-hooks';
import type { CaptureLogEntry } from '../../lib/model/entities';
import { useDb } from '../db/DbContext';

export const RECENT_CAPTURES_LIMIT = 20;

/** The latest capture-log entries, newest first, live; undefined while loading. */
export function useRecentCaptures(limit = RECENT_CAPTURES_LIMIT): CaptureLogEntry[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.captureLog.orderBy('at').reverse().limit(limit).toArray(), [db, limit]);
}
