import { creatorHref, creatorsHref, parseRoute, printHref } from './route';
import { resolveView } from './views';

describe('routes', () => {
  it('parses view, path and params', () => {
    expect(parseRoute('#creators/id%3A7234?x=1')).toMatchObject({ viewId: 'creators', path: ['id:7234'] });
    expect(parseRoute('#creators/id%3A7234?x=1').params.get('x')).toBe('1');
    expect(parseRoute('#/Overview').viewId).toBe('overview');
    expect(parseRoute('').viewId).toBe('');
  });
  it('round-trips creator keys with any character', () => {
    for (const key of ['id:7234', 'h:mia.k_b', 'h:a/b?c#d']) {
      expect(parseRoute(creatorHref(key)).path).toEqual([key]);
      expect(parseRoute(printHref(key, 90)).path).toEqual([key]);
    }
    expect(parseRoute(printHref('id:1', 90)).params.get('w')).toBe('90');
    expect(creatorsHref({ flag: 'zombie' })).toBe('#creators?flag=zombie');
  });
  it('resolves views, defaulting to the overview', () => {
    expect(resolveView('#creators/id%3A1').id).toBe('creators');
    expect(resolveView('#spark-ads').id).toBe('spark-ads');
    expect(resolveView('#nope').id).toBe('overview');
  });
});
