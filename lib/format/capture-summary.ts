/**
 * How one capture-log entry reads in the panel: "20 read · 5 stored (3 new, 2 updated) · 15 unchanged ·
 * 1 rejected". Stored means written: new plus updated rows.
 */
import type { CaptureLogEntry, RejectedCount } from '../model/entities';
import { PAGE_KIND_LABELS, type PageKind } from '../pages/page-kind';
import { formatInteger as format } from './number';

export const CAPTURE_STATUS_LABELS: Record<CaptureLogEntry['status'], string> = {
  stored: 'Stored',
  unrecognized: 'Table not recognised',
  failed: 'Failed',
};

export interface CaptureCountsSummary {
  read: number;
  stored: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Phrases to show separated by ` · ` (each kept on one line). */
  parts: string[];
  text: string;
}

export function summarizeCaptureCounts(
  entry: Pick<CaptureLogEntry, 'rowsRead' | 'created' | 'updated' | 'unchanged' | 'rejected'> &
    Partial<Pick<CaptureLogEntry, 'status' | 'shortened'>>,
): CaptureCountsSummary {
  const stored = entry.created + entry.updated;
  let parts: string[];
  if (entry.status === 'unrecognized') {
    parts = ['nothing stored'];
  } else if (entry.status === 'failed') {
    // A failed write stores nothing; its counts would only suggest otherwise.
    parts = [`${format(entry.rowsRead)} read`, 'not saved'];
  } else {
    const detail = stored > 0 ? ` (${format(entry.created)} new, ${format(entry.updated)} updated)` : '';
    parts = [
      `${format(entry.rowsRead)} read`,
      `${format(stored)} stored${detail}`,
      `${format(entry.unchanged)} unchanged`,
      `${format(entry.rejected)} rejected`,
      // Long text kept with its end cut off (`…`): the rows are stored, but not every character.
      ...(entry.shortened ? [`${format(entry.shortened)} shortened`] : []),
    ];
  }
  return {
    read: entry.rowsRead,
    stored,
    created: entry.created,
    updated: entry.updated,
    unchanged: entry.unchanged,
    rejected: entry.rejected,
    parts,
    text: parts.join(' · '),
  };
}

/** Rejection reasons, most frequent first, e.g. "missing handle and id (3)". */
export function describeRejections(reasons: readonly RejectedCount[]): string[] {
  return [...reasons]
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
    .map((r) => `${r.reason} (${format(r.count)})`);
}

/** A page kind's label, tolerating kinds added later that this build does not know. */
export function pageLabel(kind: PageKind | string | undefined): string {
  if (!kind) return 'Unknown page';
  return (PAGE_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}
