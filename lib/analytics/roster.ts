/**
 * Roster health (playbook §3): active creators per tier against the healthy-roster targets.
 * A creator's tier is the accepted one, else the follower band; active means at least one post in
 * the last `zombieAfterDays` days (the playbook's inactivity rule, §4).
 */
import type { Tier } from '../model/program';
import { localDayOfTimestamp } from '../calendar/days';
import type { ProgramIndex } from './program-index-model';
import type { AnalysisOptions } from './scorecard';
import { rosterTarget, tierForFollowers, type RosterTarget } from './tiers';
import { lastPostDayOnOrBefore } from './window-metrics';

export interface RosterTierHealth {
  tier: Tier;
  /** Creators placed in the tier (accepted, or by followers when none is accepted). */
  creators: number;
  /** Of those, how many are placed by an accepted tier. */
  accepted: number;
  active: number;
  target: RosterTarget | null;
  /** Active count against the target; null for prospects. */
  status: 'below' | 'within' | 'above' | null;
}

export interface RosterHealth {
  tiers: RosterTierHealth[];
  /** Creators with no accepted tier and no usable follower figure. */
  unplaced: number;
  unplacedActive: number;
}

export function rosterHealth(index: ProgramIndex, options: AnalysisOptions): RosterHealth {
  const { settings } = options;
  const asOfDay = localDayOfTimestamp(options.asOf);
  const rows = new Map<Tier, RosterTierHealth>();
  for (const tier of ['tier1', 'tier2', 'tier3', 'prospect'] as const) {
    const target = rosterTarget(tier, settings);
    rows.set(tier, { tier, creators: 0, accepted: 0, active: 0, target, status: null });
  }
  let unplaced = 0;
  let unplacedActive = 0;
  for (const entry of index.entries) {
    const accepted = entry.program?.acceptedTier ?? null;
    const tier = accepted ?? tierForFollowers(entry.followersQuantity, settings);
    const lastPost = lastPostDayOnOrBefore(entry, index, asOfDay);
    const active = lastPost !== null && asOfDay - lastPost < settings.zombieAfterDays;
    if (tier === null) {
      unplaced++;
      if (active) unplacedActive++;
      continue;
    }
    const row = rows.get(tier)!;
    row.creators++;
    if (accepted) row.accepted++;
    if (active) row.active++;
  }
  for (const row of rows.values()) {
    if (!row.target) continue;
    row.status = row.active < row.target.min ? 'below' : row.active > row.target.max ? 'above' : 'within';
  }
  return { tiers: [...rows.values()], unplaced, unplacedActive };
}
