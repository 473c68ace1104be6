/**
 * What the side panel reads the moment its first (small) script runs, while the rest of its code
 * still loads: which database is active, the saved Overview records of every window (a few
 * kilobytes each, see overview-record.ts), the stored settings records (which window to show,
 * the display locale) and whether each table the first-run checklist asks about holds anything
 * (the checklist above the Overview is then in place from the first render: no layout shift). With those at hand, the panel's first render can show the saved Overview.
 *
 * Plain IndexedDB, no Dexie and nothing else that is large: this module is part of the panel's
 * first script. Records come back as stored, unchecked: their readers check them (overview-record.ts,
 * lib/db/settings-store.ts). A database that does not exist is not created (its opening is aborted)
 * and reads as empty; any failure reads as empty, and the panel then reads as it would without this.
 *
 * The active database's name is kept in a small database of its own (lib/db/active-database.ts);
 * reading it first and the rest after would put two openings in a row, so the rest is read at once
 * for the name the last opening found (remembered in localStorage), and read again only if the
 * active database turns out to be another one (after a restore).
 */

import { analysisCacheDbName, DEFAULT_DB_NAME, metaDbName } from '../db/database-names';

/** The data database's base name (the tests name it). */
export const OPENING_BASE_NAME = DEFAULT_DB_NAME;
const LAST_NAME_KEY = 'creatorDesk.activeDatabase';

export interface OpeningRead {
  /** The active database (lib/db/active-database.ts). */
  dbName: string;
  /** The `overviews` records of `<dbName>-analysis-cache`, unchecked. */
  overviews: unknown[];
  /** The `settings` table's records, by id, unchecked. */
  settings: Map<string, unknown>;
  /** Whether each table the first-run checklist asks about holds anything (null: not read). */
  presence: TablePresence | null;
}

/** 1 when the table holds a record, else 0 (components/data/useStoredCounts.ts asks the same, live). */
export interface TablePresence {
  creators: number;
  content: number;
  snapshots: number;
  captures: number;
  collaborations: number;
  samples: number;
  orders: number;
  /** Creators captured from Manage creators (the `sources` index). */
  programs: number;
}

/** The stores behind each presence (captures: the capture log). */
const PRESENCE_STORES = { creators: 'creators', content: 'content', snapshots: 'snapshots', captures: 'captureLog', collaborations: 'collaborations', samples: 'samples', orders: 'orders' } as const;
/** lib/db/managed-creators.ts's MANAGE_CREATORS_SOURCE (not imported: this script stays small). */
const MANAGE_CREATORS_SOURCE = 'manage-creators';

type Idb = Pick<IDBFactory, 'open'>;

/** Opens an existing database, or null (absent: nothing is created; unavailable; failed). */
function openExisting(idb: Idb, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(name);
    } catch {
      resolve(null);
      return;
    }
    // No such database: abort its creation (the owner creates it with its schema).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      // Never hold up the owner's schema upgrade.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
  });
}

function request<T>(make: () => IDBRequest<T>): Promise<T | undefined> {
  return new Promise((resolve) => {
    try {
      const r = make();
      r.onsuccess = () => resolve(r.result);
      r.onerror = (event) => {
        event.preventDefault();
        resolve(undefined);
      };
    } catch {
      resolve(undefined);
    }
  });
}

/** `read` on the database `name` (closed after), or `fallback` when it cannot be opened or read. */
async function withDatabase<T>(idb: Idb, name: string, fallback: T, read: (db: IDBDatabase) => Promise<T>): Promise<T> {
  const db = await openExisting(idb, name);
  if (!db) return fallback;
  try {
    return await read(db);
  } catch {
    return fallback;
  } finally {
    db.close();
  }
}

const getAllOf = (db: IDBDatabase, store: string): Promise<unknown[]> =>
  db.objectStoreNames.contains(store) ? request(() => db.transaction(store, 'readonly').objectStore(store).getAll()).then((all) => all ?? []) : Promise.resolve([]);

