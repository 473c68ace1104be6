import type { ContentPiece, ContentRow } from '../model/entities';
import type { AffiliateOrder } from '../model/program';
import { buildRollups } from '../rollups/apply';
import { creatorLinkedTables } from './creator-links';
import { CreatorDeskDb } from './database';
import { foldRollupBlocks } from './rollup-blocks';
import { CacheView } from './note-checked-cache';
import { RollupCache } from './rollup-cache';
import { rebuildRollupTables } from './rollup-upkeep';
import { storeContentRows } from './store-content';
import { exact, freshDbPerTest, localTime } from './test-helpers';

const db = freshDbPerTest();
const ctx = (now: number) => ({ source: 'video-analysis', region: 'US', now });
const T = localTime(2026, 3, 10, 9);

function row(id: number, creatorId: string, day: number, views = 100 * id, month = 3): ContentRow {
  const postDate = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { contentId: String(id), type: 'video', creatorId, creatorHandle: `h${creatorId}`, postDate, metrics: { views: exact(views), gmv: exact(id) } };
}

const READS = ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor'] as const;

/** Requests reading rollup records or totals (by key or range), while `work` runs. */
async function rollupGets(work: () => Promise<unknown>): Promise<number> {
  const proto = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = READS.map((name) => proto[name]!);
  let count = 0;
  READS.forEach((name, i) => {
    proto[name] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'rollups' || this.name === 'rollupTotals') count += 1;
      return originals[i]!.apply(this, args);
    };
  });
  try {
    await work();
  } finally {
    READS.forEach((name, i) => (proto[name] = originals[i]!));
  }
  return count;
}

/** The stored rollups equal a build from the stored pieces and lines. */
async function expectRollupsRight(database: CreatorDeskDb): Promise<void> {
  const expected = buildRollups((await database.content.toArray()) as ContentPiece[], (await database.orders.toArray()) as AffiliateOrder[]);
  const byKey = <T extends { creatorKey: string; currency: string }>(list: T[]) =>
    [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))).map((r) => JSON.parse(JSON.stringify(r, (_k, v: unknown) => (ArrayBuffer.isView(v) ? [...(v as Float64Array)] : v))) as unknown);
  expect(byKey(await database.rollups.toArray())).toEqual(byKey(expected.rollups));
  expect(byKey(await database.rollupTotals.toArray())).toEqual(byKey(expected.totals));
}

/** Spread over many creators, so the touched records are not one key range (read key by key). */
const creators = Array.from({ length: 12 }, (_, i) => String(7000 + i * 7));

