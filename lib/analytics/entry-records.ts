/**
 * Questions about one creator's entry in an index: how many pieces and order lines are stored (all
 * of history, from the rollup totals), products ordered, their GMV, the cells. The records
 * themselves are read from the database for the creator view: lib/db/creator-records.ts.
 */
import { bitCount } from '../rollups/blocks';
import { F } from '../rollups/fields';
import type { CreatorEntry, ProgramIndex } from './program-index-model';

/** Stored pieces with a post date. */
export function pieceCount(entry: CreatorEntry): number {
  return entry.datedPieces;
}

/** Stored order lines in the shop currency. */
export function orderLineCount(entry: CreatorEntry): number {
  return entry.orderLines;
}

/** Products the creator's counted order lines name (days read), each with its number of lines. */
export function orderedProducts(entry: CreatorEntry): { productId: string; lines: number }[] {
  const result: { productId: string; lines: number }[] = [];
  for (const record of entry.records) {
    const flat = record.orderProducts;
    for (let i = 0; i + 4 < flat.length; i += 5) result.push({ productId: flat[i + 1] as string, lines: flat[i + 2] as number });
  }
  return result;
}

/** GMV of the creator's order lines for a product created from `fromDay` to `toDay`; null if any amount is unknown. */
export function productGmv(entry: CreatorEntry, productId: string, fromDay: number, toDay: number): number | null {
  let sum = 0;
  for (const record of entry.records) {
    const flat = record.orderProducts;
    for (let i = 0; i + 4 < flat.length; i += 5) {
      const day = flat[i] as number;
      if (day < fromDay || day > toDay || flat[i + 1] !== productId) continue;
      if ((flat[i + 4] as number) > 0) return null;
      sum += flat[i + 3] as number;
    }
  }
  return sum;
}

/** The first day with a post among the cells read, or null. */
export function firstPostDay(entry: CreatorEntry, index: ProgramIndex): number | null {
  for (let row = entry.cellsFrom; row < entry.cellsTo; row++) {
    if (index.cells.posts[row]! > 0) return index.cells.day[row]!;
  }
  return null;
}

/** A cell's field. */
export function cellValue(index: ProgramIndex, row: number, field: number): number {
  const { fields, sources, starts, values } = index.cells;
  const mask = fields[row]!;
  const bit = 1 << field;
  return (mask & bit) === 0 ? 0 : values[sources[row]!]![starts[row]! + bitCount(mask & (bit - 1))]!;
}

export { F as CELL };
