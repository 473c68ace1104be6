import { parseDay } from '../calendar/days';
import { indexProgram } from './program-index';
import { at, order, piece, q, qRange } from './test-helpers';
import { postsAndGmvInRange, windowMetrics } from './window-metrics';

describe('postsAndGmvInRange', () => {
  it('gives the posts and GMV windowMetrics gives, unknown GMV (null) included, with and without stored orders', () => {
    const content = [
      piece('id:a', '2026-11-17', { clicks: q(200), orders: q(4), gmv: q(10.1) }),
      piece('id:a', '2026-11-18', { gmv: q(0.2) }),
      piece('id:b', '2026-11-18', { gmv: qRange(1, 5) }),
      piece('id:c', '2026-11-19', { orders: q(2) }),
      piece('id:c', '2026-10-02', { gmv: q(7) }),
      piece('id:e', '2026-11-01', { gmv: q(0.1) }),
    ];
    const orders = [order('id:a', at(2026, 11, 17), 0.1), order('id:a', at(2026, 11, 18), 0.2), order('id:b', at(2026, 11, 18), null), order('id:d', at(2026, 11, 19), 3)];
    const ranges = [
      { from: parseDay('2026-11-16')!, to: parseDay('2026-11-22')! },
      { from: parseDay('2026-08-23')!, to: parseDay('2026-11-20')! },
      { from: parseDay('2026-11-21')!, to: parseDay('2026-11-30')! },
    ];
    let compared = 0;
    for (const index of [indexProgram({ content, orders }), indexProgram({ content })]) {
      for (const entry of index.entries) {
        for (const range of ranges) {
          const m = windowMetrics(entry, range, index);
          expect(postsAndGmvInRange(entry, index, range)).toEqual({ posts: m.posts, gmv: m.gmv });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
    // The cases the comparison must cover: an unknown GMV, a known one, none at all (content only).
    const contentOnly = indexProgram({ content });
    expect(postsAndGmvInRange(contentOnly.byKey.get('id:b')!, contentOnly, ranges[0]!)).toEqual({ posts: 1, gmv: null });
    expect(postsAndGmvInRange(contentOnly.byKey.get('id:c')!, contentOnly, ranges[0]!)).toEqual({ posts: 1, gmv: null });
    expect(postsAndGmvInRange(contentOnly.byKey.get('id:a')!, contentOnly, ranges[0]!).gmv).toBeCloseTo(10.3);
    expect(postsAndGmvInRange(contentOnly.byKey.get('id:a')!, contentOnly, ranges[2]!)).toEqual({ posts: 0, gmv: null });
  });
});
