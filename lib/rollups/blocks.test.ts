import { addCell, F, FIELDS, type RollupRecord, type RollupTotals } from './fields';
import {
  addFields,
  bitCount,
  fieldMask,
  packAll,
  packBlock,
  packTotals,
  putCell,
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

  it('keep each record\'s cells without their zeros, which a row adds up as addCell adds (the maximum of a maximum)', () => {
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
    const { masks, values } = packedA!.block;
    // Rows 0 and 1 are a's, row 2 b's: each mask is its cell's fieldMask, its values follow the row before's.
    expect([...masks]).toEqual([fieldMask(a.values, 0), fieldMask(a.values, FIELDS), fieldMask(b.values, 0)]);
    const sum = new Float64Array(FIELDS);
    addFields(sum, 0, masks[0]!, values, 0);
    addFields(sum, 0, masks[2]!, values, packedB!.valueFrom);
    const byCell = new Float64Array(FIELDS);
    addCell(byCell, 0, a.values, 0);
    addCell(byCell, 0, b.values, 0);
    expect([...sum]).toEqual([...byCell]);
    expect(sum[F.PIECES_SEEN]).toBe(seen + 5); // the larger, not the sum
    // Plain cells as a row: the same values as the block keeps.
    const row = new Float64Array(bitCount(fieldMask(b.values, 0)));
    putCell(row, 0, b.values, 0, fieldMask(b.values, 0));
    expect([...row]).toEqual([...values.subarray(packedB!.valueFrom)]);
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
