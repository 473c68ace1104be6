/** The capture log: one entry per capture (stored, unrecognized or failed), bounded to the latest few hundred. */
import type { CaptureLogEntry } from '../model/entities';
import type { CreatorDeskDb } from './database';

export const CAPTURE_LOG_LIMIT = 500;

/** Query parameters worth keeping in the log; the rest (tracking, tokens, paging noise) is dropped. */
const KEPT_QUERY_PARAMS = ['shop_region', 'cid', 'invitation_id'];
const MAX_LOGGED_URL_LENGTH = 500;

/** `https://host/path?shop_region=US` without noise; unparsable text is kept (shortened) as given. */
export function cleanCaptureUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const kept = new URLSearchParams();
    for (const name of KEPT_QUERY_PARAMS) {
      const value = parsed.searchParams.get(name);
      if (value !== null) kept.set(name, value);
    }
    const query = kept.toString();
    return `${parsed.origin}${parsed.pathname}${query ? `?${query}` : ''}`.slice(0, MAX_LOGGED_URL_LENGTH);
  } catch {
    return url.slice(0, MAX_LOGGED_URL_LENGTH);
  }
}

/**
 * Appends an entry and drops the oldest beyond `limit`. Ids only grow (`++id`) and entries are only
 * removed here, so "everything below newest − limit" is exactly the overflow.
 */
export async function appendCaptureLog(
  db: CreatorDeskDb,
  entry: Omit<CaptureLogEntry, 'id'>,
  limit: number = CAPTURE_LOG_LIMIT,
): Promise<number> {
  return db.transaction('rw', db.captureLog, async () => {
    const id = (await db.captureLog.add(entry)) as number;
    await db.captureLog.where('id').belowOrEqual(id - limit).delete();
    return id;
  });
}

/** Newest first. */
export function recentCaptureLog(db: CreatorDeskDb, count = 50): Promise<CaptureLogEntry[]> {
  return db.captureLog.orderBy('id').reverse().limit(count).toArray();
}
