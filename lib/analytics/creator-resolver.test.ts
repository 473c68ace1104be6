import { CreatorResolver } from './creator-resolver';
import { creator } from './test-helpers';

describe('CreatorResolver.ofRollupKey', () => {
  it('gives the entry resolve gives for the key, making the same entries', () => {
    const creators = [creator('id:1', {}, { handle: 'mia' }), creator('id:2', {}, { handle: 'Jo' })];
    const keys = ['id:1', 'h:mia', 'h:jo', 'id:3', 'h:new', 'id:3', 'h:new', '', 'id:2', 'h:mia'];
    const byRollupKey = new CreatorResolver(creators);
    const byResolve = new CreatorResolver(creators);
    for (const key of keys) {
      const entry = byRollupKey.ofRollupKey(key);
      const expected = key === '' ? null : byResolve.resolve(key, undefined);
      expect(entry?.key ?? null).toBe(expected?.key ?? null);
      expect(byRollupKey.ofRollupKey(key)).toBe(entry);
    }
    expect([...byRollupKey.byKey.keys()]).toEqual([...byResolve.byKey.keys()]);
    expect(byRollupKey.ofRollupKey('h:mia')).toBe(byRollupKey.byKey.get('id:1'));
    expect([...byRollupKey.byKey.keys()]).toEqual(['id:1', 'id:2', 'id:3', 'h:new']);
  });
});

describe('CreatorResolver.find by handle alone', () => {
  it('gives the same entry for every spelling of a handle, also once asked before, and after entries are made', () => {
    const resolver = new CreatorResolver([creator('id:1', {}, { handle: 'mia' })]);
    const mia = resolver.byKey.get('id:1')!;
    expect(resolver.find(undefined, '@Mia')).toBe(mia);
    expect(resolver.find(undefined, '@Mia')).toBe(mia);
    expect(resolver.find(undefined, 'mia ')).toBe(mia);
    expect(resolver.find(undefined, 'jo')).toBeUndefined();
    const jo = resolver.resolve(undefined, 'jo')!;
    expect(jo.key).toBe('h:jo');
    expect(resolver.find(undefined, 'jo')).toBe(jo);
    expect(resolver.find(undefined, '@JO')).toBe(jo);
    // A key wins over the handle; an unknown key is made, not matched by its handle.
    expect(resolver.find('id:2', 'mia')).toBe(mia);
    expect(resolver.resolve('id:3', undefined)!.key).toBe('id:3');
    expect(resolver.find(undefined, '')).toBeNull();
  });
});
