/**
 * Status histories of collaborations, samples and orders: a status change is appended with the
 * time it was first seen, never written over. Recapturing the same status adds nothing.
 */
import type { StatusChange } from '../model/program';

export interface StatusState<S extends string> {
  status: S | undefined;
  statusHistory: StatusChange<S>[];
}

/**
 * The status and history after seeing `incoming` at `at`. `base` is the stored state (undefined for
 * a new record); a stored status without history (older records) is first kept as the history's
 * start, dated `since`. An unknown incoming status (undefined) keeps the stored one.
 */
export function nextStatus<S extends string>(
  base: { status?: S; statusHistory?: StatusChange<S>[] } | undefined,
  incoming: S | undefined,
  at: number,
  since: number = at,
  same: (a: S, b: S) => boolean = (a, b) => a === b,
): StatusState<S> {
  let history = base?.statusHistory ?? [];
  const current = base?.status;
  if (current !== undefined && history.length === 0) history = [{ status: current, at: since }];
  if (incoming === undefined || (current !== undefined && same(current, incoming))) {
    return { status: current, statusHistory: history };
  }
  return { status: incoming, statusHistory: [...history, { status: incoming, at }] };
}

/** Order statuses are Seller Center's words: `Completed` and `completed ` are the same status. */
export function sameStatusText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
