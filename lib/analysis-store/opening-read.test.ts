import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { DEFAULT_DB_NAME, openCreatorDeskDb } from '../db/database';
import { analysisCacheDbName } from './analysis-cache';
import { LAST_WINDOW_KEY, OPENING_BASE_NAME, readOnOpening } from './opening-read';
import type { EligibilityRecord } from '../model/eligibility';

/** A storage like localStorage, in memory. */
function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    map,
  };
}

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Databases shaped as the extension's (only the stores read here), in their own IndexedDB. */
async function seed(idb: IDBFactory, options: { active?: string; dbName?: string; overviews?: object[]; analyses?: object[]; settings?: object[] }) {
  const base = OPENING_BASE_NAME;
  const dbName = options.dbName ?? base;
  const dexie = (name: string, stores: Record<string, string>) => {
    const db = new Dexie(name, { indexedDB: idb, IDBKeyRange });
    db.version(1).stores(stores);
    opened.push(db);
    return db;
  };
  if (options.active) await dexie(`${base}-meta`, { state: 'key', journal: '++seq' }).table('state').put({ key: 'active', name: options.active });
  if (options.settings) await dexie(dbName, { settings: 'id' }).table('settings').bulkPut(options.settings);
  if (options.overviews || options.analyses) {
    const cache = dexie(analysisCacheDbName(dbName), { overviews: 'windowDays', analyses: 'windowDays' });
    await cache.table('overviews').bulkPut(options.overviews ?? []);
    await cache.table('analyses').bulkPut(options.analyses ?? []);
  }
  for (const db of opened.splice(0)) db.close();
}

async function databaseNames(idb: IDBFactory): Promise<string[]> {
  return (await idb.databases()).map((info) => info.name ?? '').sort();
}

describe('readOnOpening', () => {
  it('uses the base name the extension database has', () => {
    expect(OPENING_BASE_NAME).toBe(DEFAULT_DB_NAME);
  });

  it('reads the full saved analysis of the window last analysed too, when asked (the panel opens on the Creators list)', async () => {
    const idb = new IDBFactory();
    const full = { windowDays: 28, savedAt: 2, scorecards: { count: 0, columns: [] } };
    await seed(idb, { overviews: [{ windowDays: 28, savedAt: 2 }], analyses: [{ windowDays: 7, savedAt: 1 }, full] });
    const storage = memoryStorage({ [LAST_WINDOW_KEY]: '28' });
    const read = await readOnOpening(idb, storage, OPENING_BASE_NAME, { analysis: true });
    expect(read.overviews).toEqual([{ windowDays: 28, savedAt: 2 }]);
    expect(await read.analysis).toEqual(full);
    // Not asked, or no window remembered: not read.
    expect((await readOnOpening(idb, storage)).analysis).toBeUndefined();
    expect((await readOnOpening(idb, memoryStorage(), OPENING_BASE_NAME, { analysis: true })).analysis).toBeUndefined();
    // Nothing saved for that window: none.
    expect(await (await readOnOpening(idb, memoryStorage({ [LAST_WINDOW_KEY]: '90' }), OPENING_BASE_NAME, { analysis: true })).analysis).toBeUndefined();
  });

  it('reads every saved Overview record and the settings records of the active database', async () => {
    const idb = new IDBFactory();
    await seed(idb, {
      overviews: [{ windowDays: 7, savedAt: 1 }, { windowDays: 28, savedAt: 2 }],
      settings: [{ id: 'settings', values: { scorecardWindowDays: 7 } }, { id: 'display', values: { locale: 'de-DE' } }],
    });
    const read = await readOnOpening(idb, memoryStorage());
    expect(read.dbName).toBe(OPENING_BASE_NAME);
    // Its IndexedDB version (Dexie's version 1 × 10): the panel declares only the schema it has when it is the newest.
    expect(read.version).toBe(10);
    expect(read.overviews).toEqual([{ windowDays: 7, savedAt: 1 }, { windowDays: 28, savedAt: 2 }]);
    expect(read.settings.get('settings')).toEqual({ id: 'settings', values: { scorecardWindowDays: 7 } });
    expect(read.settings.get('display')).toEqual({ id: 'display', values: { locale: 'de-DE' } });
  });

  it('creates no database when nothing is stored yet, and reads as empty', async () => {
    const idb = new IDBFactory();
    const read = await readOnOpening(idb, memoryStorage());
    expect(read).toEqual({ dbName: OPENING_BASE_NAME, version: null, overviews: [], settings: new Map(), presence: null, eligibility: [] });
    expect(await databaseNames(idb)).toEqual([]);
  });

  it('follows the active database after a restore, and remembers it for the next opening', async () => {
    const idb = new IDBFactory();
    const restored = `${OPENING_BASE_NAME}-restore-abc-def`;
    await seed(idb, { overviews: [{ windowDays: 28, savedAt: 1 }] });
    await seed(idb, { active: restored, dbName: restored, overviews: [{ windowDays: 28, savedAt: 2 }], settings: [{ id: 'settings', values: {} }] });
    const storage = memoryStorage();
    const first = await readOnOpening(idb, storage);
    expect(first.dbName).toBe(restored);
    expect(first.overviews).toEqual([{ windowDays: 28, savedAt: 2 }]);
    expect(first.settings.has('settings')).toBe(true);
    expect([...storage.map.values()]).toEqual([restored]);
    // The next opening guesses right (same answer).
    expect(await readOnOpening(idb, storage)).toEqual(first);
  });

  it('does not trust a remembered name the meta database contradicts', async () => {
    const idb = new IDBFactory();
    await seed(idb, { overviews: [{ windowDays: 28, savedAt: 1 }] });
    const stale = memoryStorage({ 'creatorDesk.activeDatabase': `${OPENING_BASE_NAME}-restore-old-one` });
    const read = await readOnOpening(idb, stale);
    expect(read.dbName).toBe(OPENING_BASE_NAME);
    expect(read.overviews).toEqual([{ windowDays: 28, savedAt: 1 }]);
  });

  it('reads as empty when storage fails', async () => {
    const broken = { open: () => { throw new Error('no IndexedDB'); } };
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(await readOnOpening(broken, throwing)).toEqual({ dbName: OPENING_BASE_NAME, version: null, overviews: [], settings: new Map(), presence: null, eligibility: [] });
  });
});

