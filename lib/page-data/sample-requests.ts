/**
 * Sample requests: `POST /api/v1/affiliate/sample/group/list` → `agg_info[]`, each either an
 * `apply_group{group_id, creator_info, apply_infos[]}` (one creator, several products) or an
 * `apply_deatil` (sic; `apply_detail` accepted too) with one `apply_info` and `creator_info`.
 * `commission_rate` is ×100 (800 = 8%). The status comes from the request's `tab` (10 To review,
 * 30 Shipped; others unknown). Creator id + handle pairs are also returned as creator rows, which
 * links the two. Fixture: sample-requests.fixture.json.
 */
import type { CreatorRow, SampleRow } from '../model/entities';
import type { SampleStatus } from '../model/program';
import { batch, decodeEnvelope, handleText, payload } from './envelope';
import { arrayAt, epochMs, idText, isObject, numeric, objectAt, quantityOf, rateOf, text, type Json } from './json-values';
import type { DecodeContext, PageDataDecoder } from './types';

export const NO_SAMPLE_CREATOR = 'no creator handle';
export const NO_SAMPLE_PRODUCT = 'no product id';

const TAB_STATUS: Readonly<Record<number, SampleStatus>> = { 10: 'requested', 30: 'shipped' };

/** Each request of an `agg_info` item, with the creator it belongs to. */
function requestsOf(item: Json): { creator: Json; apply: Json }[] {
  const group = objectAt(item, 'apply_group');
  if (group) {
    const creator = objectAt(group, 'creator_info') ?? {};
    return (arrayAt(group, 'apply_infos', 500) ?? []).map((apply) => ({ creator, apply: isObject(apply) ? apply : {} }));
  }
  const detail = objectAt(item, 'apply_deatil') ?? objectAt(item, 'apply_detail');
  if (detail) return [{ creator: objectAt(detail, 'creator_info') ?? {}, apply: objectAt(detail, 'apply_info') ?? {} }];
  return [{ creator: {}, apply: {} }];
}

function creatorHandle(creator: Json): string | undefined {
  return handleText(creator.handle ?? creator.user_name ?? creator.name);
}

/** `expired_in` seconds → `2d 14h` (what the page's Time left column shows). */
function timeLeft(seconds: unknown): string | undefined {
  const value = numeric(seconds);
  if (value === undefined || value < 0 || value > 365 * 86_400) return undefined;
  const days = Math.floor(value / 86_400);
  const hours = Math.floor((value % 86_400) / 3_600);
  return days > 0 ? `${days}d ${hours}h` : `${hours}h ${Math.floor((value % 3_600) / 60)}m`;
}

function sampleRow(creator: Json, apply: Json, ctx: DecodeContext, status: SampleStatus | null): SampleRow | string {
  const handle = creatorHandle(creator);
  if (!handle) return NO_SAMPLE_CREATOR;
  const productId = idText(apply.product_id);
  if (!productId) return NO_SAMPLE_PRODUCT;
  const row: SampleRow = { creatorHandle: handle, productId, status };
  const requestId = idText(apply.apply_id);
  if (requestId) row.requestId = requestId;
  const productName = text(apply.product_title ?? apply.product_name, 1024);
  if (productName) row.productName = productName;
  const sku = text(apply.sku_desc, 1024) ?? text(apply.sku_id, 128);
  if (sku) row.sku = sku;
  const stock = quantityOf(apply.sku_stock, undefined, ctx.region);
  if (stock) row.stock = stock;
  const commissionRate = rateOf(apply.commission_rate, 'hundredths');
  if (commissionRate) row.commissionRate = commissionRate;
  const left = timeLeft(apply.expired_in);
  if (left) row.timeLeft = left;
  const requestedAt = epochMs(apply.apply_time ?? apply.create_time);
  if (requestedAt) row.requestedAt = requestedAt;
  return row;
}

export const sampleRequestsDecoder: PageDataDecoder = {
  endpoint: 'sample-requests',
  decode: (body, ctx) =>
    decodeEnvelope(body, (root) => {
      const items = arrayAt(payload(root), 'agg_info');
      if (!items) return undefined;
      const tab = numeric(isObject(ctx.request) ? ctx.request.tab : undefined);
      const status = (tab !== undefined && TAB_STATUS[tab]) || null;
      const pairs = items.flatMap((item) => (isObject(item) ? requestsOf(item) : [{ creator: {}, apply: {} }]));
      const creators = new Map<string, CreatorRow>();
      for (const { creator } of pairs) {
        const creatorId = idText(creator.creator_id ?? creator.creator_oec_id);
        const handle = creatorHandle(creator);
        if (creatorId && handle) creators.set(creatorId, { creatorId, handle, metrics: {} });
      }
      return [
        batch('samples', pairs, (pair) => {
          const { creator, apply } = pair as { creator: Json; apply: Json };
          return sampleRow(creator, apply, ctx, status);
        }),
        batch('creators', [...creators.values()], (row) => row as CreatorRow),
      ];
    }),
};