describe('rollup records kept in memory between captures (rollup-cache.ts)', () => {
  it('a capture after this connection’s own reads none of the records the last one read or wrote', async () => {
    // Every creator once, so the next batches only change records the cache knows.
    await storeContentRows(db(), creators.map((c, i) => row(i + 1, c, 3)), ctx(T));
    const gets = await rollupGets(() => storeContentRows(db(), creators.map((c, i) => row(100 + i, c, 4)), ctx(T + 1)));
    expect(gets).toBe(0);
    await expectRollupsRight(db());
  });

  it('reads again after another connection wrote, and stays right', async () => {
    await storeContentRows(db(), creators.map((c, i) => row(i + 1, c, 3)), ctx(T));
    const other = new CreatorDeskDb(db().name);
    try {
      await storeContentRows(other, creators.map((c, i) => row(200 + i, c, 3, 5)), ctx(T + 1));
    } finally {
      other.close();
    }
    const gets = await rollupGets(() => storeContentRows(db(), creators.map((c, i) => row(300 + i, c, 3)), ctx(T + 2)));
    expect(gets).toBeGreaterThan(0);
    await expectRollupsRight(db());
  });

  it('reads again after a fold cleared the notes, and after a rollup write outside the upkeep', async () => {
    await storeContentRows(db(), creators.map((c, i) => row(i + 1, c, 3)), ctx(T));
    await foldRollupBlocks(db());
    expect(await rollupGets(() => storeContentRows(db(), creators.map((c, i) => row(100 + i, c, 3)), ctx(T + 1)))).toBeGreaterThan(0);
    // A rebuild through the tables (as a migration does): the records are replaced behind the upkeep.
    await db().transaction('rw', [db().rollups, db().rollupTotals, db().rollupOrderIds, db().contentLinks, db().content, db().orders], (tx) => rebuildRollupTables(tx));
    expect(await rollupGets(() => storeContentRows(db(), creators.map((c, i) => row(200 + i, c, 3)), ctx(T + 2)))).toBeGreaterThan(0);
    await expectRollupsRight(db());
  });

  it('keeps nothing of a capture whose transaction failed', async () => {
    await storeContentRows(db(), creators.map((c, i) => row(i + 1, c, 3)), ctx(T));
    await expect(
      db().transaction('rw', creatorLinkedTables(db()), async () => {
        await storeContentRows(db(), creators.map((c, i) => row(100 + i, c, 3, 9_999)), ctx(T + 1));
        throw new Error('storage full');
      }),
    ).rejects.toThrow('storage full');
    await storeContentRows(db(), creators.map((c, i) => row(200 + i, c, 3)), ctx(T + 2));
    await expectRollupsRight(db());
    expect(await db().content.get('video:100')).toBeUndefined();
  });

  it('with every key of the table read once, new records need no reads, and stay right through deletions and another connection', async () => {
    const many = Array.from({ length: 150 }, (_, i) => String(8000 + i * 3));
    await storeContentRows(db(), many.map((c, i) => row(i + 1, c, 3)), ctx(T));
    // The second capture in a row finds most keys unknown (a new period): every key of the table is read once.
    const scanned = await rollupGets(() => storeContentRows(db(), many.map((c, i) => row(500 + i, c, 15, 1, 5)), ctx(T + 1)));
    expect(scanned).toBeGreaterThan(0);
    expect(scanned).toBeLessThan(10);
    // Another new period: records no one stored, known absent without reading.
    expect(await rollupGets(() => storeContentRows(db(), many.map((c, i) => row(1000 + i, c, 28, 1, 7)), ctx(T + 1)))).toBe(0);
    await db().transaction('rw', db().content, () => db().content.bulkDelete(many.slice(0, 40).map((_, i) => `video:${1000 + i}`)));
    await storeContentRows(db(), many.slice(0, 60).map((c, i) => row(2000 + i, c, 28, 1, 7)), ctx(T + 2));
    await expectRollupsRight(db());
    const other = new CreatorDeskDb(db().name);
    try {
      await storeContentRows(other, many.map((c, i) => row(3000 + i, c, 20)), ctx(T + 3));
    } finally {
      other.close();
    }
    await storeContentRows(db(), many.map((c, i) => row(4000 + i, c, 20)), ctx(T + 4));
    await expectRollupsRight(db());
  });

  it('forgets the oldest records past its limit, and never takes a forgotten one for none', () => {
    const cache = new RollupCache(2);
    const record = (name: string) => ({ name });
    const first = new CacheView(cache, 0, 1);
    first.setKeys('rollups', new Set(['kept', 'gone']));
    first.set('rollups', 'new', record('new'));
    first.set('rollups', 'kept', record('kept'));
    first.set('rollups', 'gone', null);
    first.set('rollups', 'newer', record('newer'));
    first.noted(2);
    first.committed();
    const next = new CacheView(cache, 0, 2);
    // Past the limit of 2 the oldest entries went: 'new' and 'kept' are stored but no longer held.
    expect(next.lookup('rollups', 'new')).toBeUndefined();
    expect(next.lookup('rollups', 'kept')).toBeUndefined();
    expect(next.lookup('rollups', 'gone')).toBeNull();
    expect(next.lookup('rollups', 'newer')).toEqual(record('newer'));
    // Every key is known: one never written holds nothing; a written one forgotten is read again.
    expect(next.lookup('rollups', 'never')).toBeNull();
    expect(next.lookup('rollupTotals', 'never')).toBeUndefined();
  });
});
