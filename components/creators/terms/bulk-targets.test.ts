import { bulkTargets } from './bulk-targets';

describe('bulk terms targets', () => {
  const all = [
    { key: 'a', tier: 'tier1' as const },
    { key: 'b', tier: 'tier1' as const },
    { key: 'c', tier: 'tier2' as const },
    { key: 'd', tier: null },
  ];

  it('offers the creators shown first, then every tier that has creators, best tier first', () => {
    const targets = bulkTargets(all, [{ key: 'b' }, { key: 'd' }], null);
    expect(targets.map((t) => [t.id, t.label, t.creatorKeys, t.tier])).toEqual([
      ['shown', 'The creators shown', ['b', 'd'], null],
      ['tier2', 'Everyone placed in Tier 2', ['c'], 'tier2'],
      ['tier1', 'Everyone placed in Tier 1', ['a', 'b'], 'tier1'],
    ]);
  });

  it('a whole tier ignores the search and flag filters; the shown set keeps the filtered tier for the band check', () => {
    const targets = bulkTargets(all, [{ key: 'a' }], 'tier1');
    expect(targets[0]).toMatchObject({ label: 'The creator shown', creatorKeys: ['a'], tier: 'tier1' });
    expect(targets.find((t) => t.id === 'tier1')?.creatorKeys).toEqual(['a', 'b']);
  });

  it('creators without a tier are only ever reached through the list', () => {
    expect(bulkTargets([{ key: 'd', tier: null }], [], null).map((t) => t.id)).toEqual(['shown']);
  });
});
