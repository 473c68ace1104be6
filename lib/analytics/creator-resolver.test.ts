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
