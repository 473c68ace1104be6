import { addCell, F, FIELDS, type RollupRecord, type RollupTotals } from './fields';
import {
  addFields,
  addSharedFields,
  bitCount,
  fieldMask,
  packAll,
  packBlock,
  packTotals,
  putCell,
  placeRecordCells,
  TOTALS_BLOCK,
  unpackBlock,
  unpackTotals,
  type RollupBlock,
} from './blocks';

function record(creatorKey: string, currency: string, days: number[], postProducts: (string | number)[] = [], orderProducts: (string | number)[] = []): RollupRecord {
  const values = new Float64Array(days.length * FIELDS);
  days.forEach((day, i) => {
    values[i * FIELDS + F.POSTS] = i + 1;
    values[i * FIELDS + F.AMOUNT] = 1234.5 + day;
  });
  return { creatorKey, currency, period: 640, days: Int32Array.from(days), values, postProducts, orderProducts };
}

const plain = (r: RollupRecord) => ({
  creatorKey: r.creatorKey,
  currency: r.currency,
  period: r.period,
  days: [...r.days],
  values: [...r.values],
  postProducts: [...r.postProducts],
  orderProducts: [...r.orderProducts],
});

const records = [
  record('id:1', '', [20480, 20490], [20480, '1729', 2, 20490, 'p\n"2', 1]),
  record('id:2', 'USD', [20481], [], [20481, '1729', 3, 12.5, 0, 20481, 'other', 1, 0, 1]),
  record('h:ana', '', []),
];

