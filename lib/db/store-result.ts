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
