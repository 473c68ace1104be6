import { useLiveQuery } from 'dexie-react-hooks';
import { recentCaptureLog } from '../../lib/db/capture-log';
import type { CaptureLogEntry } from '../../lib/model/entities';
import { useDb } from '../db/DbContext';

export const RECENT_CAPTURES_LIMIT = 20;

/** The latest capture-log entries, newest first, live; undefined while loading. */
export function useRecentCaptures(limit = RECENT_CAPTURES_LIMIT): CaptureLogEntry[] | undefined {
  const db = useDb();
  return useLiveQuery(() => recentCaptureLog(db, limit), [db, limit]);
}
