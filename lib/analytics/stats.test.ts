import fc from 'fast-check';
import { kthLargest, sortSmall } from './stats';

const bySorting = (values: readonly number[], k: number) => Float64Array.from(values).sort()[values.length - k]!;

describe('kthLargest', () => {
  it('is the value a sorted copy has k places from its end', () => {
    expect(kthLargest([3, 1, 2], 1)).toBe(3);
    expect(kthLargest([3, 1, 2], 3)).toBe(1);
    expect(kthLargest([0.5, 0.25, 0.5, 0.1, 0.5], 2)).toBe(0.5);
    expect(kthLargest([0.5, 0.25, 0.5, 0.1, 0.5], 4)).toBe(0.25);
    expect(kthLargest([0, 0, 0], 2)).toBe(0);
  });

  it('equals sorting for any values (duplicates included) and any k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }).map((n) => n / 8), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (values, seed) => {
          const k = 1 + (seed % values.length);
          expect(Object.is(kthLargest(values, k), bySorting(values, k)) || kthLargest(values, k) === bySorting(values, k)).toBe(true);
        },
      ),
    );
  });
});

describe('sortSmall', () => {
  it('orders as Array.prototype.sort does, keeping equal items in their order (short and long lists)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), at: fc.nat() }), { maxLength: 30 }), (items) => {
        const byKey = (a: { key: number }, b: { key: number }) => b.key - a.key;
        const expected = [...items].sort(byKey);
        const list = [...items];
        expect(sortSmall(list, byKey)).toBe(list);
        expect(list).toEqual(expected);
        list.forEach((item, i) => expect(item).toBe(expected[i]));
      }),
    );
  });
});
