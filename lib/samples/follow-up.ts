/**
 * Sample follow-up (issue 13, playbook §2): every shipped sample as posted on time, posted late,
 * overdue or waiting, against the content window (a setting, days after shipping), with the GMV
 * the creator's orders for the product brought from the post on. The overdue list is what the
 * seller chases each week, longest overdue first.
 *
 * A sample "posted" when its content was delivered (the page's status, or the first stored post by
 * the creator that lists the product on or after shipping; see `IndexedSample.deliveredDay`).
 */
import { isoDay, localDayOfTimestamp } from '../calendar/days';
import { productGmv } from '../analytics/entry-records';
import { type CreatorEntry, type IndexedSample, type ProgramIndex } from '../analytics/program-index-model';

export type SampleFollowUpStatus = 'posted-on-time' | 'posted-late' | 'overdue' | 'waiting';

export const FOLLOW_UP_STATUS_LABELS: Record<SampleFollowUpStatus, string> = {
  'posted-on-time': 'Posted on time',
  'posted-late': 'Posted late',
  overdue: 'Overdue',
  waiting: 'Waiting',
};

export interface SampleFollowUp {
  sampleId: string;
  creatorKey: string;
  handle: string | null;
  productId: string;
  productName: string | null;
  shipDay: string;
  /** Last day content is expected: ship day + the content window. */
  dueDay: string;
  postedDay: string | null;
  status: SampleFollowUpStatus;
  /** Days past the due day (overdue only). */
  daysOverdue: number | null;
  /** Days from shipping to the post (posted only). */
  daysToPost: number | null;
  /** The creator's order GMV for the product from the post day to today; null when unknown or not posted. */
  gmvAfterPost: number | null;
  /** The sample's cost in the shop currency (sample, product or default cost); null when unknown. */
  cost: number | null;
}

/** GMV of the creator's order lines for a product from `fromDay` to `toDay`; null if an amount is unknown or no orders are stored. */
export function productGmvBetween(index: ProgramIndex, entry: CreatorEntry, productId: string, fromDay: number, toDay: number): number | null {
  if (!index.hasOrders) return null;
  return productGmv(entry, productId, fromDay, toDay);
}

function followUpOf(
  index: ProgramIndex,
  entry: CreatorEntry,
  s: IndexedSample,
  asOfDay: number,
  windowDays: number,
  only: SampleFollowUpStatus | undefined,
): SampleFollowUp | null {
  if (s.shipDay === null || s.shipDay > asOfDay) return null;
  const due = s.shipDay + windowDays;
  const posted = s.deliveredDay !== null && s.deliveredDay <= asOfDay ? s.deliveredDay : null;
  let status: SampleFollowUpStatus;
  if (posted !== null) status = posted <= due ? 'posted-on-time' : 'posted-late';
  else status = asOfDay > due ? 'overdue' : 'waiting';
  if (only !== undefined && status !== only) return null;
  return {
    sampleId: s.sample.id,
    creatorKey: entry.key,
    handle: entry.handle,
    productId: s.sample.productId,
    productName: s.sample.productName ?? null,
    shipDay: isoDay(s.shipDay),
    dueDay: isoDay(due),
    postedDay: posted === null ? null : isoDay(posted),
    status,
    daysOverdue: status === 'overdue' ? asOfDay - due : null,
    daysToPost: posted === null ? null : Math.max(0, posted - s.shipDay),
    gmvAfterPost: posted === null ? null : productGmvBetween(index, entry, s.sample.productId, posted, asOfDay),
    cost: s.cost,
  };
}

/**
 * Every shipped sample's follow-up status as of `asOf`, per creator (key order), newest shipment
 * first; with `only`, just the samples of that status (the GMV after a post is summed only for them).
 */
export function sampleFollowUps(
  index: ProgramIndex,
  options: { asOf: number; settings: { sampleContentWindowDays: number }; only?: SampleFollowUpStatus },
): SampleFollowUp[] {
  const asOfDay = localDayOfTimestamp(options.asOf);
  const result: SampleFollowUp[] = [];
  for (const entry of index.entries) {
    const mine: SampleFollowUp[] = [];
    for (const s of entry.samples) {
      const f = followUpOf(index, entry, s, asOfDay, options.settings.sampleContentWindowDays, options.only);
      if (f) mine.push(f);
    }
    mine.sort((a, b) => (a.shipDay < b.shipDay ? 1 : a.shipDay > b.shipDay ? -1 : a.sampleId < b.sampleId ? -1 : 1));
    result.push(...mine);
  }
  return result;
}

/** Overdue samples of `followUps`, longest overdue first (then by creator key), for the weekly chase. */
export function overdueSamples(followUps: readonly SampleFollowUp[]): SampleFollowUp[] {
  return followUps
    .filter((f) => f.status === 'overdue')
    .sort((a, b) => b.daysOverdue! - a.daysOverdue! || (a.creatorKey < b.creatorKey ? -1 : a.creatorKey > b.creatorKey ? 1 : 0));
}

/** Counts per status, for a summary line. */
export function followUpCounts(followUps: readonly SampleFollowUp[]): Record<SampleFollowUpStatus, number> {
  const counts: Record<SampleFollowUpStatus, number> = { 'posted-on-time': 0, 'posted-late': 0, overdue: 0, waiting: 0 };
  for (const f of followUps) counts[f.status]++;
  return counts;
}