/** One key read per table, in one transaction; null when a store or the index is missing. */
async function readPresence(db: IDBDatabase): Promise<TablePresence | null> {
  const stores = Object.values(PRESENCE_STORES);
  if (!stores.every((name) => db.objectStoreNames.contains(name))) return null;
  const tx = db.transaction(stores, 'readonly');
  const creators = tx.objectStore('creators');
  if (!creators.indexNames.contains('sources')) return null;
  const one = (make: () => IDBRequest<IDBValidKey[]>) => request(make).then((keys) => (keys === undefined ? null : keys.length));
  const entries = Object.entries(PRESENCE_STORES).map(async ([key, store]) => [key, await one(() => tx.objectStore(store).getAllKeys(null, 1))] as const);
  const [programs, ...read] = await Promise.all([one(() => creators.index('sources').getAllKeys(IDBKeyRange.only(MANAGE_CREATORS_SOURCE), 1)), ...entries]);
  if (programs === null || read.some(([, n]) => n === null)) return null;
  return { ...(Object.fromEntries(read) as Omit<TablePresence, 'programs'>), programs };
}

async function readActiveName(idb: Idb, base: string): Promise<string> {
  const record = await withDatabase(idb, metaDbName(base), undefined, (db) =>
    db.objectStoreNames.contains('state') ? request(() => db.transaction('state', 'readonly').objectStore('state').get('active')) : Promise.resolve(undefined),
  );
  const name = (record as { key?: unknown; name?: unknown } | undefined)?.name;
  return (record as { key?: unknown } | undefined)?.key === 'active' && typeof name === 'string' ? name : base;
}

async function readFor(idb: Idb, dbName: string): Promise<Omit<OpeningRead, 'dbName'>> {
  const [overviews, [settings, presence]] = await Promise.all([
    withDatabase(idb, analysisCacheDbName(dbName), [], (db) => getAllOf(db, 'overviews')),
    withDatabase(idb, dbName, [[], null] as [unknown[], TablePresence | null], (db) => Promise.all([getAllOf(db, 'settings'), readPresence(db).catch(() => null)])),
  ]);
  const byId = new Map<string, unknown>();
  for (const record of settings) {
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id === 'string') byId.set(id, record);
  }
  return { overviews, settings: byId, presence };
}

function lastName(storage: Pick<Storage, 'getItem'> | null): string | null {
  try {
    return storage?.getItem(LAST_NAME_KEY) ?? null;
  } catch {
    return null;
  }
}

function rememberName(storage: Pick<Storage, 'getItem' | 'setItem'> | null, name: string): void {
  try {
    if (storage && storage.getItem(LAST_NAME_KEY) !== name) storage.setItem(LAST_NAME_KEY, name);
  } catch {
    // Storage unavailable: the next opening guesses the base name.
  }
}

/** Reads what the panel shows first (see the top of this file); never rejects. */
export async function readOnOpening(
  idb: Idb = indexedDB,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null,
  base: string = OPENING_BASE_NAME,
): Promise<OpeningRead> {
  const guess = lastName(storage) ?? base;
  const guessed = readFor(idb, guess);
  const dbName = await readActiveName(idb, base).catch(() => base);
  rememberName(storage, dbName);
  const read = dbName === guess ? await guessed : await readFor(idb, dbName);
  return { dbName, ...read };
}

let opening: Promise<OpeningRead> | null = null;
let settled: OpeningRead | null = null;
let overviewsUsed = false;

/** Starts the opening read (the panel's first script, once; `read`: the default one, for tests). */
export function startOpeningRead(read: () => Promise<OpeningRead> = () => readOnOpening()): Promise<OpeningRead> {
  opening ??= read().then((result) => (settled = result));
  return opening;
}

/** The opening read, if the panel's script started one (tests and other pages: null). */
export function openingRead(): Promise<OpeningRead> | null {
  return opening;
}

/** The opening read of database `dbName`, once it has come back (else null). */
export function settledOpeningRead(dbName: string): OpeningRead | null {
  return settled !== null && settled.dbName === dbName ? settled : null;
}

/**
 * The saved Overview records as the panel opened, for database `dbName`, until
 * `doneWithOpeningOverviews` (a fresh analysis is on screen: they are out of date from then on).
 * Null: no opening read (then the panel reads the analysis cache itself).
 */
export function openingOverviews(dbName: string): unknown[] | null {
  return overviewsUsed ? null : (settledOpeningRead(dbName)?.overviews ?? null);
}

/** What the opening read found stored, for database `dbName` (the checklist's first render), or null. */
export function openingPresence(dbName: string): TablePresence | null {
  return settledOpeningRead(dbName)?.presence ?? null;
}

export function doneWithOpeningOverviews(): void {
  overviewsUsed = true;
}
