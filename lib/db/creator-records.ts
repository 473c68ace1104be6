/**
 * One creator's stored pieces and order lines for the creator view, newest first, read through the
 * `creatorKey` index (the analysis keeps rollups, not the records themselves). NaN-free: unknown
 * figures are null.
 */
import { parseDay, localDayOfTimestamp } from '../calendar/days';
import type { CreatorEntry } from '../analytics/program-index-model';
import type { ContentPiece } from '../model/entities';
import type { AffiliateOrder } from '../model/program';
import { exactValue, type CurrencyCode } from '../parse/quantity';
import { linkedOrdersByCurrency } from '../rollups/contributions';
import { pieceClicks } from '../rollups/piece-clicks';
import type { CreatorDeskDb } from './database';

export interface PieceRow {
  piece: ContentPiece;
  day: number;
  isVideo: boolean;
  views: number | null;
  gmv: number | null;
  clicks: number | null;
  /** The `orders` metric, else (orders stored) the stored orders naming the piece. */
  orders: number | null;
}

export interface OrderRow {
  order: AffiliateOrder;
  day: number;
  amount: number | null;
}

/** The creator's dated pieces, newest first, at most `limit`. */
export async function newestPieces(
  db: CreatorDeskDb,
  entry: CreatorEntry,
  limit: number,
  shop: { currency: CurrencyCode | null; hasOrders: boolean },
): Promise<PieceRow[]> {
  const pieces = (await db.content.where('creatorKey').equals(entry.key).toArray())
    .map((piece) => ({ piece, day: parseDay(piece.postDate) }))
    .filter((p): p is { piece: ContentPiece; day: number } => p.day !== null)
    .sort((a, b) => b.day - a.day || (a.piece.key < b.piece.key ? 1 : -1))
    .slice(0, limit);
  const links = await db.contentLinks.bulkGet(pieces.map((p) => p.piece.key));
  return pieces.map(({ piece, day }, i) => {
    let orders = exactValue(piece.metrics.orders);
    if (orders === null && shop.hasOrders) {
      orders = 0;
      for (const [currency, n] of linkedOrdersByCurrency(piece, links[i])) {
        if (currency === '' || shop.currency === null || currency === shop.currency) orders += n;
      }
    }
    return {
      piece,
      day,
      isVideo: piece.type === 'video',
      views: exactValue(piece.metrics.views),
      gmv: exactValue(piece.metrics.gmv),
      clicks: pieceClicks(piece.metrics),
      orders,
    };
  });
}

/** The creator's order lines in the shop currency, newest first, at most `limit`. */
export async function newestOrderLines(db: CreatorDeskDb, entry: CreatorEntry, limit: number, currency: CurrencyCode | null): Promise<OrderRow[]> {
  const lines = await db.orders.where('creatorKey').equals(entry.key).toArray();
  return lines
    .filter((line) => !line.currency || currency === null || line.currency === currency)
    .sort((a, b) => b.createdAt - a.createdAt || (a.key < b.key ? 1 : -1))
    .slice(0, limit)
    .map((order) => ({ order, day: localDayOfTimestamp(order.createdAt), amount: order.paymentAmount ?? null }));
}