describe('rollup blocks', () => {
  it('give back the records packed, products by id whatever characters they hold', () => {
    const block = packBlock(640, records);
    expect(unpackBlock(block, 640)!.map(plain)).toEqual(records.map(plain));
    expect(JSON.parse(block.products)).toEqual(['1729', 'p\n"2', 'other']);
  });

  it('keep every figure exactly, whole or not, without storing the zeros', () => {
    const odd = record('id:9', '', [20482, 20483]);
    odd.values.set([-0, 2 ** 31, -(2 ** 31), 0.1, NaN, Infinity, 2 ** 53, -3], 0);
    const block = packBlock(640, [odd]);
    expect(block.values.length).toBe(odd.values.filter((v) => v !== 0).length);
    expect([...unpackBlock(block, 640)![0]!.values]).toEqual([...odd.values].map((v) => (v === 0 ? 0 : v)));
  });

  it('point each record\'s rows at its cells in the block, or add them up in the row of a shared day, as addCell adds', () => {
    const seen = 1_764_000_000_123;
    const a = record('id:1', '', [20480, 20481]);
    a.values[F.PIECES_SEEN] = seen;
    a.values[F.RET_SUM] = 0.25;
    const b = record('id:1', 'USD', [20480]);
    b.values[F.PIECES_SEEN] = seen + 5;
    b.values[F.LINES] = 3;
    const [packedA, packedB] = unpackBlock(packBlock(640, [a, b]), 640)!;
    // Each record's cells' fields that are not 0: a's 6 values, then b's 4.
    expect([packedA!.valueFrom, packedB!.valueFrom, packedB!.block.values.length]).toEqual([0, 6, 10]);
    // Day 0 of the period (20480) is shared, day 1 only a's: rows 0 and 1.
    const rowOf = Int32Array.from([0, 1]);
    const fields = new Int32Array(2);
    const starts = new Int32Array(2);
    addSharedFields(packedA!, 0b11, 0b01, rowOf, fields);
    addSharedFields(packedB!, 0b01, 0b01, rowOf, fields);
    expect(fields[0]).toBe(fieldMask(a.values, 0) | fieldMask(b.values, 0));
    // Day 0's row is in an array of its own (source 0), from 2 on; the block is source 1.
    const sources = new Uint16Array(2);
    const shared = new Float64Array(2 + bitCount(fields[0]!));
    starts[0] = 2;
    placeRecordCells(packedA!, 0b11, 0b01, rowOf, { fields, starts, sources }, 1, shared);
    placeRecordCells(packedB!, 0b01, 0b01, rowOf, { fields, starts, sources }, 1, shared);
    // Day 1 points at a's second cell in the block: after its first cell's values.
    expect([fields[1], sources[1], starts[1]]).toEqual([fieldMask(a.values, FIELDS), 1, bitCount(fieldMask(a.values, 0))]);
    const arrays = [shared, packedA!.block.values];
    const rowOfDay = (row: number) => {
      const cell = new Float64Array(FIELDS);
      addFields(cell, 0, fields[row]!, arrays[sources[row]!]!, starts[row]!);
      return [...cell];
    };
    const merged = new Float64Array(FIELDS);
    addCell(merged, 0, a.values, 0);
    addCell(merged, 0, b.values, 0);
    expect(rowOfDay(0)).toEqual([...merged]);
    expect(rowOfDay(0)[F.PIECES_SEEN]).toBe(seen + 5); // the larger, not the sum
    expect(rowOfDay(1)).toEqual([...a.values.subarray(FIELDS)]);
    // Plain cells the same way.
    const plain = new Float64Array(bitCount(fields[0]!));
    putCell(plain, 0, fields[0]!, a.values, 0, fieldMask(a.values, 0), true);
    putCell(plain, 0, fields[0]!, b.values, 0, fieldMask(b.values, 0), true);
    expect([...plain]).toEqual([...shared.subarray(starts[0]!, starts[0]! + plain.length)]);
    const alone = new Float64Array(bitCount(fieldMask(b.values, 0)));
    putCell(alone, 0, fieldMask(b.values, 0), b.values, 0, fieldMask(b.values, 0), false);
    expect([...alone]).toEqual([...b.values.subarray(0, FIELDS)].filter((v) => v !== 0));
  });

  it('find a record\'s first post of a product in a span of days where it is, as its unpacked products say', () => {
    const posted = record('id:1', '', [20480, 20483, 20490], [20490, 'p1', 1, 20480, 'p1', 2, 20483, 'p2', 1, 20483, 'p1', 1]);
    const other = record('id:2', '', [20481], [20481, 'p3', 1]);
    const [packed] = unpackBlock(packBlock(640, [posted, other]), 640)!;
    const byHand = (productId: string, from: number, before: number) => {
      let first = before;
      for (let i = 0; i < posted.postProducts.length; i += 3) {
        const day = posted.postProducts[i] as number;
        if (day >= from && day < first && posted.postProducts[i + 1] === productId) first = day;
      }
      return first;
    };
    for (const [productId, from, before] of [['p1', 20480, 99_999], ['p1', 20481, 99_999], ['p1', 20481, 20483], ['p2', 20480, 99_999], ['p3', 20480, 99_999], ['none', 20480, 99_999]] as const) {
      expect(packed!.firstPostDayOf(productId, from, before)).toBe(byHand(productId, from, before));
    }
    expect(packed!.firstPostDayOf('p1', 20481, 99_999)).toBe(20483);
    expect(packed!.firstPostDayOf('p3', 20480, 99_999)).toBe(99_999); // another record's product
  });

  it('hold no record at all when the period has none', () => {
    expect(unpackBlock(packBlock(640, []), 640)).toEqual([]);
  });

  it('are refused when damaged or of another period, never read as garbage', () => {
    const block = packBlock(640, records);
    const damaged: Partial<RollupBlock>[] = [
      { starts: Int32Array.from([0, 2, 9, 3]) },
      { starts: Int32Array.from([0, 2, 1, 3]) },
      { values: new Float64Array(2) },
      { values: [1, 2] as unknown as Float64Array },
      { masks: new Int32Array(3) },
      { masks: Int32Array.from([1 << 30, 1, 1]) },
      { post: Float64Array.from([20480, 7, 1]), postStarts: Int32Array.from([0, 3, 3, 3]) },
      { order: new Float64Array(4) },
      { keys: '[["id:1",""]]' },
      { keys: '[["id:1",""],["id:2",3],["h:ana",""]]' },
      { keys: 'not json' },
      { products: '[1]' },
      { days: [1, 2, 3] as unknown as Int32Array },
    ];
    for (const change of damaged) expect(unpackBlock({ ...block, ...change }, 640)).toBeNull();
    expect(unpackBlock(block, 641)).toBeNull();
    expect(unpackBlock(null, 640)).toBeNull();
    expect(unpackBlock('block', 640)).toBeNull();
  });

  it('keep the totals and the periods they cover; a damaged totals block is refused', () => {
    const totals: RollupTotals[] = [
      { creatorKey: 'id:1', currency: '', datedPieces: 2, undatedPieces: 1, lines: 0, gmvCurrencies: { USD: 3 }, lastPostDays: { 640: 20490 } },
      { creatorKey: 'id:2', currency: 'USD', datedPieces: 0, undatedPieces: 0, lines: 4, gmvCurrencies: {} },
    ];
    const block = packTotals(totals, [641, 640, 641]);
    expect(unpackTotals(block)).toEqual({ totals, periods: Int32Array.from([640, 641]) });
    expect(unpackTotals({ ...block, totals: '[{"creatorKey":"id:1"}]' })).toBeNull();
    expect(unpackTotals({ ...block, periods: [640] })).toBeNull();
    expect(unpackTotals({ ...block, period: 640 })).toBeNull();
    expect(unpackTotals(undefined)).toBeNull();
  });

  it('are packed one per period, with the totals block listing those periods', () => {
    const blocks = packAll([...records, { ...record('id:3', '', [20513]), period: 641 }], []);
    expect(blocks.map((b) => b.period)).toEqual([640, 641, TOTALS_BLOCK]);
    expect(unpackTotals(blocks[2])!.periods).toEqual(Int32Array.from([640, 641]));
  });
});
