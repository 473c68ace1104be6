/**
 * How many pieces and order lines a creator has stored (all of history, from the rollup totals).
 * The records themselves are read from the database for the creator view: lib/db/creator-records.ts.
 */
import type { CreatorEntry } from './program-index';

/** Stored pieces with a post date. */
export function pieceCount(entry: CreatorEntry): number {
  return entry.datedPieces;
}

/** Stored order lines in the shop currency. */
export function orderLineCount(entry: CreatorEntry): number {
  return entry.orderLines;
}
