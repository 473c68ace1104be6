/**
 * The per-creator lists of a saved full analysis record (analysis-record.ts), decoded from their
 * columns (row-columns.ts). The opening read decodes them as the record arrives, while the panel's
 * code is still loading, so the Creators list does not wait for that once the code has loaded.
 */
import { decodeRows, type EncodedRows } from './row-columns';

const LIST_KEYS = ['creators', 'scorecards', 'suggestions', 'pace', 'behindPace'] as const;
type ListKey = (typeof LIST_KEYS)[number];

export type RecordLists = Record<ListKey, unknown[]>;

/** Lists decoded ahead, each taken once (the lists are the caller's to keep, as freshly decoded ones are). */
const ahead = new WeakMap<object, RecordLists>();

/** `record`'s lists: the ones decoded ahead for this record object, else decoded now. */
export function recordLists(record: Record<ListKey, EncodedRows>): RecordLists {
  const early = ahead.get(record);
  if (early) {
    ahead.delete(record);
    return early;
  }
  return decodeLists(record);
}

function decodeLists(record: Record<ListKey, EncodedRows>): RecordLists {
  const lists: RecordLists = { creators: [], scorecards: [], suggestions: [], pace: [], behindPace: [] };
  for (const key of LIST_KEYS) lists[key] = decodeRows(record[key]);
  return lists;
}

/** Decodes an unchecked record's lists ahead of use; anything that is not such a record is left alone. */
export function decodeListsAhead(record: unknown): void {
  if (typeof record !== 'object' || record === null) return;
  try {
    ahead.set(record, decodeLists(record as Record<ListKey, EncodedRows>));
  } catch {
    // Not lists this build can decode: the panel's own check (analysis-cache.ts) turns it down.
  }
}
