/** The three-tier model (playbook §3): follower bands, labels and each tier's compensation model. */
import type { Tier } from '../model/program';
import type { Quantity } from '../parse/quantity';
import { formatCountText } from '../format/number';
import type { AnalyticsSettings } from './settings';

export const TIER_LABELS: Record<Tier, string> = {
  prospect: 'Prospect',
  tier1: 'Tier 1 (nano/micro)',
  tier2: 'Tier 2 (mid-tier)',
  tier3: 'Tier 3 (top partner)',
};

/** The playbook's compensation model for each tier. */
export const TIER_COMPENSATION: Record<Tier, string> = {
  prospect: 'Not a tier yet: free product at most, no fees, while they show what they can do.',
  tier1: 'Commission only, 10–20%, plus free product.',
  tier2: 'Hybrid: a modest flat fee per content piece plus commission.',
  tier3: 'Flat fee plus commission, both higher; optionally an exclusivity window.',
};

const ORDER: readonly Tier[] = ['prospect', 'tier1', 'tier2', 'tier3'];

export function tierAbove(tier: Tier): Tier | null {
  return ORDER[ORDER.indexOf(tier) + 1] ?? null;
}

export function tierBelow(tier: Tier): Tier | null {
  const i = ORDER.indexOf(tier);
  return i > 0 ? (ORDER[i - 1] ?? null) : null;
}

/** The band an exact follower count falls in. */
export function tierForFollowerCount(followers: number, settings: AnalyticsSettings): Tier {
  if (followers >= settings.tier3MinFollowers) return 'tier3';
  if (followers >= settings.tier2MinFollowers) return 'tier2';
  if (followers >= settings.tier1MinFollowers) return 'tier1';
  return 'prospect';
}

/**
 * The follower band of a captured follower figure. A range decides only when both its bounds fall
 * in the same band (`10K-50K` is Tier 1; `50K-200K` is undecided); unknown is null.
 */
export function tierForFollowers(q: Quantity | null | undefined, settings: AnalyticsSettings): Tier | null {
  if (!q) return null;
  if (q.kind === 'exact') return tierForFollowerCount(q.value, settings);
  if (q.min === null) {
    // `<1K`: everything under the bound is one band only if the bound is inside the prospect band.
    return q.max !== null && q.max <= settings.tier1MinFollowers ? 'prospect' : null;
  }
  const low = tierForFollowerCount(q.min, settings);
  if (q.max === null) return low === 'tier3' ? 'tier3' : null;
  // A range's upper bound is inclusive as displayed (`10K-100K` reaches 100K, which is Tier 2).
  return tierForFollowerCount(q.max, settings) === low ? low : null;
}

/** `5K–100K`, `500K+`, `under 5K`. */
export function followerBandText(tier: Tier, settings: AnalyticsSettings): string {
  switch (tier) {
    case 'prospect':
      return `under ${formatCountText(settings.tier1MinFollowers, { compact: true })}`;
    case 'tier1':
      return `${formatCountText(settings.tier1MinFollowers, { compact: true })}–${formatCountText(settings.tier2MinFollowers, { compact: true })}`;
    case 'tier2':
      return `${formatCountText(settings.tier2MinFollowers, { compact: true })}–${formatCountText(settings.tier3MinFollowers, { compact: true })}`;
    case 'tier3':
      return `${formatCountText(settings.tier3MinFollowers, { compact: true })}+`;
  }
}

export interface RosterTarget {
  min: number;
  max: number;
}

/** Healthy-roster targets (active creators); prospects have none. */
export function rosterTarget(tier: Tier, settings: AnalyticsSettings): RosterTarget | null {
  switch (tier) {
    case 'tier1':
      return { min: settings.rosterTier1Min, max: settings.rosterTier1Max };
    case 'tier2':
      return { min: settings.rosterTier2Min, max: settings.rosterTier2Max };
    case 'tier3':
      return { min: settings.rosterTier3Min, max: settings.rosterTier3Max };
    case 'prospect':
      return null;
  }
}
