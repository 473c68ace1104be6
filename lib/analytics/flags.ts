/**
 * Action flags: the playbook's "act when" column (§6, plus the zombie rule of §4). Each flag carries
 * the numbers that raised it; `describeFlag` turns one into a sentence.
 */
import type { Tier } from '../model/program';
import type { CurrencyCode } from '../parse/quantity';
import { formatDayText } from '../format/day';
import { IN_SENTENCES, formatCountText, formatMoneyText, formatPercentText } from '../format/number';
import { TIER_LABELS } from './tiers';

export type ActionFlag =
  | {
      kind: 'low-conversion';
      conversionRate: number;
      orders: number;
      clicks: number;
      threshold: number;
    }
  | {
      kind: 'below-agreed-output';
      posts: number;
      windowDays: number;
      postsPerWeek: number;
      agreedPostsPerWeek: number;
    }
  | { kind: 'low-hook-retention'; hookRetention: number; videos: number; threshold: number }
  | {
      kind: 'commission-ratio-out-of-range';
      direction: 'below' | 'above';
      ratio: number;
      commission: number;
      flatFees: number;
      gmv: number;
      min: number;
      max: number;
    }
  | {
      kind: 'revenue-per-post-outlier';
      direction: 'below' | 'above';
      revenuePerPost: number;
      tier: Tier;
      tierAverage: number;
      /** Revenue per post ÷ tier average. */
      factor: number;
      /** The factor setting crossed (low or high). */
      threshold: number;
      /** Creators in the tier average. */
      peers: number;
    }
  | {
      kind: 'zombie';
      lastPostDay: string | null;
      daysSinceLastPost: number | null;
      /** Days since the last post or since the active collaboration began, whichever is later. */
      daysInactive: number | null;
      thresholdDays: number;
      collaborationIds: string[];
    };

export type ActionFlagKind = ActionFlag['kind'];

/** What the playbook says to do. */
export const FLAG_ACTIONS: Record<ActionFlagKind, string> = {
  'low-conversion': 'Review the brief and product fit.',
  'below-agreed-output': 'Follow up, or replace.',
  'low-hook-retention': "Revise the brief's hook direction.",
  'commission-ratio-out-of-range': 'Check cost efficiency: commission rate and flat fees against the GMV.',
  'revenue-per-post-outlier': 'Outliers deserve attention: invest in the high ones, investigate the low ones.',
  zombie: 'Inactive in an active collaboration: re-engage or replace.',
};

export function describeFlag(flag: ActionFlag, currency: CurrencyCode | null): string {
  const money = (amount: number) => formatMoneyText(amount, currency, IN_SENTENCES);
  switch (flag.kind) {
    case 'low-conversion':
      return (
        `Conversion on clicks is ${formatPercentText(flag.conversionRate, IN_SENTENCES)} ` +
        `(${formatCountText(flag.orders, IN_SENTENCES)} orders from ${formatCountText(flag.clicks, IN_SENTENCES)} clicks), ` +
        `under ${formatPercentText(flag.threshold, IN_SENTENCES)}.`
      );
    case 'below-agreed-output':
      return (
        `Posted ${formatCountText(flag.posts, IN_SENTENCES)} times in ${flag.windowDays} days ` +
        `(${formatCountText(flag.postsPerWeek, IN_SENTENCES)} a week), below the agreed ${formatCountText(flag.agreedPostsPerWeek, IN_SENTENCES)} a week.`
      );
    case 'low-hook-retention':
      return (
        `Hook retention at 3 s is ${formatPercentText(flag.hookRetention, IN_SENTENCES)} over ${formatCountText(flag.videos, IN_SENTENCES)} videos, ` +
        `under ${formatPercentText(flag.threshold, IN_SENTENCES)}.`
      );
    case 'commission-ratio-out-of-range':
      return (
        `Commission plus flat fees (${money(flag.commission + flag.flatFees)}) are ${formatPercentText(flag.ratio, IN_SENTENCES)} ` +
        `of GMV (${money(flag.gmv)}), ${flag.direction} the expected ` +
        `${formatPercentText(flag.min, IN_SENTENCES)}–${formatPercentText(flag.max, IN_SENTENCES)}.`
      );
    case 'revenue-per-post-outlier':
      return (
        `Revenue per post ${money(flag.revenuePerPost)} is ${formatCountText(Number(flag.factor.toFixed(2)), IN_SENTENCES)}× ` +
        `the ${TIER_LABELS[flag.tier]} average of ${money(flag.tierAverage)} (${flag.peers} creators), ` +
        `${flag.direction} the ${formatCountText(flag.threshold, IN_SENTENCES)}× mark.`
      );
    case 'zombie':
      if (flag.lastPostDay === null) {
        const stretch = flag.daysInactive === null ? '' : ` for ${flag.daysInactive} days`;
        return `No content stored while in an active collaboration${stretch} (inactive after ${flag.thresholdDays}).`;
      }
      // Counted from the collaboration's start when it began after the last post.
      if (flag.daysInactive !== null && flag.daysSinceLastPost !== null && flag.daysInactive < flag.daysSinceLastPost) {
        return `No content in the ${flag.daysInactive} days since the active collaboration began (last post ${formatDayText(flag.lastPostDay)}; inactive after ${flag.thresholdDays}).`;
      }
      return (
        `No content for ${flag.daysInactive ?? flag.daysSinceLastPost} days (last post ${formatDayText(flag.lastPostDay)}) ` +
        `while in an active collaboration (inactive after ${flag.thresholdDays}).`
      );
  }
}
