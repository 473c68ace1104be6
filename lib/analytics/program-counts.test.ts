import type { ActionFlagKind } from './flags';
import { programCounts } from './program-counts';
import type { Scorecard } from './scorecard';
import type { TierSuggestion } from './suggestions';

const card = (...kinds: ActionFlagKind[]) => ({ flags: kinds.map((kind) => ({ kind })) }) as unknown as Scorecard;

describe('programCounts', () => {
  it('counts each creator once per flag kind, suggestions not dismissed and creators behind pace', () => {
    const counts = programCounts({
      scorecards: [card('zombie', 'low-conversion', 'low-conversion'), card('low-conversion'), card()],
      suggestions: [{ dismissed: false }, { dismissed: true }] as TierSuggestion[],
      velocity: { behindPace: [{}, {}] as never },
    });
    expect(counts).toEqual({ suggestions: 1, behindPace: 2, flagged: { zombie: 1, 'low-conversion': 2 } });
  });
});
