import { isoDay, parseDay } from '../calendar/days';
import { order, piece, at } from '../analytics/test-helpers';
import { PERIOD_DAYS, periodOfDay } from '../rollups/fields';
import { freshDbPerTest } from '../db/test-helpers';
import { loadProgramData } from './load-program-data';
import { foldRollupBlocks } from '../db/rollup-blocks';
import { TOTALS_BLOCK } from '../rollups/blocks';

const db = freshDbPerTest();
const FROM = parseDay('2026-08-20')!;
const horizon = { fromDay: FROM - 40, sparkFromDay: FROM };

const keysOf = (data: Awaited<ReturnType<typeof loadProgramData>>) => (data.rollups?.sparkPieces ?? []).map(({ piece: p }) => p.contentId);

describe('loadProgramData, read in steps', () => {
  it('reads every video posted from the Spark Ads window on, week by week, in post-date order, with its links', async () => {
    const offsets = [-1, 0, 6, 7, 13, 14, 50, 89, 95, 400];
    await db().content.bulkPut([
      ...offsets.map((n) => piece('id:1', isoDay(FROM + n), {}, { contentId: `v${n}` })),
      piece('id:1', isoDay(FROM + 3), {}, { contentId: 'live', type: 'live' }),
      piece('id:1', undefined, {}, { contentId: 'undated' }),
    ]);
    await db().orders.put(order('id:1', at(2026, 8, 21), 10, { contentType: 'video', contentId: 'v6' }));
    const data = await loadProgramData(db(), () => {}, undefined, { tables: ['spark'], horizon });
    expect(keysOf(data)).toEqual(offsets.filter((n) => n >= 0).map((n) => `v${n}`));
    expect(data.rollups!.sparkPieces!.find(({ piece: p }) => p.contentId === 'v6')!.links).toBeDefined();
  });

  it('reads, past a post date that is no date, everything from the window on at once (as one read would)', async () => {
    await db().content.bulkPut([piece('id:1', isoDay(FROM - 1), {}, { contentId: 'old' }), piece('id:1', isoDay(FROM + 2), {}, { contentId: 'new' }), piece('id:1', 'soon', {}, { contentId: 'odd' })]);
    const data = await loadProgramData(db(), () => {}, undefined, { tables: ['spark'], horizon });
    expect(keysOf(data)).toEqual(['new', 'odd']);
  });

  it('reads the rollups of every period from the horizon on, period by period', async () => {
    const days = [FROM - 80, FROM - 40, FROM - 1, FROM + 5, FROM + 40, FROM + 70];
    await db().content.bulkPut(days.map((day, i) => piece('id:1', isoDay(day), {}, { contentId: `p${i}` })));
    const data = await loadProgramData(db(), () => {}, undefined, { tables: ['rollups'], horizon });
    const fromPeriod = periodOfDay(horizon.fromDay);
    const expected = [...new Set(days.map(periodOfDay).filter((p) => p >= fromPeriod))];
    expect(data.rollups!.records.map((r) => r.period)).toEqual(expected);
    expect(data.rollups!.fromDay).toBe(fromPeriod * PERIOD_DAYS);
    expect(data.rollups!.postsBefore.get('id:1')).toBe(FROM - 80);
  });

  it('finds each creator’s latest post before the horizon, shortly before it or long before', async () => {
    const before = periodOfDay(horizon.fromDay) * PERIOD_DAYS - 1; // the last day not read
    await db().content.bulkPut([
      piece('id:near', isoDay(before - 3), {}, { contentId: 'n1' }),
      piece('id:near', isoDay(before - 50), {}, { contentId: 'n0' }),
      piece('id:far', isoDay(before - 200), {}, { contentId: 'f0' }),
      piece('id:far', isoDay(before - 150), {}, { contentId: 'f1' }),
      piece('id:recent', isoDay(FROM), {}, { contentId: 'r1' }),
    ]);
    // An order line just before the horizon: a record of the order's currency, in a period read whole.
    const [y, m, d] = isoDay(before - 2).split('-').map(Number);
    await db().orders.put(order('id:far', at(y!, m!, d!), 10));
    const data = await loadProgramData(db(), () => {}, undefined, { tables: ['rollups'], horizon });
    expect(Object.fromEntries(data.rollups!.postsBefore)).toEqual({ 'id:near': before - 3, 'id:far': before - 150 });
  });

  it('finds it from the older records for totals written before the latest post days were kept', async () => {
    const before = periodOfDay(horizon.fromDay) * PERIOD_DAYS - 1;
    await db().content.bulkPut([
      piece('id:old', isoDay(before - 100), {}, { contentId: 'o1' }),
      piece('id:old', isoDay(before - 120), {}, { contentId: 'o0' }),
      piece('id:kept', isoDay(before - 10), {}, { contentId: 'k0' }),
    ]);
    await db().rollupTotals.where('[creatorKey+currency]').equals(['id:old', '']).modify((t) => {
      delete t.lastPostDays;
    });
    const data = await loadProgramData(db(), () => {}, undefined, { tables: ['rollups'], horizon });
    expect(Object.fromEntries(data.rollups!.postsBefore)).toEqual({ 'id:old': before - 100, 'id:kept': before - 10 });
  });

  it('reads the same from the rollups\' read form (blocks and the records written since) as from the records', async () => {
    const before = periodOfDay(horizon.fromDay) * PERIOD_DAYS - 1;
    const write = (key: string, days: number[], tag: string) =>
      db().content.bulkPut(days.map((day, i) => piece(key, isoDay(day), {}, { contentId: `${tag}${i}`, productIds: ['p1'] })));
    await write('id:1', [before - 40, FROM - 2, FROM + 3], 'a');
    await write('id:2', [FROM + 10], 'b');
    await db().orders.put(order('id:2', at(2026, 8, 25), 10));
    await foldRollupBlocks(db());
    await write('id:3', [before - 5, FROM + 1], 'c');
    await write('id:1', [FROM + 4], 'd');
    const read = () => loadProgramData(db(), () => {}, undefined, { tables: ['rollups'], horizon }).then((d) => d.rollups!);
    const plain = (rollups: Awaited<ReturnType<typeof read>>) => ({
      records: rollups.records
        .map((r) => ({ key: `${r.creatorKey} ${r.currency} ${r.period}`, days: [...r.days], values: [...r.values], products: [...r.postProducts, ...r.orderProducts] }))
        .sort((a, b) => (a.key < b.key ? -1 : 1)),
      totals: [...rollups.totals].sort((a, b) => (a.creatorKey + a.currency < b.creatorKey + b.currency ? -1 : 1)),
      postsBefore: Object.fromEntries(rollups.postsBefore),
      fromDay: rollups.fromDay,
    });
    const fromBlocks = plain(await read());
    expect(await db().rollupDirty.count()).toBeGreaterThan(0);
    await db().rollupBlocks.delete(TOTALS_BLOCK);
    expect(fromBlocks).toEqual(plain(await read()));
    expect(fromBlocks.postsBefore).toEqual({ 'id:1': before - 40, 'id:3': before - 5 });
  });
});
