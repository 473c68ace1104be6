import { isoDay, parseDay } from '../calendar/days';
import { at, order, piece, q } from '../analytics/test-helpers';
import { periodOfDay, type RollupRecord } from '../rollups/fields';
import { TOTALS_BLOCK, unpackBlock, type RollupBlock } from '../rollups/blocks';
import { foldRollupBlocks, readRollupBlocks } from './rollup-blocks';
import { freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();
const DAY = parseDay('2026-08-20')!;

const plain = (r: RollupRecord) => ({ key: `${r.creatorKey}|${r.currency}|${r.period}`, days: [...r.days], values: [...r.values], post: [...r.postProducts], order: [...r.orderProducts] });
const sorted = (records: readonly RollupRecord[]) => records.map(plain).sort((a, b) => (a.key < b.key ? -1 : 1));
const byKey = <T extends { creatorKey: string; currency: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.creatorKey + a.currency < b.creatorKey + b.currency ? -1 : 1));

/** What the per-record tables hold from `fromPeriod` on: what a read of the blocks must give. */
async function records(fromPeriod: number | null) {
  const all = await db().rollups.toArray();
  return { records: sorted(all.filter((r) => fromPeriod === null || r.period >= fromPeriod)), totals: byKey(await db().rollupTotals.toArray()) };
}

async function blocks(fromPeriod: number | null) {
  const read = await readRollupBlocks(db(), fromPeriod);
  return read && { records: sorted(read.records), totals: byKey(read.totals) };
}

async function capture(n: number, dayOffset: number, creator = 'id:1') {
  await db().content.bulkPut(
    Array.from({ length: n }, (_, i) => piece(creator, isoDay(DAY + dayOffset + i * 9), { clicks: q(10 + i), views: q(1000) }, { contentId: `${creator}-${dayOffset}-${i}`, productIds: [`p${i % 2}`] })),
  );
  await db().orders.put(order(creator, at(2026, 8, 21), 10 + n, { contentType: 'video', contentId: `${creator}-${dayOffset}-0` }));
}

describe('the rollups read form (blocks)', () => {
  it('is not there before the first fold: readers read the records', async () => {
    await capture(3, 0);
    expect(await readRollupBlocks(db(), null)).toBeNull();
    await foldRollupBlocks(db());
    expect(await blocks(null)).toEqual(await records(null));
    expect(await db().rollupDirty.count()).toBe(0);
  });

  it('gives the records written since the fold, taken out or changed, before they are packed in', async () => {
    await capture(4, 0);
    await capture(2, 0, 'id:2');
    await foldRollupBlocks(db());
    await capture(3, 40, 'id:3');
    await capture(2, 0, 'id:2');
    await db().content.delete('video:id:1-0-1');
    await db().content.where('creatorKey').equals('id:2').delete();
    expect(await db().rollupDirty.count()).toBeGreaterThan(0);
    const fromPeriod = periodOfDay(DAY + 20);
    expect(await blocks(fromPeriod)).toEqual(await records(fromPeriod));
    expect(await blocks(null)).toEqual(await records(null));
    await foldRollupBlocks(db());
    expect(await db().rollupDirty.count()).toBe(0);
    expect(await blocks(null)).toEqual(await records(null));
    expect(await blocks(fromPeriod)).toEqual(await records(fromPeriod));
  });

  it('reads a damaged block from its records and packs it again at the next fold', async () => {
    await capture(4, 0);
    await foldRollupBlocks(db());
    const period = periodOfDay(DAY);
    const block = (await db().rollupBlocks.get(period)) as RollupBlock;
    await db().rollupBlocks.put({ ...block, values: block.values.subarray(1) });
    expect(await blocks(null)).toEqual(await records(null));
    expect(await db().rollupDirty.count()).toBe(1);
    await foldRollupBlocks(db());
    expect(unpackBlock(await db().rollupBlocks.get(period), period)).not.toBeNull();
    expect(await blocks(null)).toEqual(await records(null));
  });

  it('is not trusted with unreadable notes or a damaged totals block: every block is packed again', async () => {
    await capture(3, 0);
    await foldRollupBlocks(db());
    await db().rollupDirty.add({ records: '{', totals: '[]' });
    expect(await readRollupBlocks(db(), null)).toBeNull();
    await foldRollupBlocks(db());
    expect(await blocks(null)).toEqual(await records(null));
    await db().rollupBlocks.put({ period: TOTALS_BLOCK, totals: 'garbage', periods: new Int32Array() });
    expect(await readRollupBlocks(db(), null)).toBeNull();
    await foldRollupBlocks(db());
    expect(await blocks(null)).toEqual(await records(null));
  });

  it('is packed again whole, in the same transaction, when the rollups are rebuilt (a table cleared)', async () => {
    await capture(3, 0);
    await foldRollupBlocks(db());
    await db().content.clear();
    expect(await db().rollupDirty.count()).toBe(0);
    expect(await blocks(null)).toEqual(await records(null));
  });
});
