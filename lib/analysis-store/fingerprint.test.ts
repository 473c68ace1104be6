import { fingerprintInSteps, fingerprintOf } from './fingerprint';

describe('fingerprintOf', () => {
  it('is the same for equal values, built apart', () => {
    const make = () => ({ a: 1, b: 'x', c: [1, 2, { d: null }], e: new Float64Array([1.5, -0]), f: undefined, g: true });
    expect(fingerprintOf(make())).toBe(fingerprintOf(make()));
    expect(fingerprintOf(make())).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintOf(structuredClone(make()))).toBe(fingerprintOf(make()));
  });

  it('reads a typed array wherever it lies in its buffer (a clone can give views at any byte offset)', () => {
    const bytes = new Uint8Array([1, 2, 3, 4, 5, 6, 7]);
    const shared = new Uint8Array(9);
    shared.set(bytes, 1);
    const offset = new Uint8Array(shared.buffer, 1, 7);
    expect(fingerprintOf({ nulls: offset })).toBe(fingerprintOf({ nulls: bytes }));
    shared[4] = 9;
    expect(fingerprintOf({ nulls: offset })).not.toBe(fingerprintOf({ nulls: bytes }));
  });

  it('differs for any change of a value, a key, a type or a length', () => {
    const base = { a: 1, b: 'x', c: [1, 2], e: new Float64Array([1.5]), n: null as unknown };
    const variants: unknown[] = [
      { ...base, a: 1.0000000001 },
      { ...base, a: '1' },
      { ...base, b: 'y' },
      { ...base, b: 'x ' },
      { ...base, c: [1, 2, 3] },
      { ...base, c: [2, 1] },
      { ...base, c: [[1, 2]] },
      { ...base, e: new Float64Array([1.25]) },
      { ...base, e: new Uint8Array([1]) },
      { ...base, e: [1.5] },
      { ...base, n: undefined },
      { ...base, n: 0 },
      { ...base, n: false },
      { ...base, extra: 1 },
      { a: 1, b: 'x', c: [1, 2], e: new Float64Array([1.5]) },
      { x: 1, b: 'x', c: [1, 2], e: new Float64Array([1.5]), n: null },
      [],
      {},
      '',
      0,
      -0,
      Number.NaN,
    ];
    const all = [base, ...variants].map(fingerprintOf);
    expect(new Set(all).size).toBe(all.length);
  });

  it('tells long strings apart by any character, in any script, and lone surrogates apart', () => {
    const long = 'Below the agreed 2 posts a week in each of the last 4 weeks';
    const texts = [
      long,
      `${long}.`,
      long.replace('2', '3'),
      long.toUpperCase(),
      `${long} — ส่งคืนแล้ว`,
      `${long} — ส่งคืนแล้ว!`,
      `${long} 😀`,
      `${long} 😁`,
      `${long} \uD800`,
      `${long} \uD801`,
      `${long} \uFFFD`,
      `${long}\u0000`,
    ];
    const all = texts.map(fingerprintOf);
    expect(new Set(all).size).toBe(all.length);
    expect(fingerprintOf(`${long} — ส่งคืนแล้ว`)).toBe(fingerprintOf(`${long} — ส่งคืน` + 'แล้ว'));
  });

  it('tells strings apart that differ only in where they split', () => {
    expect(fingerprintOf(['ab', 'c'])).not.toBe(fingerprintOf(['a', 'bc']));
    expect(fingerprintOf({ ab: 'c' })).not.toBe(fingerprintOf({ a: 'bc' }));
  });

  it('in steps gives the same digest, and pauses between steps', async () => {
    const columns = Array.from({ length: 40 }, (_, c) => ({ key: `k${c}`, values: Array.from({ length: 500 }, (_, i) => ({ i, c, text: `row ${i}` })) }));
    const values = [{ count: 500, columns }, [1, 'x', null, new Float64Array([1.5, -0])], 'plain', 7, null, undefined, { nested: { deeper: { deepest: [1, [2, [3]]] } } }];
    let pauses = 0;
    const pause = async () => void (pauses += 1);
    for (const value of values) expect(await fingerprintInSteps(value, pause)).toBe(fingerprintOf(value));
    // Every step as short as it can be: a pause after each value walked at depth 4.
    expect(await fingerprintInSteps(values[0], pause, 0)).toBe(fingerprintOf(values[0]));
    expect(pauses).toBeGreaterThan(1000);
  });
});

