/**
 * An agreed commission rate against the tier's band (playbook §3): Tier 1 is commission only,
 * 10–20% by default (settings). Tiers 2 and 3 pay "both higher": the playbook gives no band for
 * them, so a rate is only checked against Tier 1's lowest.
 */
import type { Tier } from '../model/program';

export interface CommissionBandSettings {
  tier1CommissionMin: number;
  tier1CommissionMax: number;
}

export type CommissionBandCheck =
  | { status: 'within' | 'below' | 'above'; tier: Tier; min: number; max: number | null }
  /** Prospects and creators without a tier have no band. */
  | { status: 'no-band'; tier: Tier | null };

export function checkCommissionBand(rate: number, tier: Tier | null, settings: CommissionBandSettings): CommissionBandCheck {
  const min = settings.tier1CommissionMin;
  if (tier === 'tier1') {
    const max = settings.tier1CommissionMax;
    return { status: rate < min ? 'below' : rate > max ? 'above' : 'within', tier, min, max };
  }
  if (tier === 'tier2' || tier === 'tier3') return { status: rate < min ? 'below' : 'within', tier, min, max: null };
  return { status: 'no-band', tier };
}
