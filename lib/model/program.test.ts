import { acceptTier, dismissSuggestion, emptyCreatorProgram } from './program';

describe('creator program records', () => {
  it('records accepted tiers with their history, without mutating', () => {
    const empty = emptyCreatorProgram('id:1', 1);
    const tier1 = acceptTier(empty, 'tier1', 10);
    const tier2 = acceptTier(tier1, 'tier2', 20);
    expect(empty.acceptedTier).toBeNull();
    expect(tier1.tierHistory).toEqual([{ tier: 'tier1', at: 10, by: 'seller' }]);
    expect(tier2.acceptedTier).toBe('tier2');
    expect(tier2.tierHistory).toEqual([
      { tier: 'tier1', at: 10, by: 'seller' },
      { tier: 'tier2', at: 20, by: 'seller' },
    ]);
    expect(tier2.updatedAt).toBe(20);
  });

  it('records dismissed suggestions', () => {
    const p = dismissSuggestion(emptyCreatorProgram('id:1', 1), { kind: 'promote', fromTier: 'tier1', toTier: 'tier2' }, 30);
    expect(p.dismissedSuggestions).toEqual([{ kind: 'promote', fromTier: 'tier1', toTier: 'tier2', at: 30 }]);
    expect(p.acceptedTier).toBeNull();
  });
});
