/**
 * Open → target (issue 13, playbook §2–3): creators who came through an open collaboration (they
 * joined an open plan and are in no target collaboration) and convert above the program's median
 * with enough clicks are worth a target invitation of their own. The suggestion carries a commission
 * from the Tier 1 band and the numbers that triggered it; the seller accepts or dismisses it like a
 * tier suggestion (a dismissed one stays hidden until the conversion figures change).
 */
import type { Scorecard } from '../analytics/scorecard';
import type { ProgramIndex } from '../analytics/program-index-model';
import { median } from '../analytics/stats';
import { formatCountText, formatPercentText } from '../format/number';
import type { CreatorProgram } from '../model/program';

export interface TargetSuggestion {
  creatorKey: string;
  /** One sentence with the numbers. */
  reason: string;
  conversionRate: number;
  clicks: number;
  programMedian: number;
  /** Creators behind the median. */
  peers: number;
  /** The open collaboration's rate, when known. */
  openRate: number | null;
  /** Commission to offer (fraction), within the Tier 1 band. */
  suggestedRate: number;
  dismissed: boolean;
  /** The seller accepted it (an invitation is planned). */
  accepted: boolean;
}

export interface OpenToTargetSettings {
  openToTargetMinClicks: number;
  tier1CommissionMin: number;
  tier1CommissionMax: number;
}

/** The decision the seller took on a target suggestion, kept on the program record. */
export function targetDecision(program: CreatorProgram | null): CreatorProgram['targetInvite'] | null {
  return program?.targetInvite ?? null;
}

/**
 * `suggestion` with the seller's decision on `program` (a dismissed one stays hidden only while its
 * conversion figures are the ones dismissed); also applied to a saved suggestion as decisions come in.
 */
export function withTargetDecision(suggestion: TargetSuggestion, program: CreatorProgram | null): TargetSuggestion {
  const decision = targetDecision(program);
  const sameFigures = decision?.conversionRate === suggestion.conversionRate;
  return { ...suggestion, dismissed: decision?.status === 'dismissed' && sameFigures, accepted: decision?.status === 'accepted' };
}

export function openToTargetSuggestions(index: ProgramIndex, scorecards: readonly Scorecard[], settings: OpenToTargetSettings): TargetSuggestion[] {
  const eligible = scorecards.filter((c) => c.conversionRate !== null && c.clicks !== null && c.clicks >= settings.openToTargetMinClicks);
  const mid = median(eligible.map((c) => c.conversionRate!));
  if (mid === null) return [];
  const result: TargetSuggestion[] = [];
  for (const card of eligible) {
    if (!(card.conversionRate! > mid)) continue;
    const entry = index.byKey.get(card.creatorKey);
    if (!entry) continue;
    const open = entry.collaborations.filter((c) => c.kind === 'open');
    if (open.length === 0 || entry.collaborations.some((c) => c.kind === 'target' && c.status !== 'canceled' && c.status !== 'expired')) continue;
    const openRate = open.reduce<number | null>((best, c) => (c.commissionRate !== null && (best === null || c.commissionRate > best) ? c.commissionRate : best), null);
    const band = { min: settings.tier1CommissionMin, max: settings.tier1CommissionMax };
    // Better than the open plan, within the band: at least its midpoint, more when the open rate is higher.
    const suggestedRate = Math.min(band.max, Math.max(band.min, (band.min + band.max) / 2, openRate ?? 0));
    const suggestion: TargetSuggestion = {
      creatorKey: card.creatorKey,
      reason:
        `Came through open collaboration${openRate !== null ? ` at ${formatPercentText(openRate)}` : ''} and converts ${formatPercentText(card.conversionRate!)} ` +
        `on ${formatCountText(card.clicks!)} clicks, above the program median of ${formatPercentText(mid)} (${eligible.length} creators with ` +
        `${formatCountText(settings.openToTargetMinClicks)}+ clicks): invite to a target collaboration at ${formatPercentText(suggestedRate)}.`,
      conversionRate: card.conversionRate!,
      clicks: card.clicks!,
      programMedian: mid,
      peers: eligible.length,
      openRate,
      suggestedRate,
      dismissed: false,
      accepted: false,
    };
    result.push(withTargetDecision(suggestion, entry.program));
  }
  return result.sort((a, b) => b.conversionRate - a.conversionRate || (a.creatorKey < b.creatorKey ? -1 : 1));
}
