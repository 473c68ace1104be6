/**
 * Which hook angle converts: content pieces tagged with a brief (`ContentPiece.briefId`) are
 * grouped by that brief's hook angle. Unknown stays unknown: a metric with no exact inputs is null,
 * and each total says how many pieces it rests on, so "based on 3 of 8 posts" can be shown.
 */
import { pieceClicks } from '../rollups/piece-clicks';
import type { ContentPiece } from '../model/entities';
import { exactValue, type Quantity } from '../parse/quantity';
import { hookAngleLabel } from './guidance';
import { HOOK_ANGLES, angleKey, angleRefOf, type AngleRef, type Brief, type BriefTemplate } from './model';
import { resolveBriefRef } from './templates';

export interface AnglePerformance extends AngleRef {
  /** Grouping key (see `angleKey`). */
  key: string;
  label: string;
  /** Tagged pieces with this angle. */
  pieces: number;
  /** Sum of exact GMV; null when no piece has one (or currencies are mixed). */
  gmv: number | null;
  gmvPieces: number;
  orders: number | null;
  orderPieces: number;
  /** Sum of clicks (exact clicks, else ctr × product impressions when both are exact). */
  clicks: number | null;
  clickPieces: number;
  /** Orders ÷ clicks over the pieces where both are known; null when none or no clicks. */
  conversion: number | null;
  conversionPieces: number;
  /** The clicks behind `conversion` (0 when none). */
  conversionClicks: number;
  /** GMV ÷ pieces with a known GMV. */
  revenuePerPost: number | null;
  /** The GMV currency when all known GMV shares one. */
  currency: string | null;
  mixedCurrency: boolean;
}

/** The templates, or any lookup from a `briefId` to the brief it refers to. */
export type BriefSource = readonly BriefTemplate[] | ((briefId: string) => Brief | null);

function resolver(source: BriefSource): (briefId: string) => Brief | null {
  return typeof source === 'function' ? source : (id) => resolveBriefRef(id, source);
}

interface Accumulator {
  ref: AngleRef;
  pieces: number;
  gmv: number;
  gmvPieces: number;
  currencies: Set<string>;
  orders: number;
  orderPieces: number;
  clicks: number;
  clickPieces: number;
  convOrders: number;
  convClicks: number;
  conversionPieces: number;
}

function currencyOf(q: Quantity | undefined): string | null {
  return q?.unit && q.unit !== 'percent' ? q.unit : null;
}

/** Results per hook angle, named angles first (in their usual order), then custom angles by name. */
export function anglePerformance(pieces: readonly ContentPiece[], briefs: BriefSource): AnglePerformance[] {
  const resolve = resolver(briefs);
  const groups = new Map<string, Accumulator>();
  for (const piece of pieces) {
    if (!piece.briefId) continue;
    const brief = resolve(piece.briefId);
    const ref = brief ? angleRefOf(brief) : null;
    if (!ref) continue;
    const key = angleKey(ref);
    let acc = groups.get(key);
    if (!acc) {
      acc = {
        ref,
        pieces: 0,
        gmv: 0,
        gmvPieces: 0,
        currencies: new Set(),
        orders: 0,
        orderPieces: 0,
        clicks: 0,
        clickPieces: 0,
        convOrders: 0,
        convClicks: 0,
        conversionPieces: 0,
      };
      groups.set(key, acc);
    }
    acc.pieces++;
    const gmv = exactValue(piece.metrics.gmv);
    if (gmv !== null) {
      acc.gmv += gmv;
      acc.gmvPieces++;
      const currency = currencyOf(piece.metrics.gmv);
      if (currency) acc.currencies.add(currency);
    }
    const orders = exactValue(piece.metrics.orders);
    if (orders !== null) {
      acc.orders += orders;
      acc.orderPieces++;
    }
    const clicks = pieceClicks(piece.metrics);
    if (clicks !== null) {
      acc.clicks += clicks;
      acc.clickPieces++;
    }
    if (orders !== null && clicks !== null) {
      acc.convOrders += orders;
      acc.convClicks += clicks;
      acc.conversionPieces++;
    }
  }
  return [...groups.entries()].map(([key, acc]) => toResult(key, acc)).sort(compareAngles);
}

