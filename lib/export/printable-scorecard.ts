/**
 * What the one-page printable scorecard shows, as plain text: the view only lays it out. Human
 * formats (`$1,234`, `3.4%`), unknown as `—`, the flags with their numbers and the playbook's action.
 */
import { FLAG_ACTIONS, describeFlag, type Scorecard, type TierSuggestion } from '../analytics/index';
import { formatDayText } from '../format/day';
import { flagLabel } from '../analytics/flag-labels';
import { alternativeTexts } from '../analytics/metric-source-text';
import { scorecardFigures } from '../analytics/scorecard-figures';
import { suggestionHeadline, tierName } from '../format/tier';

export interface PrintableMetric {
  label: string;
  value: string;
  /** Where the figure comes from (source, period, capture time), or why it is unknown. */
  source?: string;
}

export interface PrintableScorecard {
  /** `@handle`, or the display name, or the key. */
  title: string;
  displayName: string | null;
  creatorId: string | null;
  /** `Last 28 days, Oct 24 – Nov 20, 2026`. */
  windowText: string;
  tier: string;
  suggestion: { headline: string; reason: string; compensation: string } | null;
  metrics: PrintableMetric[];
  /** When sources disagree for the window: the other figures. */
  disagreements: string[];
  flags: { label: string; description: string; action: string }[];
  compliance: { flagged: boolean; note: string | null };
  notes: string | null;
}

export interface PrintableInput {
  card: Scorecard;
  suggestion: TierSuggestion | null;
  creatorId?: string | null;
  handleDisplay?: string | null;
  complianceNote?: string | null;
  notes?: string | null;
}

export function printableScorecard(input: PrintableInput): PrintableScorecard {
  const { card, suggestion } = input;
  const handle = input.handleDisplay?.replace(/^@+/, '') || card.handle;
  const year = Number(card.window.to.slice(0, 4));
  const metrics: PrintableMetric[] = scorecardFigures(card).map((f) => ({
    label: f.hint ? `${f.label} (${f.hint})` : f.label,
    value: f.value.text,
    ...(f.source ? { source: f.source } : {}),
  }));

  return {
    title: handle ? `@${handle}` : (card.displayName ?? card.creatorKey),
    displayName: card.displayName,
    creatorId: input.creatorId ?? null,
    windowText: `Last ${card.window.days} days, ${formatDayText(card.window.from, year)} – ${formatDayText(card.window.to)}`,
    tier: tierName(card.acceptedTier) ?? 'No tier accepted yet',
    suggestion: suggestion
      ? { headline: suggestionHeadline(suggestion), reason: suggestion.reason, compensation: suggestion.compensation }
      : null,
    metrics,
    disagreements: alternativeTexts(card),
    flags: card.flags.map((flag) => ({
      label: flagLabel(flag),
      description: describeFlag(flag, card.currency),
      action: FLAG_ACTIONS[flag.kind],
    })),
    compliance: { flagged: card.complianceFlagged, note: input.complianceNote?.trim() || null },
    notes: input.notes?.trim() || null,
  };
}
