/**
 * What the side panel reads the moment its first (small) script runs, while the rest of its code
 * still loads: which database is active, the saved Overview records of every window (a few
 * kilobytes each, see overview-record.ts), the stored settings records (which window to show,
 * the display locale) and whether each table the first-run checklist asks about holds anything
 * (the checklist above the Overview is then in place from the first render: no layout shift), and
 * the shop eligibility figures (likewise the eligibility line above the Overview's numbers). With
 * those at hand, the panel's first render can show the saved Overview. Opened on the Creators list,
 * it also starts reading the saved per-creator lists (megabytes), which the list shows first.
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
import { decodeListsAhead } from './record-lists';

/** The data database's base name (the tests name it). */
export const OPENING_BASE_NAME = DEFAULT_DB_NAME;
const LAST_NAME_KEY = 'creatorDesk.activeDatabase';

export interface OpeningRead {
  /** The active database (lib/db/active-database.ts). */
  dbName: string;
  /** Its IndexedDB version as read (null: not opened), so the panel can declare only the schema it has (lib/db/database.ts). */
  version: number | null;
  /** The `overviews` records of `<dbName>-analysis-cache`, unchecked. */
  overviews: unknown[];
  /** The `settings` table's records, by id, unchecked. */
  settings: Map<string, unknown>;
  /** Whether each table the first-run checklist asks about holds anything (null: not read). */
  presence: TablePresence | null;
  /** The `eligibility` table's records (a few: one per subject and day), unchecked. */
  eligibility: unknown[];
  /**
   * The Overview's stored data in its read form (see `StoredOverviewData`), when asked for; it comes
   * back after the rest (null: not read).
   */
  data?: Promise<StoredOverviewData | null>;
  /**
   * The full saved analysis record of window `analysisOf` (the per-creator lists), unchecked, when
   * asked for (the panel opens on the Creators list); undefined inside: none. It comes back after the rest.
   */
  analysis?: Promise<unknown>;
}

/**
 * What the Overview's analysis reads, as stored, read by the opening read when the panel opens on
 * a view that analyses and no saved Overview is there to show first: the read copies of the plain
 * tables and the rollup blocks (lib/db/table-copies.ts, lib/rollups/blocks.ts), all in one
 * transaction, so the panel's code finds them read when it has loaded (stored-read.ts unpacks them).
 * Read only while nothing is noted since they were packed (else the panel reads as without this).
 */
