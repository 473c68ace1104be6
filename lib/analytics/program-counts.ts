/**
 * How many creators need each kind of attention across the program: the Overview's counts
 * ("Across the program"). Computed from an analysis' lists, and saved with the Overview record of
 * the analysis cache (lib/analysis-store) so a saved Overview shows them before those lists are read.
 */
import type { ActionFlagKind } from './flags';
import type { Scorecard } from './scorecard';
import type { TierSuggestion } from './suggestions';
import type { ContentVelocity } from './velocity';

export interface ProgramCounts {
  /** Tier suggestions not dismissed. */
  suggestions: number;
  /** Creators below their agreed posting rate. */
  behindPace: number;
  /** Scorecards carrying each flag (a kind no card carries is absent). */
  flagged: Partial<Record<ActionFlagKind, number>>;
}

export function programCounts(view: {
  scorecards: readonly Scorecard[];
  suggestions: readonly TierSuggestion[];
  velocity: Pick<ContentVelocity, 'behindPace'>;
}): ProgramCounts {
  const flagged: Partial<Record<ActionFlagKind, number>> = {};
  for (const card of view.scorecards) {
    const flags = card.flags;
    for (let i = 0; i < flags.length; i++) {
      const kind = flags[i]!.kind;
      // A creator counts once per kind, however many flags of it the card has (a few: no list made per flag).
      let earlier = false;
      for (let j = 0; j < i && !earlier; j++) earlier = flags[j]!.kind === kind;
      if (!earlier) flagged[kind] = (flagged[kind] ?? 0) + 1;
    }
  }
  return {
    suggestions: view.suggestions.filter((s) => !s.dismissed).length,
    behindPace: view.velocity.behindPace.length,
    flagged,
  };
}
