/**
 * One creator's stored records as rows for the creator view, read from the index's columns (the
 * index keeps pieces and order lines as typed-array columns; NaN there means unknown, null here).
 * Kept in one place so the views do not depend on the index's layout.
 */
import type { CreatorEntry, ProgramIndex } from './program-index';
import type { AffiliateOrder } from '../model/program';
import type { ContentPiece } from '../model/entities';

const known = (n: number | undefined): number | null => (n === undefined || Number.isNaN(n) ? null : n);

export interface PieceRow {
  piece: ContentPiece;
  day: number;
  isVideo: boolean;
  views: number | null;
  gmv: number | null;
  clicks: number | null;
  orders: number | null;
}

export interface OrderRecordRow {
  order: AffiliateOrder;
  day: number;
  amount: number | null;
}

export function pieceCount(entry: CreatorEntry): number {
  return entry.piecesTo - entry.piecesFrom;
}

export function orderLineCount(entry: CreatorEntry): number {
  return entry.ordersTo - entry.ordersFrom;
}

/** The creator's dated pieces, newest first, at most `limit`. */
export function newestPieces(index: ProgramIndex, entry: CreatorEntry, limit: number): PieceRow[] {
  const p = index.pieces;
  const rows: PieceRow[] = [];
  for (let i = entry.piecesTo - 1; i >= entry.piecesFrom && rows.length < limit; i--) {
    rows.push({
      piece: p.pieces[i]!,
      day: p.day[i]!,
      isVideo: p.isVideo[i] === 1,
      views: known(p.views[i]),
      gmv: known(p.gmv[i]),
      clicks: known(p.clicks[i]),
      orders: known(p.orders[i]),
    });
  }
  return rows;
}

/** The creator's order lines, newest first, at most `limit`. */
export function newestOrderLines(index: ProgramIndex, entry: CreatorEntry, limit: number): OrderRecordRow[] {
  const o = index.orders;
  const rows: OrderRecordRow[] = [];
  for (let i = entry.ordersTo - 1; i >= entry.ordersFrom && rows.length < limit; i--) {
    rows.push({ order: o.lines[i]!, day: o.day[i]!, amount: known(o.amount[i]) });
  }
  return rows;
}