export interface StoredOverviewData {
  /** The database's version when read: a schema upgrade since makes them stale. */
  version: number;
  /** The first period of the blocks read (the one the panel's last Overview read started from). */
  fromPeriod: number;
  /** The `tableCopies` records. */
  copies: unknown[];
  /** The totals block (its list of periods and the totals). */
  totalsBlock: unknown;
  /** The blocks of the periods from `fromPeriod` on. */
  blocks: unknown[];
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
/** The stores of the Overview's stored data (and the notes of what changed since they were packed). */
const DATA_STORES = ['tableCopies', 'copyDirty', 'rollupBlocks', 'rollupDirty'];

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

/** A request's outcome, its result not taken yet (taking it is what rebuilds a large record on the page). */
function issued<T>(make: () => IDBRequest<T>): Promise<IDBRequest<T> | undefined> {
  return new Promise((resolve) => {
    try {
      const r = make();
      r.onsuccess = () => resolve(r);
      r.onerror = (event) => {
        event.preventDefault();
        resolve(undefined);
      };
    } catch {
      resolve(undefined);
    }
  });
}

function request<T>(make: () => IDBRequest<T>): Promise<T | undefined> {
  return issued(make).then((r) => r?.result);
}

/**
 * `read` on the database `name`, or `fallback` when it cannot be opened or read. Closed after, or,
 * when `closeLater` takes it (given the result: it read on), when that closes it.
 */
async function withDatabase<T>(
  idb: Idb,
  name: string,
  fallback: T,
  read: (db: IDBDatabase) => Promise<T>,
  closeLater?: (db: IDBDatabase, result: T) => unknown,
): Promise<T> {
  const db = await openExisting(idb, name);
  if (!db) return fallback;
  let result = fallback;
  try {
    result = await read(db);
    return result;
  } catch {
    return fallback;
  } finally {
    if (!closeLater?.(db, result)) db.close();
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

/**
 * The Overview's stored data from `fromPeriod` on, or null (a store missing, something noted since
 * packing, or not `wanted`). Its requests go out at once, beside the opening's other reads, so the
 * database reads it while they run; its records are taken only once `wanted` says the panel has no
 * saved Overview to show first, else the read is given up (it would compete with showing that).
 */
async function readStoredData(db: IDBDatabase, fromPeriod: number, onStart: () => void, wanted: Promise<boolean>): Promise<StoredOverviewData | null> {
  if (!DATA_STORES.every((name) => db.objectStoreNames.contains(name))) return null;
  onStart();
  const tx = db.transaction(DATA_STORES, 'readonly');
  const blocks = tx.objectStore('rollupBlocks');
  const want = wanted.catch(() => false);
  // Each result is taken as its request succeeds (once wanted): the page rebuilds one while the
  // database reads the next, rather than all of them one after another at the end.
  const taken = <T>(make: () => IDBRequest<T[]>) => issued(make).then(async (r): Promise<unknown[] | undefined> => ((await want) ? r?.result : undefined));
  const requests = Promise.all([
    taken(() => tx.objectStore('copyDirty').getAllKeys(null, 1)),
    taken(() => tx.objectStore('rollupDirty').getAllKeys(null, 1)),
    taken(() => tx.objectStore('tableCopies').getAll()),
    // The totals block has the lowest key (lib/rollups/blocks.ts: below every period), so it is the
    // first block before `fromPeriod` (not imported here: this script stays small; its reader checks it).
    taken(() => blocks.getAll(IDBKeyRange.upperBound(fromPeriod, true), 1)),
    taken(() => blocks.getAll(IDBKeyRange.lowerBound(fromPeriod))),
  ]);
  if (!(await want)) {
    try {
      tx.abort();
    } catch {
      // Finished already.
    }
    return null;
  }
  const [copyNotes, rollupNotes, copies, totalsBlock, periodBlocks] = await requests;
  if (copyNotes?.length !== 0 || rollupNotes?.length !== 0 || !copies || !periodBlocks) return null;
  return { version: db.version, fromPeriod, copies, totalsBlock: totalsBlock?.[0], blocks: periodBlocks };
}

async function readActiveName(idb: Idb, base: string): Promise<string> {
  const record = await withDatabase(idb, metaDbName(base), undefined, (db) =>
    db.objectStoreNames.contains('state') ? request(() => db.transaction('state', 'readonly').objectStore('state').get('active')) : Promise.resolve(undefined),
  );
  const name = (record as { key?: unknown; name?: unknown } | undefined)?.name;
  return (record as { key?: unknown } | undefined)?.key === 'active' && typeof name === 'string' ? name : base;
}

/**
 * Reads `dbName`'s part of the opening read; with a period to read from, the Overview's stored data
 * too, once the saved Overviews turn out to be none (the database stays open for it meanwhile).
 */
async function readFor(idb: Idb, dbName: string, dataOptions: DataOptions): Promise<Omit<OpeningRead, 'dbName'>> {
  const savedOverviews = withDatabase(idb, analysisCacheDbName(dbName), [], (db) => getAllOf(db, 'overviews'));
  const { analysisOf } = dataOptions;
  // Megabytes: read on a connection of its own, so the Overviews (kilobytes) do not wait for it.
  const analysis =
    analysisOf === null
      ? undefined
      : withDatabase(idb, analysisCacheDbName(dbName), undefined as unknown, (db) =>
          db.objectStoreNames.contains('analyses') ? request(() => db.transaction('analyses', 'readonly').objectStore('analyses').get(analysisOf)) : Promise.resolve(undefined),
        ).then((record) => {
          decodeListsAhead(record);
          return record;
        });
  const noSavedOverviews = savedOverviews.then((saved) => saved.length === 0);
  const readData = (db: IDBDatabase, fromPeriod: number) => readStoredData(db, fromPeriod, dataOptions.onStart, noSavedOverviews).catch(() => null);
  let version: number | null = null;
  const [overviews, [settings, presence, eligibility, data]] = await Promise.all([
    savedOverviews,
    withDatabase(idb, dbName, [[], null, [], undefined] as [unknown[], TablePresence | null, unknown[], Promise<StoredOverviewData | null> | undefined], async (db) => {
      version = db.version;
      const data = dataOptions.fromPeriod === null ? undefined : readData(db, dataOptions.fromPeriod);
      const read = await Promise.all([getAllOf(db, 'settings'), readPresence(db).catch(() => null), getAllOf(db, 'eligibility')]);
      return [...read, data] as const;
    }, (db, result) => result[3]?.finally(() => db.close())),
  ]);
  const byId = new Map<string, unknown>();
  for (const record of settings) {
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id === 'string') byId.set(id, record);
  }
  const read = { version, overviews, settings: byId, presence, eligibility, ...(analysis ? { analysis } : {}) };
  return data ? { ...read, data } : read;
}

interface DataOptions {
  /** The first period to read the Overview's stored data from; null: not read. */
  fromPeriod: number | null;
  /** Called as that read starts. */
  onStart: () => void;
  /** The window whose full saved analysis to read; null: not read. */
  analysisOf: number | null;
}

/** The window the panel last analysed (components/analysis/early-cache-read.ts remembers it). */
export const LAST_WINDOW_KEY = 'creatorDesk.lastAnalysisWindowDays';

export function lastAnalysisWindow(storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): number | null {
  try {
    const value = Number(storage?.getItem(LAST_WINDOW_KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Remembered for the next opening: the first period the Overview's stored data was read from. */
const FROM_PERIOD_KEY = 'creatorDesk.overviewFromPeriod';

/**
 * Notes the first period the panel read the Overview's stored data from: the next opening reads its
 * stored data from there while the panel's code loads. Its settings (how far back the analysis
 * looks) are known only to that code: a later start (the days moved on) is read past, an earlier
 * one (a longer lookback since) is read by the panel itself.
 */
export function rememberOverviewFromPeriod(period: number, storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null): void {
  try {
    if (storage && storage.getItem(FROM_PERIOD_KEY) !== String(period)) storage.setItem(FROM_PERIOD_KEY, String(period));
  } catch {
    // Storage unavailable: the panel reads the stored data itself.
  }
}

function rememberedFromPeriod(storage: Pick<Storage, 'getItem'> | null): number | null {
  try {
    const text = storage?.getItem(FROM_PERIOD_KEY);
    const period = text ? Number(text) : NaN;
    return Number.isInteger(period) ? period : null;
  } catch {
    return null;
  }
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

export interface OpeningOptions {
  /** Read the Overview's stored data too (the panel opens on a view that analyses). */
  data?: boolean;
  /** Called as the read of the Overview's stored data starts. */
  onDataRead?: () => void;
  /** Read the full saved analysis of the window the panel last analysed too (it opens on the Creators list). */
  analysis?: boolean;
}

/** Reads what the panel shows first (see the top of this file); never rejects. */
export async function readOnOpening(
  idb: Idb = indexedDB,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null,
  base: string = OPENING_BASE_NAME,
  options: OpeningOptions = {},
): Promise<OpeningRead> {
  const data: DataOptions = {
    fromPeriod: options.data ? rememberedFromPeriod(storage) : null,
    onStart: options.onDataRead ?? (() => {}),
    analysisOf: options.analysis ? lastAnalysisWindow(storage) : null,
  };
  const guess = lastName(storage) ?? base;
  const guessed = readFor(idb, guess, data);
  const dbName = await readActiveName(idb, base).catch(() => base);
  rememberName(storage, dbName);
  const read = dbName === guess ? await guessed : await readFor(idb, dbName, data);
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

/**
 * The eligibility records and settings records the opening read found, for database `dbName` (the
 * eligibility line's first render), or null.
 */
export function openingEligibility(dbName: string): Pick<OpeningRead, 'eligibility' | 'settings'> | null {
  return settledOpeningRead(dbName);
}

/**
 * The full saved analysis record the opening read started reading (of the window last analysed),
 * for database `dbName`, until `doneWithOpeningOverviews`; unchecked (analysis-cache.ts
 * `analysisOfRecord` checks it, its window too); undefined inside when none was saved. Null when it read none.
 */
export function openingAnalysis(dbName: string): Promise<unknown> | null {
  return (overviewsUsed ? undefined : settledOpeningRead(dbName)?.analysis) ?? null;
}

export function doneWithOpeningOverviews(): void {
  overviewsUsed = true;
  // Megabytes: not kept once out of date.
  if (settled) delete settled.analysis;
}
