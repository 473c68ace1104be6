import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../analytics/settings';
import { analysisHorizon } from '../analytics/lookback';
import { isoDay, localDayOfTimestamp } from '../calendar/days';
import { openCreatorDeskDb, type CreatorDeskDb } from '../db/database';
import { foldRollupBlocks } from '../db/rollup-blocks';
import { foldTableCopies } from '../db/table-copies';
import { periodOfDay } from '../rollups/fields';
import { loadProgramData, OVERVIEW_TABLES } from './load-program-data';
import { readOnOpening, rememberOverviewFromPeriod } from './opening-read';
import { rollupsOfStoredBlocks, tablesOfStoredCopies } from './stored-read';

function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value) };
}

const today = localDayOfTimestamp(Date.now());
const horizon = analysisHorizon(DEFAULT_SETTINGS, today);
const fromPeriod = periodOfDay(horizon.fromDay);
const at = Date.UTC(2026, 10, 1);

let db: CreatorDeskDb | null = null;
afterEach(async () => {
  if (db) await db.delete();
  db = null;
});

/** A database with creators, snapshots, content and orders over the horizon and before it. */
async function seeded(): Promise<CreatorDeskDb> {
  db = openCreatorDeskDb(`stored-read-${Math.random()}`);
  const creator = (id: string) => ({ key: `id:${id}`, creatorId: id, handle: `h${id}`, categories: [], sources: [], metrics: {}, firstSeen: at, lastSeen: at, updatedAt: at });
  await db.creators.bulkPut([creator('1'), creator('2'), creator('3')]);
  await db.snapshots.bulkPut([
    { creatorKey: 'id:1', day: isoDay(today - 2), metrics: {}, updatedAt: at },
    { creatorKey: 'id:2', day: isoDay(today - 1), metrics: {}, updatedAt: at },
  ]);
  const days = [1, 5, 40, 80, horizon.fromDay > today - 400 ? today - horizon.fromDay + 60 : 500];
  await db.content.bulkPut(
    days.flatMap((ago, i) =>
      ['1', '2'].map((id) => ({
        key: `video:${id}-${i}`,
        contentId: `${id}-${i}`,
        type: 'video' as const,
        creatorKey: `id:${id}`,
        postDate: isoDay(today - ago),
        productIds: [],
        metrics: {},
        firstSeen: at,
        lastSeen: at,
        updatedAt: at,
      })),
    ),
  );
  return db;
}

/** What the opening read finds stored, with the period remembered as `from`. */
async function openingData(name: string, from: number) {
  const storage = memoryStorage();
  rememberOverviewFromPeriod(from, storage);
  let started = 0;
  const read = await readOnOpening(indexedDB, storage, name, { data: true, onDataRead: () => started++ });
  return { data: (await read.data) ?? null, started };
}

describe('the Overview stored data read on opening', () => {
  it('gives the analysis the same data as reading it through the tables, once the copies and blocks are current', async () => {
    const db = await seeded();
    // Written since the copies and blocks were packed: the opening read leaves them to the panel.
    expect((await openingData(db.name, fromPeriod)).data).toBeNull();
    await foldTableCopies(db);
    await foldRollupBlocks(db);
    const { data, started } = await openingData(db.name, fromPeriod);
    expect(started).toBe(1);
    expect(data).not.toBeNull();

    const options = { tables: OVERVIEW_TABLES, horizon };
    const fromTables = await loadProgramData(db, () => {}, undefined, options);
    const fromOpening = await loadProgramData(db, () => {}, undefined, { ...options, stored: data });
    expect(fromOpening).toEqual(fromTables);
    expect(fromOpening.creators).toHaveLength(3);
    expect(fromOpening.rollups!.records.length).toBeGreaterThan(0);
  });

  it('reads from an earlier period than asked (the days moved on), not from a later one', async () => {
    const db = await seeded();
    await foldTableCopies(db);
    await foldRollupBlocks(db);
    const earlier = (await openingData(db.name, fromPeriod - 3)).data!;
    expect(rollupsOfStoredBlocks(earlier, fromPeriod)).toEqual(rollupsOfStoredBlocks((await openingData(db.name, fromPeriod)).data!, fromPeriod));
    const later = (await openingData(db.name, fromPeriod + 1)).data!;
    expect(rollupsOfStoredBlocks(later, fromPeriod)).toBeNull();
    // The panel then reads the blocks itself: same data.
    const options = { tables: OVERVIEW_TABLES, horizon };
    expect(await loadProgramData(db, () => {}, undefined, { ...options, stored: later })).toEqual(await loadProgramData(db, () => {}, undefined, options));
  });

  it('is not read without a remembered period, with a saved Overview, or when not asked for', async () => {
    const db = await seeded();
    await foldTableCopies(db);
    await foldRollupBlocks(db);
    expect((await readOnOpening(indexedDB, memoryStorage(), db.name, { data: true })).data).toBeUndefined();
    const storage = memoryStorage();
    rememberOverviewFromPeriod(fromPeriod, storage);
    expect((await readOnOpening(indexedDB, storage, db.name)).data).toBeUndefined();
    const cache = new Dexie(`${db.name}-analysis-cache`);
    cache.version(1).stores({ overviews: 'windowDays' });
    await cache.table('overviews').put({ windowDays: 28, savedAt: 1 });
    cache.close();
    expect(await (await readOnOpening(indexedDB, storage, db.name, { data: true })).data).toBeNull();
    await Dexie.delete(`${db.name}-analysis-cache`);
  });

  it('gives nothing for a missing or damaged copy or block (the panel reads those itself)', async () => {
    const db = await seeded();
    await foldTableCopies(db);
    await foldRollupBlocks(db);
    const data = (await openingData(db.name, fromPeriod)).data!;
    expect(tablesOfStoredCopies(data, ['creators', 'snapshots'])!.map((records) => records.length)).toEqual([3, 2]);
    expect(tablesOfStoredCopies({ ...data, copies: data.copies.filter((copy) => (copy as { table: string }).table !== 'snapshots') }, ['creators', 'snapshots'])).toBeNull();
    expect(tablesOfStoredCopies({ ...data, copies: [{ table: 'creators', packed: { count: 1, entries: [null] } }] }, ['creators'])).toBeNull();
    expect(data.blocks.length).toBeGreaterThan(0);
    expect(rollupsOfStoredBlocks({ ...data, blocks: data.blocks.slice(1) }, fromPeriod)).toBeNull();
    expect(rollupsOfStoredBlocks({ ...data, totalsBlock: undefined }, fromPeriod)).toBeNull();
    // A schema upgrade since it was read: not used (same data, read from the tables).
    const options = { tables: OVERVIEW_TABLES, horizon };
    expect(await loadProgramData(db, () => {}, undefined, { ...options, stored: { ...data, version: data.version - 1, copies: [...data.copies, { table: 'creators', packed: { count: 0, entries: [] } }] } })).toEqual(
      await loadProgramData(db, () => {}, undefined, options),
    );
  });
});
