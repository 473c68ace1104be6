/** A sample request as the index keeps it: the days it shipped and was delivered on, and its cost. */
import type { SampleRequest } from '../model/program';
import type { CurrencyCode } from '../parse/quantity';
import { localDayOfTimestamp } from '../calendar/days';
import { BlockRecord } from '../rollups/blocks';
import { PERIOD_DAYS } from '../rollups/fields';
import type { CreatorEntry, IndexedSample } from './program-index-model';

function statusDay(history: SampleRequest['statusHistory'], statuses: readonly string[]): number | null {
  let earliest: number | null = null;
  for (const change of history) {
    if (statuses.includes(change.status)) {
      const day = localDayOfTimestamp(change.at);
      if (earliest === null || day < earliest) earliest = day;
    }
  }
  return earliest;
}

/**
 * The first day from `fromDay` on, and before `beforeDay`, on which the creator posted a piece
 * listing the product; null when none. A record holds the days of one period (lib/rollups/fields.ts),
 * so the records of periods wholly outside those days are passed over without reading their
 * products; a record read from a block is searched there, without unpacking its products.
 */
function firstPostOfProductBetween(entry: CreatorEntry, productId: string, fromDay: number, beforeDay: number): number | null {
  let before = beforeDay;
  for (const record of entry.records) {
    const start = record.period * PERIOD_DAYS;
    if (start + PERIOD_DAYS <= fromDay || start >= before) continue;
    if (record instanceof BlockRecord) {
      before = record.firstPostDayOf(productId, fromDay, before);
      continue;
    }
    const flat = record.postProducts;
    for (let i = 0; i + 2 < flat.length; i += 3) {
      const day = flat[i] as number;
      if (day >= fromDay && day < before && flat[i + 1] === productId) before = day;
    }
  }
  return before < beforeDay ? before : null;
}

const SHIPPED = ['shipped', 'content-delivered', 'completed'];
const DELIVERED = ['content-delivered', 'completed'];

export function indexSample(sample: SampleRequest, entry: CreatorEntry, currency: CurrencyCode | null): IndexedSample {
  // Each field read once: records read from the database are often each of a shape of their own,
  // and every property read of such a record is a lookup (10,000 samples per analysis).
  const { status, shippedAt, contentDeliveredAt, statusHistory, productId, sampleCost } = sample;
  let shipDay: number | null = null;
  if (status !== 'canceled') {
    if (shippedAt !== undefined) shipDay = localDayOfTimestamp(shippedAt);
    else if (status !== 'requested' && status !== 'approved') shipDay = statusDay(statusHistory, SHIPPED);
  }

  let deliveredDay: number | null = null;
  if (contentDeliveredAt !== undefined) deliveredDay = localDayOfTimestamp(contentDeliveredAt);
  const fromStatus = statusDay(statusHistory, DELIVERED);
  if (fromStatus !== null && (deliveredDay === null || fromStatus < deliveredDay)) deliveredDay = fromStatus;
  if (shipDay !== null) {
    // The first post listing the product on or after the ship day, when it is earlier.
    const day = firstPostOfProductBetween(entry, productId, shipDay, deliveredDay ?? Number.POSITIVE_INFINITY);
    if (day !== null) deliveredDay = day;
  }

  let cost: number | null = null;
  if (sampleCost && (currency === null || sampleCost.currency === currency)) {
    cost = sampleCost.amount;
  }
  return { sample, productId, shipDay, deliveredDay, cost };
}
