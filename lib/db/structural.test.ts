import { sameApartFromTimes, structurallyEqual } from './structural';

describe('structural equality of stored records', () => {
  it('compares nested objects and arrays by value, a key holding undefined as absent', () => {
    expect(structurallyEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(structurallyEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(structurallyEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(structurallyEqual({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(structurallyEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(structurallyEqual({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(structurallyEqual({ a: { b: 1 } }, { a: { b: 1, c: 2 } })).toBe(false);
    expect(structurallyEqual(Number.NaN, Number.NaN)).toBe(true);
  });

  it('leaves out lastSeen and updatedAt at the top level only', () => {
    const base = { key: 'k', lastSeen: 1, updatedAt: 1, metrics: { views: { lastSeen: 1 } } };
    expect(sameApartFromTimes(base, { ...base, lastSeen: 2, updatedAt: 3 })).toBe(true);
    expect(sameApartFromTimes(base, { ...base, metrics: { views: { lastSeen: 2 } } })).toBe(false);
    expect(sameApartFromTimes(base, { ...base, key: 'other' })).toBe(false);
    expect(sameApartFromTimes({ ...base, extra: 1 } as typeof base, base)).toBe(false);
  });
});
