/**
 * Affiliate orders: `POST /api/v1/affiliate/orders` → `orders[]{main_order_id, create_time (ms),
 * sku_detail[]}`; one order line per SKU. SKU field names beyond the ids are [I], taken from the public
 * Partner API objects (`creator_username`, `content_type`, `content_id`, `commission_rate` in hundredths
 * of a percent). Amounts are in the shop's currency unless a line names its own.
 * Fixture: affiliate-orders.fixture.json.
 */
import type { OrderRow } from '../model/entities';
import type { OrderContentType } from '../model/program';
import { batch, decodeEnvelope, handleText, payload } from './envelope';
import { arrayAt, currencyCode, epochMs, idText, isObject, quantityOf, rateOf, regionCurrency, text, type Json } from './json-values';
import type { DecodeContext, PageDataDecoder } from './types';

export const NO_ORDER_ID = 'no order id';
export const NO_ORDER_TIME = 'no creation time';

/** Partner API names (`VIDEO`, `LIVE`, `SHOWCASE`/`SHOP`) and the numeric codes of `sample/performance` (2 video, 1 LIVE). */
function contentTypeOf(value: unknown): OrderContentType {
  const name = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (name === 'VIDEO' || name === '2') return 'video';
  if (name === 'LIVE' || name === '1') return 'live';
  if (name === 'SHOWCASE' || name === 'SHOP' || name === 'PRODUCT_CARD') return 'showcase';
  return 'other';
}

function orderLines(order: Json, ctx: DecodeContext): (OrderRow | string)[] {
  const orderId = idText(order.main_order_id ?? order.order_id);
  if (!orderId) return [NO_ORDER_ID];
  const createdAt = epochMs(order.create_time);
  if (createdAt === undefined) return [NO_ORDER_TIME];
  const skus = arrayAt(order, 'sku_detail', 500) ?? [];
  return (skus.length > 0 ? skus : [{}]).map((sku) => {
    const line = isObject(sku) ? sku : {};
    const money = currencyCode(line.currency ?? order.currency) ?? regionCurrency(ctx.region);
    const row: OrderRow = {
      orderId,
      contentType: contentTypeOf(line.content_type),
      createdAt,
      createdText: new Date(createdAt).toISOString(),
    };
    const optional: Partial<OrderRow> = {
      productId: idText(line.product_id),
      productName: text(line.product_name ?? line.product_title, 1024),
      skuId: idText(line.sku_id),
      creatorHandle: handleText(line.creator_username ?? order.creator_username),
      contentId: idText(line.content_id),
      price: quantityOf(line.price ?? line.sku_price, money, ctx.region),
      paymentAmount: quantityOf(line.payment_amount, money, ctx.region),
      quantity: quantityOf(line.quantity, undefined, ctx.region),
      commissionRate: rateOf(line.commission_rate ?? line.standard_commission_rate, 'hundredths'),
      estCommission: quantityOf(line.estimated_commission ?? line.est_commission, money, ctx.region),
      actualCommission: quantityOf(line.actual_commission, money, ctx.region),
      status: text(line.order_status ?? order.order_status, 64),
    };
    for (const [key, value] of Object.entries(optional)) if (value !== undefined) (row as unknown as Json)[key] = value;
    return row;
  });
}

export const affiliateOrdersDecoder: PageDataDecoder = {
  endpoint: 'affiliate-orders',
  decode: (body, ctx) =>
    decodeEnvelope(body, (root) => {
      const orders = arrayAt(payload(root), 'orders');
      if (!orders) return undefined;
      const lines = orders.flatMap((order) => (isObject(order) ? orderLines(order, ctx) : ['not an object']));
      // Lines are already rows or reasons: `batch` counts the reasons.
      return [batch('orders', lines.map((line) => ({ line })), (item) => (item as { line: OrderRow | string }).line)];
    }),
};