function toResult(key: string, acc: Accumulator): AnglePerformance {
  const mixedCurrency = acc.currencies.size > 1;
  const gmv = acc.gmvPieces > 0 && !mixedCurrency ? acc.gmv : null;
  return {
    ...acc.ref,
    key,
    label: hookAngleLabel(acc.ref),
    pieces: acc.pieces,
    gmv,
    gmvPieces: acc.gmvPieces,
    orders: acc.orderPieces > 0 ? acc.orders : null,
    orderPieces: acc.orderPieces,
    clicks: acc.clickPieces > 0 ? acc.clicks : null,
    clickPieces: acc.clickPieces,
    conversion: acc.conversionPieces > 0 && acc.convClicks > 0 ? acc.convOrders / acc.convClicks : null,
    conversionPieces: acc.conversionPieces,
    conversionClicks: acc.convClicks,
    revenuePerPost: gmv !== null ? gmv / acc.gmvPieces : null,
    currency: acc.currencies.size === 1 ? ([...acc.currencies][0] ?? null) : null,
    mixedCurrency,
  };
}

function compareAngles(a: AnglePerformance, b: AnglePerformance): number {
  const order = (r: AnglePerformance) => HOOK_ANGLES.indexOf(r.angle);
  return order(a) - order(b) || a.label.localeCompare(b.label);
}

export interface BestAngleOptions {
  /**
   * Clicks (over pieces with known orders and clicks) an angle needs before its conversion rate
   * counts; the default of a user-editable setting (playbook §7: a minimum sample).
   */
  minClicks?: number;
}

export const DEFAULT_MIN_CLICKS = 30;

export interface BestAngle extends AngleRef {
  key: string;
  label: string;
  /** Conversion when some angle has enough clicks; revenue per post otherwise. */
  basis: 'conversion' | 'revenuePerPost';
  value: number;
  performance: AnglePerformance;
}

/** The best-converting angle among results, or the best earner per post when no conversion is solid. */
export function bestAngle(results: readonly AnglePerformance[], options: BestAngleOptions = {}): BestAngle | null {
  const minClicks = options.minClicks ?? DEFAULT_MIN_CLICKS;
  const pick = (basis: BestAngle['basis'], value: (r: AnglePerformance) => number | null): BestAngle | null => {
    let best: BestAngle | null = null;
    for (const r of results) {
      const v = value(r);
      if (v === null || (best && v <= best.value)) continue;
      best = {
        angle: r.angle,
        ...(r.customAngleName ? { customAngleName: r.customAngleName } : {}),
        key: r.key,
        label: r.label,
        basis,
        value: v,
        performance: r,
      };
    }
    return best;
  };
  const solidClicks = (r: AnglePerformance) =>
    r.conversionPieces > 0 && r.conversionClicks > 0 && r.conversionClicks >= minClicks ? r.conversion : null;
  return pick('conversion', solidClicks) ?? pick('revenuePerPost', (r) => r.revenuePerPost);
}

/** One creator's best angle so far, from their tagged pieces (`ContentPiece.creatorKey`). */
export function bestAngleFor(
  creatorKey: string,
  pieces: readonly ContentPiece[],
  briefs: BriefSource,
  options: BestAngleOptions = {},
): BestAngle | null {
  return bestAngle(anglePerformance(pieces.filter((p) => p.creatorKey === creatorKey), briefs), options);
}

/** How many pieces are tagged, untagged, or tagged with a brief that no longer resolves. */
export function briefTagging(
  pieces: readonly ContentPiece[],
  briefs: BriefSource,
): { tagged: number; untagged: number; unresolved: number } {
  const resolve = resolver(briefs);
  let tagged = 0;
  let untagged = 0;
  let unresolved = 0;
  for (const p of pieces) {
    if (!p.briefId) untagged++;
    else if (resolve(p.briefId) === null) unresolved++;
    else tagged++;
  }
  return { tagged, untagged, unresolved };
}
