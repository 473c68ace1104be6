import { emptyRecord } from './empty-record';

describe('emptyRecord', () => {
  it('is a plain empty object, like {}', () => {
    const record = emptyRecord<Record<string, number>>();
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(record.constructor).toBe(Object);
    expect(Object.keys(record)).toEqual([]);
    expect(record).toStrictEqual({});
  });

  it('keeps the properties in the order added, and clones and serializes as {} does', () => {
    const record = emptyRecord<Record<string, unknown>>();
    record.gmv = 1;
    record.orders = { kind: 'line-items' };
    record.clicks = null;
    const literal = { gmv: 1, orders: { kind: 'line-items' }, clicks: null };
    expect(Object.keys(record)).toEqual(['gmv', 'orders', 'clicks']);
    expect(record).toStrictEqual(literal);
    expect(structuredClone(record)).toStrictEqual(literal);
    expect(JSON.stringify(record)).toBe(JSON.stringify(literal));
    expect(Object.prototype.toString.call(record)).toBe('[object Object]');
  });

  it('gives a new object every time', () => {
    const a = emptyRecord<Record<string, number>>();
    a.x = 1;
    expect(emptyRecord()).toStrictEqual({});
  });
});
