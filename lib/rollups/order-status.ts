/**
 * Which affiliate order lines count as sales. A line counts in orders and GMV unless the page or the
 * file says it was refunded, returned or cancelled: by its status text (in the UI languages Seller
 * Center offers) or by the export's "Fully returned or refunded" column. Excluded lines are counted
 * in refunds instead. See README.md ("Order status") for the list.
 */
import type { AffiliateOrder } from '../model/program';

export type OrderLineState = 'counted' | 'refunded' | 'cancelled';

// Whole words (letters of any script around them end the match), then scripts without spaces.
const REFUNDED =
  /(?<!\p{L})(?:refunded|refund|returned|fully returned|erstattet|zurückerstattet|rückerstattet|remboursée?|reembolsad[oa]|rimborsat[oa]|dikembalikan|hoàn tiền)(?!\p{L})|คืนเงิน|已退款|退款/iu;
const CANCELLED =
  /(?<!\p{L})(?:cancell?ed|storniert|annulée?|cancelad[oa]|annullat[oa]|dibatalkan|đã hủy)(?!\p{L})|ยกเลิก|已取消|取消/iu;

/** How a status text counts; null when it says nothing about refunds or cancellation. */
export function statusState(status: string | undefined): Exclude<OrderLineState, 'counted'> | null {
  if (!status) return null;
  const text = status.slice(0, 200);
  if (CANCELLED.test(text)) return 'cancelled';
  if (REFUNDED.test(text)) return 'refunded';
  return null;
}

/** Whether a line counts in orders and GMV, or is refunded / cancelled (counted in refunds). */
export function orderLineState(order: Pick<AffiliateOrder, 'status' | 'refunded'>): OrderLineState {
  if (order.refunded === true) return 'refunded';
  return statusState(order.status) ?? 'counted';
}
