/** A sample request as the index keeps it: the days it shipped and was delivered on, and its cost. */
import type { SampleRequest } from '../model/program';
import type { CurrencyCode } from '../parse/quantity';
import { localDayOfTimestamp } from '../calendar/days';
import { firstPostDayOfProduct } from './entry-records';
import type { CreatorEntry, IndexedSample } from './program-index-model';

function statusDay(sample: SampleRequest, statuses: readonly string[]): number | null {
  let earliest: number | null = null;
  for (const change of sample.statusHistory) {
    if (statuses.includes(change.status)) {
      const day = localDayOfTimestamp(change.at);
      if (earliest === null || day < earliest) earliest = day;
    }
  }
  return earliest;
}

const SHIPPED = ['shipped', 'content-delivered', 'completed'];
const DELIVERED = ['content-delivered', 'completed'];

export function indexSample(sample: SampleRequest, entry: CreatorEntry, currency: CurrencyCode | null): IndexedSample {
  let shipDay: number | null = null;
  if (sample.status !== 'canceled') {
    if (sample.shippedAt !== undefined) shipDay = localDayOfTimestamp(sample.shippedAt);
    else if (sample.status !== 'requested' && sample.status !== 'approved') shipDay = statusDay(sample, SHIPPED);
  }

  let deliveredDay: number | null = null;
  if (sample.contentDeliveredAt !== undefined) deliveredDay = localDayOfTimestamp(sample.contentDeliveredAt);
  const fromStatus = statusDay(sample, DELIVERED);
  if (fromStatus !== null && (deliveredDay === null || fromStatus < deliveredDay)) deliveredDay = fromStatus;
  if (shipDay !== null) {
    // The first post listing the product on or after the ship day.
    const day = firstPostDayOfProduct(entry, sample.productId, shipDay);
    if (day !== null && (deliveredDay === null || day < deliveredDay)) deliveredDay = day;
  }

  let cost: number | null = null;
  if (sample.sampleCost && (currency === null || sample.sampleCost.currency === currency)) {
    cost = sample.sampleCost.amount;
  }
  return { sample, shipDay, deliveredDay, cost };
}
