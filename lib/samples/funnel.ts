/**
 * The program's sample funnel per month (issue 13): requested → shipped → posted → sold, with the
 * rate of each step. A sample belongs to the month it was requested (else, when the request time
 * is unknown, the month it was shipped, else first seen). Shipped: it left (not canceled before).
 * Posted: its content was delivered by today. Sold: the creator has an order for the product on or
 * after the ship day. Public figures put posting after a free sample at 30–40%.
 */
import { isoDay, localDayOfTimestamp } from '../calendar/days';
import type { ProgramIndex } from '../analytics/program-index-model';
import { ratio } from '../analytics/stats';
import { productGmvBetween } from './follow-up';

export interface FunnelMonth {
  /** `YYYY-MM`. */
  month: string;
  requested: number;
  shipped: number;
  posted: number;
  /** Null when no affiliate orders are stored (sales unknown, not 0). */
  sold: number | null;
  /** shipped ÷ requested, posted ÷ shipped, sold ÷ posted; null when the step before is 0. */
  shipRate: number | null;
  postRate: number | null;
  sellRate: number | null;
}

/** Months oldest first; only months with at least one request. */
export function sampleFunnelByMonth(index: ProgramIndex, options: { asOf: number }): FunnelMonth[] {
  const asOfDay = localDayOfTimestamp(options.asOf);
  const months = new Map<string, FunnelMonth>();
  for (const entry of index.entries) {
    for (const s of entry.samples) {
      const cohortDay = s.sample.requestedAt !== undefined ? localDayOfTimestamp(s.sample.requestedAt) : (s.shipDay ?? localDayOfTimestamp(s.sample.firstSeen));
      if (cohortDay > asOfDay) continue;
      const month = isoDay(cohortDay).slice(0, 7);
      let m = months.get(month);
      if (!m) {
        m = { month, requested: 0, shipped: 0, posted: 0, sold: 0, shipRate: null, postRate: null, sellRate: null };
        months.set(month, m);
      }
      m.requested++;
      if (s.shipDay === null || s.shipDay > asOfDay) continue;
      m.shipped++;
      if (s.deliveredDay === null || s.deliveredDay > asOfDay) continue;
      m.posted++;
      const gmv = productGmvBetween(index, entry, s.sample.productId, s.shipDay, asOfDay);
      if (gmv !== null && gmv > 0) m.sold = (m.sold ?? 0) + 1;
    }
  }
  const list = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  for (const m of list) {
    m.shipRate = ratio(m.shipped, m.requested);
    m.postRate = ratio(m.posted, m.shipped);
    if (!index.hasOrders) m.sold = null;
    m.sellRate = ratio(m.sold, m.posted);
  }
  return list;
}
