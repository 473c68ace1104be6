import { useLiveQuery } from 'dexie-react-hooks';
import { CAPTURE_LOG_LIMIT, recentCaptureLog } from '../../lib/db/capture-log';
import type { PageKind } from '../../lib/pages/page-kind';
import { useDb } from '../db/DbContext';

export interface CaptureSummary {
  lastCaptureAt: number | null;
  /** Page kinds with a stored capture, most recent first, each with its last capture time. */
  pagesSeen: { pageKind: PageKind; at: number }[];
  failedRecently: number;
}

/** The last capture and which Seller Center pages have been captured, live; undefined while loading. */
export function useCaptureSummary(): CaptureSummary | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    // The whole log (it keeps at most this many): every page kind seen, cheap to read.
    const entries = await recentCaptureLog(db, CAPTURE_LOG_LIMIT);
    const seen = new Map<PageKind, number>();
    let failedRecently = 0;
    for (const entry of entries) {
      if (entry.status === 'stored' && !seen.has(entry.pageKind)) seen.set(entry.pageKind, entry.at);
      if (entry.status === 'failed') failedRecently++;
    }
    return {
      lastCaptureAt: entries[0]?.at ?? null,
      pagesSeen: [...seen].map(([pageKind, at]) => ({ pageKind, at })),
      failedRecently,
    };
  }, [db]);
}
