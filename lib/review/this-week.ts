/**
 * "This week" (issue 13): the few creators to act on now, ranked, each with the reason, the numbers
 * behind it and the one action to take. Chasing reasons (an overdue sample, a zombie, behind the
 * agreed pace) rank first and by how far behind; a creator contacted within the follow-up days is
 * not chased again this week (the reason stays, ranked low, with when they were contacted).
 * Opportunities (a promotion, a Spark Ads video, an open creator ready for a target invitation)
 * follow, then flags that need a brief review. One line per creator, its strongest reason first.
 */
import type { Scorecard } from '../analytics/scorecard';
import type { SparkAdsCandidate } from '../analytics/spark-ads';
import type { TierSuggestion } from '../analytics/suggestions';
import type { CreatorPace } from '../analytics/velocity';
import type { CurrencyCode } from '../parse/quantity';
import { formatDayText } from '../format/day';
import { countNoun, formatCountText, formatMoneyText, formatPercentText } from '../format/number';
import type { SampleFollowUp } from '../samples/follow-up';
import { daysSinceContact } from './last-contacted';
import type { TargetSuggestion } from './open-to-target';
import type { Zombie } from './zombies';

export type ThisWeekReasonKind =
  | 'overdue-sample'
  | 'zombie'
  | 'behind-pace'
  | 'tier-change'
  | 'open-to-target'
  | 'spark-ads'
  | 'low-conversion';

export type ThisWeekAction =
  | { kind: 'remind'; sample: SampleFollowUp }
  | { kind: 'open-creator' }
  | { kind: 'spark-ads' };

export interface ThisWeekReason {
  kind: ThisWeekReasonKind;
  /** What and why, with the numbers. */
  text: string;
  score: number;
  action: ThisWeekAction;
}

export interface ThisWeekItem {
  creatorKey: string;
  score: number;
  /** Strongest first. */
  reasons: ThisWeekReason[];
  /** Days since the last logged contact; null when never contacted. */
  daysSinceContact: number | null;
  /** Contacted within the follow-up days: chasing can wait. */
  recentlyContacted: boolean;
}

export interface ThisWeekInput {
  asOf: number;
  settings: { followUpAfterDays: number; thisWeekSize: number };
  currency: CurrencyCode | null;
  scorecards: readonly Scorecard[];
  suggestions: readonly TierSuggestion[];
  behindPace: readonly CreatorPace[];
  sparkAds: readonly SparkAdsCandidate[];
  overdue: readonly SampleFollowUp[];
  zombies: readonly Zombie[];
  targetSuggestions?: readonly TargetSuggestion[];
  lastContacted: ReadonlyMap<string, number>;
}

const CHASE: ReadonlySet<ThisWeekReasonKind> = new Set(['overdue-sample', 'zombie', 'behind-pace']);
/** A chase reason for a creator contacted within the follow-up days drops below every opportunity. */
const RECENTLY_CONTACTED_PENALTY = 90;
const SPARK_ADS_TOP = 3;

/** A reason before its text is written: only the creators that make the list get theirs. */
type PendingReason = Omit<ThisWeekReason, 'text'> & { describe: () => string };

