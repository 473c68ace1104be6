import { DEFAULT_SETTINGS } from '../../lib/analytics/index';
import { at, creator, piece, program, q } from '../../lib/analytics/test-helpers';
import { ProgramAnalyser } from '../../lib/analytics/program-analyser';
import { DEFAULT_QUERY, listItems, queryFromParams, queryList } from './creator-list';

const asOf = at(2026, 11, 20);
const view = new ProgramAnalyser().analyse({
  data: {
    creators: [
      creator('id:1', { followers: q(45_000) }, { handleDisplay: 'Mia', displayName: 'Mia Chen' }),
      creator('id:2', { followers: q(250_000) }, { handleDisplay: 'Leo' }),
      creator('id:3', {}, { handleDisplay: 'Ada' }),
    ],
    content: [
      piece('id:1', '2026-11-18', { gmv: q(300), clicks: q(1000), orders: q(5) }),
      piece('id:2', '2026-11-17', { gmv: q(900), clicks: q(100), orders: q(4) }),
    ],
  },
  programs: [program('id:2', { acceptedTier: 'tier2', compliance: { flagged: true } })],
  settings: DEFAULT_SETTINGS,
  asOf,
  windowDays: 28,
});
const items = listItems(view);
const names = (query = {}) => queryList(items, { ...DEFAULT_QUERY, ...query }).map((i) => i.name);

describe('creators list', () => {
  it('sorts by GMV, unknowns last, either direction', () => {
    expect(names()).toEqual(['@Leo', '@Mia', '@Ada']);
    expect(names({ dir: 'asc' })).toEqual(['@Mia', '@Leo', '@Ada']);
    expect(names({ sort: 'conversionRate' })).toEqual(['@Leo', '@Mia', '@Ada']);
    expect(names({ sort: 'name', dir: 'asc' })).toEqual(['@Ada', '@Leo', '@Mia']);
    expect(names({ sort: 'followers', dir: 'asc' })).toEqual(['@Mia', '@Leo', '@Ada']);
  });

  it('filters by tier, flag and search', () => {
    expect(names({ tier: 'tier2' })).toEqual(['@Leo']);
    expect(names({ tier: 'tier1' })).toEqual(['@Mia']);
    expect(names({ tier: 'no-accepted' })).toEqual(['@Mia', '@Ada']);
    expect(names({ flag: 'compliance' })).toEqual(['@Leo']);
    expect(names({ flag: 'low-conversion' })).toEqual(['@Mia']);
    expect(names({ flag: 'suggestion' })).toEqual(['@Mia']);
    expect(names({ search: 'chen' })).toEqual(['@Mia']);
    expect(names({ search: '@le' })).toEqual(['@Leo']);
  });

  it('lists the flags and the open suggestion per creator', () => {
    const leo = items.find((i) => i.key === 'id:2');
    expect(leo?.flagLabels).toEqual(['Compliance flag']);
    expect(items.find((i) => i.key === 'id:1')?.suggestion?.toTier).toBe('tier1');
  });

  it('reads filters from a link, ignoring unknown values', () => {
    expect(queryFromParams(new URLSearchParams('flag=zombie&tier=tier1&q=mia'))).toEqual({ flag: 'zombie', tier: 'tier1', search: 'mia' });
    expect(queryFromParams(new URLSearchParams('flag=nope&tier=tier9'))).toEqual({});
  });

  it('sorts and filters 5,000 creators', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...items[i % 3]!, key: `k${i}`, name: `@c${i}`, searchText: `c${i}` }));
    const found = queryList(many, { ...DEFAULT_QUERY, search: 'c1' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((item) => item.name.startsWith('@c1'))).toBe(true);
    const sorted = queryList(many, { ...DEFAULT_QUERY, sort: 'name' });
    expect(sorted).toHaveLength(5000);
  });
});
