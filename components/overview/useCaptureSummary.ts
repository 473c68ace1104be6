import { useLiveQuery } from 'dexie-react-hooks';
import type { PageKind } from '../../lib/pages/page-kind';
import { useDb } from '../db/DbContext';

/** How far back the summary looks: enough for every page kind, cheap to read. */
const RECENT_ENTRIES = 500;

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
    const entries = await db.captureLog.orderBy('at').reverse().limit(RECENT_ENTRIES).toArray();
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
