/**
 * The follow-up list (issue 13): creators who need chasing — behind the agreed pace, an overdue
 * sample, or a zombie — and have not been contacted in the follow-up days (a setting). Longest
 * without contact first (never contacted first of all).
 */
import type { CreatorPace } from '../analytics/velocity';
import type { SampleFollowUp } from '../samples/follow-up';
import { daysSinceContact } from './last-contacted';
import type { Zombie } from './zombies';

export type FollowUpReason = 'behind-pace' | 'overdue-sample' | 'zombie';

export const FOLLOW_UP_REASON_LABELS: Record<FollowUpReason, string> = {
  'behind-pace': 'Behind pace',
  'overdue-sample': 'Overdue sample',
  zombie: 'Inactive (zombie)',
};

export interface FollowUpItem {
  creatorKey: string;
  reasons: FollowUpReason[];
  /** Null: never contacted. */
  daysSinceContact: number | null;
  /** The longest-overdue sample, for a reminder. */
  overdueSample: SampleFollowUp | null;
}

export function followUpList(input: {
  asOf: number;
  followUpAfterDays: number;
  behindPace: readonly CreatorPace[];
  overdue: readonly SampleFollowUp[];
  zombies: readonly Zombie[];
  lastContacted: ReadonlyMap<string, number>;
}): FollowUpItem[] {
  const items = new Map<string, FollowUpItem>();
  const add = (creatorKey: string, reason: FollowUpReason, sample: SampleFollowUp | null = null) => {
    let item = items.get(creatorKey);
    if (!item) {
      item = { creatorKey, reasons: [], daysSinceContact: daysSinceContact(input.lastContacted.get(creatorKey), input.asOf), overdueSample: null };
      items.set(creatorKey, item);
    }
    if (!item.reasons.includes(reason)) item.reasons.push(reason);
    if (sample && !item.overdueSample) item.overdueSample = sample;
  };
  for (const s of input.overdue) add(s.creatorKey, 'overdue-sample', s);
  for (const z of input.zombies) add(z.creatorKey, 'zombie');
  for (const p of input.behindPace) add(p.creatorKey, 'behind-pace');
  return [...items.values()]
    .filter((i) => i.daysSinceContact === null || i.daysSinceContact >= input.followUpAfterDays)
    .sort(
      (a, b) =>
        (b.daysSinceContact ?? Infinity) - (a.daysSinceContact ?? Infinity) ||
        b.reasons.length - a.reasons.length ||
        (a.creatorKey < b.creatorKey ? -1 : a.creatorKey > b.creatorKey ? 1 : 0),
    );
}
