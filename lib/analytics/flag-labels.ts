/**
 * Short names for action flags, for table chips, filters and the export's Flags column. The full
 * sentence with the numbers is `describeFlag` in lib/analytics.
 */
import type { ActionFlag, ActionFlagKind } from './flags';

/** The seller's own compliance flag (set in the creator view), listed with the computed flags. */
export const COMPLIANCE_FLAG_LABEL = 'Compliance flag';

export const FLAG_KIND_LABELS: Record<ActionFlagKind, string> = {
  'low-conversion': 'Low conversion',
  'below-agreed-output': 'Behind agreed output',
  'low-hook-retention': 'Weak hook',
  'commission-ratio-out-of-range': 'Commission ratio out of range',
  'revenue-per-post-outlier': 'Revenue per post outlier',
  zombie: 'Inactive (zombie)',
};

export const FLAG_KINDS: readonly ActionFlagKind[] = [
  'zombie',
  'below-agreed-output',
  'low-conversion',
  'low-hook-retention',
  'commission-ratio-out-of-range',
  'revenue-per-post-outlier',
];

/** One flag's short name; outliers and ratios say which way. */
export function flagLabel(flag: ActionFlag): string {
  switch (flag.kind) {
    case 'commission-ratio-out-of-range':
      return flag.direction === 'above' ? 'Commission ratio high' : 'Commission ratio low';
    case 'revenue-per-post-outlier':
      return flag.direction === 'above' ? 'Revenue per post high' : 'Revenue per post low';
    default:
      return FLAG_KIND_LABELS[flag.kind];
  }
}

/** A flag's name in a few characters, for chips beside a name in a narrow panel (the full name goes in its title). */
export function flagChipLabel(flag: ActionFlag): string {
  switch (flag.kind) {
    case 'zombie':
      return 'Zombie';
    case 'below-agreed-output':
      return 'Behind pace';
    case 'low-conversion':
      return 'Low conversion';
    case 'low-hook-retention':
      return 'Weak hook';
    case 'commission-ratio-out-of-range':
      return flag.direction === 'above' ? 'Commission high' : 'Commission low';
    case 'revenue-per-post-outlier':
      return flag.direction === 'above' ? 'Top per post' : 'Low per post';
  }
}

/** Chips for every flag on a scorecard, in the order of `scorecardFlagLabels`. */
export function scorecardFlagChips(card: { flags: readonly ActionFlag[]; complianceFlagged: boolean }): string[] {
  const chips = card.flags.map(flagChipLabel);
  if (card.complianceFlagged) chips.push('Compliance');
  return chips;
}

/** Every flag on a scorecard, computed ones first, then the seller's compliance flag. */
export function scorecardFlagLabels(card: { flags: readonly ActionFlag[]; complianceFlagged: boolean }): string[] {
  const labels = card.flags.map(flagLabel);
  if (card.complianceFlagged) labels.push(COMPLIANCE_FLAG_LABEL);
  return labels;
}
