import { isoDay } from '../calendar/days';
import { packAll, TOTALS_BLOCK, unpackBlock, type RollupBlock } from '../rollups/blocks';
import { FIELDS } from '../rollups/fields';
import { pieceClicks } from '../rollups/piece-clicks';
import { CELL, cellValue } from './entry-records';
import { analyseProgram } from './index';
import { indexProgram, orderLineCommission, rollupsOfRecords } from './program-index';
import { postsAndGmvInRange, windowMetrics } from './window-metrics';
import { at, collaboration, creator, options, order, piece, program, q, qRange, sample } from './test-helpers';

describe('indexProgram', () => {
  it('resolves records to creators by key, else by handle, else by a handle-only key', () => {
    const index = indexProgram({
      creators: [creator('id:1', {}, { handle: 'glow.with.mia' })],
      content: [
        piece(undefined, '2026-11-01', {}, { creatorHandle: '@Glow.With.Mia' }),
        piece('h:glow.with.mia', '2026-11-02'),
        piece(undefined, '2026-11-03', {}, { creatorHandle: 'Someone' }),
        piece(undefined, '2026-11-04'),
      ],
      orders: [order(undefined, at(2026, 11, 1), 10, { creatorHandle: 'glow.with.mia' })],
      samples: [sample('h:someone', 'p1')],
      collaborations: [collaboration('inv', [], { creatorHandles: ['glow.with.mia'] })],
    });
    const mia = index.byKey.get('id:1')!;
    expect(mia.datedPieces).toBe(2);
    expect(mia.orderLines).toBe(1);
    expect(mia.collaborations.map((c) => c.id)).toEqual(['inv']);
    const someone = index.byKey.get('h:someone')!;
    expect(someone.datedPieces).toBe(1);
    expect(someone.samples).toHaveLength(1);
    expect(someone.creator).toBeNull();
    expect(index.diagnostics.piecesWithoutCreator).toBe(1);
    expect(index.entries.map((e) => e.key)).toEqual(['h:someone', 'id:1']);
  });

  it('gives each creator the same records and cells whatever order the rollup records come in', () => {
    const data = {
      creators: [creator('id:1', {}, { handle: 'mia' }), creator('id:2')],
      content: [
        piece('id:1', '2026-11-01'),
        piece(undefined, '2026-11-01', {}, { creatorHandle: 'mia' }),
        piece('h:mia', '2026-12-10'),
        piece('id:2', '2026-11-03'),
        piece('id:3', '2026-10-03'),
        piece(undefined, '2026-11-04'),
      ],
      orders: [order('id:1', at(2026, 11, 1), 10), order('id:2', at(2026, 12, 20), 5), order(undefined, at(2026, 11, 1), 10, { creatorHandle: 'mia' })],
    };
    const rollups = rollupsOfRecords(data.content, data.orders);
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const asRead = [...rollups.records].sort((a, b) => a.period - b.period || byText(a.creatorKey, b.creatorKey) || byText(a.currency, b.currency));
    const layout = (records: typeof asRead) => {
      const index = indexProgram({ creators: data.creators, rollups: { ...rollups, records } });
      // Each day's rows added up (a day several records share has a row per record, in their order).
      const days = (from: number, to: number) => {
        const sums = new Map<number, number[]>();
        for (let r = from; r < to; r++) {
          const sum = sums.get(index.cells.day[r]!) ?? [0, 0];
          sums.set(index.cells.day[r]!, [sum[0]! + index.cells.posts[r]!, sum[1]! + cellValue(index, r, CELL.LINES)]);
        }
        return [...sums];
      };
      return index.entries.map((e) => ({
        key: e.key,
        records: e.records.length,
        cells: days(e.cellsFrom, e.cellsTo),
        orphans: days(index.orphanCells.from, index.orphanCells.to),
      }));
    };
    const expected = layout(asRead);
    expect(expected.map((e) => [e.key, e.records])).toEqual([['id:1', 5], ['id:2', 2], ['id:3', 1]]);
    expect(layout([...asRead].reverse())).toEqual(expected);
    expect(layout(asRead.filter((_, i) => i % 2 === 0).concat(asRead.filter((_, i) => i % 2 === 1)))).toEqual(expected);
  });

  it('builds the same index, to the last bit, from the rollups read from their blocks as from the records themselves', () => {
    let seed = 11;
    const next = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 4_294_967_296;
    };
    const int = (n: number) => Math.floor(next() * n);
    const creators = Array.from({ length: 6 }, (_, k) => creator(`id:${k}`, {}, { handle: `c${k}` }));
    const day = (n: number) => isoDay(20_400 + n);
    const content = Array.from({ length: 120 }, () =>
      piece(int(7) === 0 ? `h:c${int(6)}` : `id:${int(6)}`, day(int(100)), {
        clicks: int(3) === 0 ? undefined : q(int(500)),
        orders: int(2) === 0 ? undefined : q(int(20)),
        views: q(1_000 + int(90_000)),
        hookRetention: int(4) === 0 ? undefined : q(next()),
        gmv: q(int(100_000) / 100),
      }, { type: int(5) === 0 ? 'live' : 'video', productIds: [`p${int(4)}`], lastSeen: 1_764_000_000_000 + int(1e6) }),
    );
    const orders = Array.from({ length: 300 }, (_, i) => {
      const named = content[int(content.length)]!;
      return order(named.creatorKey, at(2025, 11, 1) + int(100 * 86_400_000), int(9) === 0 ? null : int(20_000) / 100, {
        orderId: `o${i - (i % 3 === 1 ? 1 : 0)}`,
        contentType: named.type,
        contentId: named.contentId,
        refunded: int(20) === 0,
        currency: int(15) === 0 ? 'EUR' : 'USD',
        lastSeen: 1_764_000_000_000 + int(1e6),
      });
    });
    const rollups = rollupsOfRecords(content, orders);
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const records = [...rollups.records].sort((a, b) => a.period - b.period || byText(a.creatorKey, b.creatorKey) || byText(a.currency, b.currency));
    const blocks = packAll(records, rollups.totals).filter((b): b is RollupBlock => b.period !== TOTALS_BLOCK);
    expect(blocks.length).toBeGreaterThan(2);
    const fromBlocks = blocks.flatMap((block) => unpackBlock(block, block.period)!);
    // Samples shipped on days of the content: their delivery is the first post of the product after.
    const samples = Array.from({ length: 40 }, () => sample(`id:${int(6)}`, `p${int(5)}`, { shippedAt: at(2025, 11, 1) + int(100 * 86_400_000) }));
    const data = { creators, samples, currency: 'USD' as const };
    const plain = indexProgram({ ...data, rollups: { ...rollups, records } });
    const packed = indexProgram({ ...data, rollups: { ...rollups, records: fromBlocks } });
    const cellsOf = (index: typeof plain) =>
      Array.from(index.cells.day, (d, row) => [d, ...Array.from({ length: FIELDS }, (_, f) => cellValue(index, row, f))]);
    expect(plain.cells.day.length).toBeGreaterThan(100);
    expect(cellsOf(packed)).toEqual(cellsOf(plain));
    expect(packed.entries.map((e) => [e.key, e.cellsFrom, e.cellsTo])).toEqual(plain.entries.map((e) => [e.key, e.cellsFrom, e.cellsTo]));
    const deliveries = (index: typeof plain) => index.entries.flatMap((e) => e.samples.map((s) => [s.sample.id, s.shipDay, s.deliveredDay]));
    expect(deliveries(packed)).toEqual(deliveries(plain));
    expect(deliveries(plain).filter(([, , delivered]) => delivered !== null).length).toBeGreaterThan(5);
    const asOf = at(2026, 2, 20);
    expect(analyseProgram(packed, options(asOf))).toEqual(analyseProgram(plain, options(asOf)));
    for (const [k, entry] of packed.entries.entries()) {
      for (const range of [{ from: 20_400, to: 20_500 }, { from: 20_430, to: 20_460 }]) {
        expect(postsAndGmvInRange(entry, packed, range)).toEqual(postsAndGmvInRange(plain.entries[k]!, plain, range));
        expect(windowMetrics(entry, range, packed)).toEqual(windowMetrics(plain.entries[k]!, range, plain));
      }
    }
  });

  it('counts an order once per creator and per content, whatever its number of SKU lines', () => {
    const index = indexProgram({
      content: [
        piece('id:1', '2026-11-01', { clicks: q(100) }, { contentId: 'v1' }),
        piece('id:1', '2026-11-01', { clicks: q(100) }, { contentId: 'v2', type: 'live' }),
      ],
      orders: [
        order('id:1', at(2026, 11, 2), 10, { orderId: 'A', skuId: '1', contentType: 'video', contentId: 'v1' }),
        order('id:2', at(2026, 11, 2), 10, { orderId: 'B', skuId: '1', contentType: 'video', contentId: 'v1' }),
        order('id:1', at(2026, 11, 2), 10, { orderId: 'A', skuId: '2', contentType: 'video', contentId: 'v1' }),
        order('id:1', at(2026, 11, 2), 10, { orderId: 'A', skuId: '3', contentType: 'live', contentId: 'v2' }),
        order('id:1', at(2026, 11, 3), 10, { orderId: 'C', contentType: 'video', contentId: 'v2' }), // not a video id
      ],
    });
    const one = index.byKey.get('id:1')!;
    const all = { from: 0, to: 1_000_000 };
    expect(windowMetrics(one, all, index).orders).toBe(2); // A (three lines) and C
    const videos = index.sparkPieces!;
    const ordersOf = (contentId: string) => {
      const at = videos.piece.findIndex((p) => p.contentId === contentId);
      return at < 0 ? undefined : videos.orders[at];
    };
    expect(ordersOf('v1')).toBe(1); // A; B names the piece but is another creator's order
    expect(index.byKey.get('id:2')!.orderLines).toBe(1);
    // v1's order A and v2's order A (its LIVE line): C names v2 as a video, which it is not.
    expect(windowMetrics(one, all, index).clickOrders).toBe(2);
    expect(index.hasOrders).toBe(true);
  });

  it('keeps an exact orders metric over counted orders, and counts nothing when no orders are stored', () => {
    const withOrders = indexProgram({
      content: [piece('id:1', '2026-11-01', { orders: q(7) }, { contentId: 'v1' })],
      orders: [order('id:1', at(2026, 11, 2), 10, { contentType: 'video', contentId: 'v1' })],
    });
    expect(withOrders.sparkPieces!.orders[0]).toBe(7);
    const without = indexProgram({ content: [piece('id:1', '2026-11-01', {}, { contentId: 'v1' })] });
    expect(without.sparkPieces!.orders[0]).toBeNaN(); // unknown
    expect(without.hasOrders).toBe(false);
  });

  it('uses one currency: the given one, else the most frequent; others are set aside', () => {
    const data = {
      orders: [
        order('id:1', at(2026, 11, 2), 10, { currency: 'GBP' as const }),
        order('id:1', at(2026, 11, 2), 10),
        order('id:1', at(2026, 11, 2), 10),
      ],
    };
    const index = indexProgram(data);
    expect(index.currency).toBe('USD');
    expect(index.byKey.get('id:1')!.orderLines).toBe(2);
    expect(index.diagnostics.ordersInOtherCurrency).toBe(1);
    expect(indexProgram({ ...data, currency: 'GBP' }).byKey.get('id:1')!.orderLines).toBe(1);
  });

  it('derives ship and delivery days of samples', () => {
    const index = indexProgram({
      content: [
        piece('id:1', '2026-10-30', {}, { productIds: ['p1'] }), // before shipping: not delivery
        piece('id:1', '2026-11-09', {}, { productIds: ['p2', 'p1'] }),
      ],
      samples: [
        sample('id:1', 'p1', { shippedAt: at(2026, 11, 1) }),
        sample('id:1', 'p2', {
          status: 'completed',
          statusHistory: [
            { status: 'shipped', at: at(2026, 11, 1) },
            { status: 'content-delivered', at: at(2026, 11, 5) },
          ],
        }),
        sample('id:1', 'p3', { status: 'canceled', shippedAt: at(2026, 11, 1) }),
        sample('id:1', 'p4', { status: 'approved' }),
        sample('id:1', 'p5', { shippedAt: at(2026, 11, 1), sampleCost: { amount: 9, currency: 'EUR' } }),
      ],
      currency: 'USD',
    });
    const days = index.byKey.get('id:1')!.samples.map((s) => [
      s.shipDay === null ? null : isoDay(s.shipDay),
      s.deliveredDay === null ? null : isoDay(s.deliveredDay),
      s.cost,
    ]);
    expect(days).toEqual([
      ['2026-11-01', '2026-11-09', null],
      ['2026-11-01', '2026-11-05', null],
      [null, null, null],
      [null, null, null],
      ['2026-11-01', null, null], // a cost in another currency is unknown
    ]);
  });

  it('takes followers from the newest capture, exact or range', () => {
    const index = indexProgram({
      creators: [creator('id:1', { followers: qRange(10_000, 50_000) }, { lastSeen: at(2026, 11, 1) })],
      snapshots: [
        { creatorKey: 'id:1', day: '2026-11-10', metrics: { followers: q(42_000) }, updatedAt: 0 },
        { creatorKey: 'id:1', day: '2026-10-01', metrics: { followers: q(30_000) }, updatedAt: 0 },
      ],
      programs: [program('id:1')],
    });
    const entry = index.byKey.get('id:1')!;
    expect(entry.followers).toBe(42_000);
    expect(entry.snapshots.map((s) => isoDay(s.day))).toEqual(['2026-11-10', '2026-11-01', '2026-10-01']);
  });
});

describe('record helpers', () => {
  it('derives clicks from CTR × product impressions only from exact values', () => {
    expect(pieceClicks({ clicks: q(12) })).toBe(12);
    expect(pieceClicks({ ctr: q(0.034), productImpressions: q(1_000) })).toBe(34);
    expect(pieceClicks({ ctr: qRange(0.01, 0.02), productImpressions: q(1_000) })).toBeNull();
    expect(pieceClicks({})).toBeNull();
  });

  it('takes the commission actually paid, else nothing on refunds, else the estimate, else rate × amount', () => {
    const base = order('id:1', 0, 100);
    expect(orderLineCommission({ ...base, actualCommission: 12, estCommission: 15 })).toBe(12);
    expect(orderLineCommission({ ...base, refunded: true, estCommission: 15 })).toBe(0);
    expect(orderLineCommission({ ...base, estCommission: 15 })).toBe(15);
    expect(orderLineCommission({ ...base, commissionRate: 0.2 })).toBe(20);
    expect(orderLineCommission(base)).toBeNull();
  });
});