export function thisWeek(input: ThisWeekInput): { items: ThisWeekItem[]; total: number } {
  const reasons = new Map<string, PendingReason[]>();
  const add = (creatorKey: string | null, reason: PendingReason) => {
    if (!creatorKey) return;
    const list = reasons.get(creatorKey);
    if (list) list.push(reason);
    else reasons.set(creatorKey, [reason]);
  };
  const money = (n: number) => (input.currency ? formatMoneyText(n, input.currency) : formatCountText(n));

  // Overdue samples: one reason per creator, for the longest overdue (the list is sorted so).
  const overdueCount = new Map<string, number>();
  for (const s of input.overdue) overdueCount.set(s.creatorKey, (overdueCount.get(s.creatorKey) ?? 0) + 1);
  const remindedFor = new Set<string>();
  for (const s of input.overdue) {
    if (remindedFor.has(s.creatorKey)) continue;
    remindedFor.add(s.creatorKey);
    const others = overdueCount.get(s.creatorKey)! - 1;
    add(s.creatorKey, {
      kind: 'overdue-sample',
      describe: () =>
        `${s.productName ?? `Product ${s.productId}`} sample shipped ${formatDayText(s.shipDay)}, no post ${countNoun(s.daysOverdue!, 'day')} past due${others > 0 ? ` (and ${countNoun(others, 'more overdue sample')})` : ''}`,
      score: 100 + Math.min(s.daysOverdue!, 60),
      action: { kind: 'remind', sample: s },
    });
  }
  for (const z of input.zombies) {
    add(z.creatorKey, {
      kind: 'zombie',
      describe: () =>
        z.daysInactive === null
          ? 'In an active collaboration with no content stored'
          : `No content ${z.sinceCollaboration ? `in the ${countNoun(z.daysInactive, 'day')} since the collaboration began` : `for ${countNoun(z.daysInactive, 'day')}`}${z.lastPostDay ? ` (last post ${formatDayText(z.lastPostDay)})` : ''}`,
      score: 80 + Math.min(z.daysInactive ?? 60, 60) / 2,
      action: { kind: 'open-creator' },
    });
  }
  for (const p of input.behindPace) {
    add(p.creatorKey, {
      kind: 'behind-pace',
      describe: () => `${formatCountText(Number(p.postsPerWeek.toFixed(1)))} of the agreed ${formatCountText(p.agreedPostsPerWeek)} posts a week over ${p.windowDays} days`,
      score: 70 + Math.round((1 - Math.min(1, p.paceRatio)) * 20),
      action: { kind: 'open-creator' },
    });
  }
  for (const s of input.suggestions) {
    if (s.dismissed || s.kind === 'initial') continue;
    add(s.creatorKey, { kind: 'tier-change', describe: () => s.reason, score: s.kind === 'promote' ? 60 : 65, action: { kind: 'open-creator' } });
  }
  for (const t of input.targetSuggestions ?? []) {
    if (t.dismissed) continue;
    add(t.creatorKey, { kind: 'open-to-target', describe: () => t.reason, score: 55, action: { kind: 'open-creator' } });
  }
  // One Spark Ads reason per creator: the best of their top videos (the list is ranked).
  const sparkFor = new Set<string>();
  for (const c of input.sparkAds.slice(0, SPARK_ADS_TOP)) {
    if (!c.creatorKey || sparkFor.has(c.creatorKey)) continue;
    sparkFor.add(c.creatorKey);
    add(c.creatorKey, {
      kind: 'spark-ads',
      describe: () => `Spark Ads candidate: ${formatPercentText(c.conversionRate)} conversion on ${formatCountText(c.clicks)} clicks${c.gmv !== null ? `, ${money(c.gmv)} GMV` : ''}`,
      score: 50 - c.rank,
      action: { kind: 'spark-ads' },
    });
  }
  for (const card of input.scorecards) {
    const flag = card.flags.find((f) => f.kind === 'low-conversion');
    if (!flag || flag.kind !== 'low-conversion') continue;
    add(card.creatorKey, {
      kind: 'low-conversion',
      describe: () =>
        `${formatPercentText(flag.conversionRate)} conversion on ${formatCountText(flag.clicks)} clicks (under ${formatPercentText(flag.threshold)}): review the brief and product fit`,
      score: 30 + Math.min(10, Math.log10(Math.max(1, flag.clicks))),
      action: { kind: 'open-creator' },
    });
  }

  const ranked: { creatorKey: string; score: number; list: PendingReason[]; days: number | null; recentlyContacted: boolean }[] = [];
  for (const [creatorKey, list] of reasons) {
    const days = daysSinceContact(input.lastContacted.get(creatorKey), input.asOf);
    const recentlyContacted = days !== null && days < input.settings.followUpAfterDays;
    if (recentlyContacted) for (const r of list) if (CHASE.has(r.kind)) r.score -= RECENTLY_CONTACTED_PENALTY;
    list.sort((a, b) => b.score - a.score);
    ranked.push({ creatorKey, score: list[0]!.score, list, days, recentlyContacted });
  }
  ranked.sort((a, b) => b.score - a.score || (a.creatorKey < b.creatorKey ? -1 : a.creatorKey > b.creatorKey ? 1 : 0));
  const items = ranked.slice(0, input.settings.thisWeekSize).map(({ creatorKey, score, list, days, recentlyContacted }): ThisWeekItem => {
    const contacted = ` — contacted ${days === 0 ? 'today' : `${countNoun(days!, 'day')} ago`}`;
    const reasonsOf = list.map(({ kind, describe, score, action }) => ({ kind, text: describe() + (recentlyContacted && CHASE.has(kind) ? contacted : ''), score, action }));
    return { creatorKey, score, reasons: reasonsOf, daysSinceContact: days, recentlyContacted };
  });
  return { items, total: ranked.length };
}
