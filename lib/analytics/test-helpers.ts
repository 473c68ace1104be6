/** Builders for small hand-computed test programs (used by the `*.test.ts` files only). */
import type { ContentMetrics, ContentPiece, Creator, CreatorMetrics } from '../model/entities';
import type {
  AffiliateOrder,
  Collaboration,
  CreatorProgram,
  SampleRequest,
  Tier,
} from '../model/program';
import { type ReportSource, type ReportedFigures, reportedFiguresId } from '../model/reported';
import type { CurrencyCode, Quantity } from '../parse/quantity';
import { DEFAULT_SETTINGS, type AnalyticsSettings } from './settings';

export const q = (value: number): Quantity => ({ kind: 'exact', value, raw: String(value) });
export const qRange = (min: number | null, max: number | null, raw = 'range'): Quantity => ({
  kind: 'range',
  min,
  max,
  raw,
});

/** A local timestamp (month 1–12). */
export const at = (y: number, m: number, d: number, h = 12, min = 0): number => new Date(y, m - 1, d, h, min).getTime();

export function options(asOf: number, settings: Partial<AnalyticsSettings> = {}) {
  return { asOf, settings: { ...DEFAULT_SETTINGS, ...settings } };
}

export function creator(key: string, metrics: CreatorMetrics = {}, extra: Partial<Creator> = {}): Creator {
  const handle = key.replace(/^(id|h):/, '');
  return {
    key,
    creatorId: key.startsWith('id:') ? handle : undefined,
    handle,
    handleDisplay: handle,
    categories: [],
    metrics,
    sources: [],
    firstSeen: 0,
    lastSeen: 0,
    updatedAt: 0,
    ...extra,
  };
}

let pieceSeq = 0;
export function piece(
  creatorKey: string | undefined,
  postDate: string | undefined,
  metrics: ContentMetrics = {},
  extra: Partial<ContentPiece> = {},
): ContentPiece {
  const contentId = extra.contentId ?? `piece-${++pieceSeq}`;
  const type = extra.type ?? 'video';
  return {
    key: `${type}:${contentId}`,
    contentId,
    type,
    creatorKey,
    postDate,
    productIds: [],
    metrics,
    firstSeen: 0,
    lastSeen: 0,
    updatedAt: 0,
    ...extra,
  };
}

let orderSeq = 0;
export function order(
  creatorKey: string | undefined,
  createdAt: number,
  paymentAmount: number | null,
  extra: Partial<AffiliateOrder> = {},
): AffiliateOrder {
  const orderId = extra.orderId ?? `order-${++orderSeq}`;
  return {
    key: `${orderId}:${extra.skuId ?? orderSeq}`,
    orderId,
    creatorKey,
    contentType: 'other',
    paymentAmount,
    currency: 'USD',
    quantity: 1,
    commissionRate: null,
    estCommission: null,
    actualCommission: null,
    createdAt,
    refunded: false,
    firstSeen: 0,
    lastSeen: 0,
    updatedAt: 0,
    ...extra,
  };
}

export function program(creatorKey: string, extra: Partial<CreatorProgram> = {}): CreatorProgram {
  const acceptedTier: Tier | null = extra.acceptedTier ?? null;
  return {
    creatorKey,
    agreedPostsPerWeek: null,
    flatFeePerPost: null,
    acceptedTier,
    tierHistory: acceptedTier ? [{ tier: acceptedTier, at: 0, by: 'seller' }] : [],
    dismissedSuggestions: [],
    compliance: { flagged: false },
    updatedAt: 0,
    ...extra,
  };
}

let sampleSeq = 0;
export function sample(creatorKey: string, productId: string, extra: Partial<SampleRequest> = {}): SampleRequest {
  return {
    id: `sample-${++sampleSeq}`,
    creatorKey,
    productId,
    status: 'shipped',
    statusHistory: [],
    firstSeen: 0,
    lastSeen: 0,
    updatedAt: 0,
    ...extra,
  };
}

export function collaboration(id: string, creatorKeys: string[], extra: Partial<Collaboration> = {}): Collaboration {
  return {
    id,
    kind: 'target',
    creatorKeys,
    productIds: [],
    commissionRate: 0.15,
    status: 'ongoing',
    statusHistory: [],
    firstSeen: 0,
    lastSeen: 0,
    updatedAt: 0,
    ...extra,
  };
}

/** Figures a page or file reported for `from`…`to`, captured at `capturedAt`. */
export function report(
  creatorKey: string,
  source: ReportSource,
  period: { from: string; to: string },
  metrics: CreatorMetrics,
  capturedAt: number,
  currency?: CurrencyCode,
): ReportedFigures {
  const capturedDay = new Date(capturedAt).toISOString().slice(0, 10);
  return {
    id: reportedFiguresId(creatorKey, source, period, capturedDay),
    creatorKey,
    source,
    period,
    capturedDay,
    capturedAt,
    ...(currency ? { currency } : {}),
    metrics,
  };
}

/** A money quantity in a currency. */
export const money = (value: number, unit: CurrencyCode = 'USD'): Quantity => ({ kind: 'exact', value, unit, raw: String(value) });