describe('readOnOpening: what is stored', () => {
  it('tells which tables the first-run checklist asks about hold anything, as the live counts would, and reads the eligibility figures', async () => {
    const name = `opening-presence-${Math.random()}`;
    const db = openCreatorDeskDb(name);
    const at = Date.UTC(2026, 10, 1);
    const creator = { key: 'id:1', creatorId: '1', handle: 'mia', categories: [], metrics: {}, firstSeen: at, lastSeen: at, updatedAt: at };
    await db.creators.bulkPut([
      { ...creator, sources: ['find-creators'] },
      { ...creator, key: 'id:2', creatorId: '2', handle: 'leo', sources: ['manage-creators'] },
    ]);
    await db.content.put({ key: 'video:1', contentId: '1', type: 'video', creatorKey: 'id:1', postDate: '2026-11-01', productIds: [], metrics: {}, firstSeen: at, lastSeen: at, updatedAt: at });
    const eligibility: EligibilityRecord = { id: 'shop\u00002026-11-30', subject: 'shop', day: '2026-11-30', storeRating: 4.2, sources: ['account-health'], updatedAt: at };
    await db.eligibility.put(eligibility);
    db.close();
    const read = await readOnOpening(indexedDB, memoryStorage(), name);
    expect(read.presence).toEqual({ creators: 1, content: 1, snapshots: 0, captures: 0, collaborations: 0, samples: 0, orders: 0, programs: 1 });
    // The shop eligibility figures too (the Overview's eligibility line).
    expect(read.eligibility).toEqual([eligibility]);
    await Dexie.delete(name);
  });

  it('reads no presence from a database without those tables', async () => {
    const idb = new IDBFactory();
    await seed(idb, { settings: [{ id: 'settings', values: {} }] });
    expect((await readOnOpening(idb, memoryStorage())).presence).toBeNull();
  });
});
