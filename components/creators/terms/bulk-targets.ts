/**
 * Who a bulk change of agreement terms applies to: the creators the list shows (a selection made by
 * tier, flag and search), or every creator the seller placed in one tier (their accepted tier, not
 * the follower band: terms are agreed with creators in the program) whatever the filters say.
 */
import type { Tier } from '../../../lib/model/program';
import { TIER_NAMES, TIERS_TOP_DOWN } from '../../../lib/format/tier';

export interface BulkTarget {
  id: 'shown' | Tier;
  label: string;
  creatorKeys: string[];
  /** The tier whose commission band the rate is checked against; null when the creators are mixed. */
  tier: Tier | null;
}

export function bulkTargets(
  all: readonly { key: string; tier: Tier | null }[],
  shown: readonly { key: string }[],
  shownTier: Tier | null,
): BulkTarget[] {
  const targets: BulkTarget[] = [{ id: 'shown', label: `The ${shown.length === 1 ? 'creator' : 'creators'} shown`, creatorKeys: shown.map((c) => c.key), tier: shownTier }];
  for (const tier of TIERS_TOP_DOWN) {
    const keys = all.filter((c) => c.tier === tier).map((c) => c.key);
    if (keys.length > 0) targets.push({ id: tier, label: `Everyone placed in ${TIER_NAMES[tier]}`, creatorKeys: keys, tier });
  }
  return targets;
}
