/** Tier names as the seller reads them in lists and exports: `Tier 1`, `Prospect`. */
import type { SuggestionKind, Tier } from '../model/program';

export const TIER_NAMES: Record<Tier, string> = {
  prospect: 'Prospect',
  tier1: 'Tier 1',
  tier2: 'Tier 2',
  tier3: 'Tier 3',
};

/** Best first: the order tiers are listed in filters and summaries. */
export const TIERS_TOP_DOWN: readonly Tier[] = ['tier3', 'tier2', 'tier1', 'prospect'];

export function tierName(tier: Tier | null | undefined): string | null {
  return tier ? TIER_NAMES[tier] : null;
}

/** What accepting a suggestion would do, in a few words: `Promote to Tier 2`. */
export function suggestionHeadline(s: { kind: SuggestionKind; toTier: Tier }): string {
  switch (s.kind) {
    case 'initial':
      return s.toTier === 'prospect' ? 'Place as a prospect' : `Place in ${TIER_NAMES[s.toTier]}`;
    case 'promote':
      return `Promote to ${TIER_NAMES[s.toTier]}`;
    case 'demote':
      return `Move down to ${TIER_NAMES[s.toTier]}`;
    case 'deprioritise':
      return `Deprioritise (stay in ${TIER_NAMES[s.toTier]})`;
  }
}
