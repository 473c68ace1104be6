import type { RejectedCount } from '../model/entities';

/** What one capture did to the stored records, counted per row. */
export interface StoreResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows that could not be stored at all, grouped by reason. */
  rejected: RejectedCount[];
}

export function emptyStoreResult(): StoreResult {
  return { created: 0, updated: 0, unchanged: 0, rejected: [] };
}

export function addRejection(result: StoreResult, reason: string, count = 1): void {
  const existing = result.rejected.find((entry) => entry.reason === reason);
  if (existing) existing.count += count;
  else result.rejected.push({ reason, count });
}

export function rejectedTotal(rejected: readonly RejectedCount[]): number {
  return rejected.reduce((sum, entry) => sum + entry.count, 0);
}

/** The lists' counts added up per reason, in the order reasons first appear; zero counts left out. */
export function mergeRejections(...lists: (readonly RejectedCount[])[]): RejectedCount[] {
  const byReason = new Map<string, number>();
  for (const list of lists) {
    for (const { reason, count } of list) if (count > 0) byReason.set(reason, (byReason.get(reason) ?? 0) + count);
  }
  return [...byReason].map(([reason, count]) => ({ reason, count }));
}
