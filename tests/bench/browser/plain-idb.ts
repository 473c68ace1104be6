/**
 * The plain-IndexedDB baseline for the storage bench: the same object stores and indexes as the
 * extension's database (every table of the newest Dexie schema version, read from the opened Dexie
 * database, so the two cannot drift apart), written with raw IDB requests.
 */
import type Dexie from 'dexie';

/** One object store: key path, auto-increment, and its indexes (name, key path, unique, multi-entry). */
export interface PlainStoreSpec {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}

/** The object stores and indexes of an opened Dexie database. */
export function storeSpecsOf(db: Dexie): PlainStoreSpec[] {
  return db.tables.map((table) => ({
    name: table.name,
    keyPath: table.schema.primKey.keyPath ?? null,
    autoIncrement: table.schema.primKey.auto ?? false,
    indexes: table.schema.indexes.map((index) => ({
      name: index.name,
      keyPath: index.keyPath as string | string[],
      unique: index.unique ?? false,
      multiEntry: index.multi ?? false,
    })),
  }));
}

export const WRITE_STORES = ['creators', 'content', 'snapshots'] as const;
export type WriteStore = (typeof WRITE_STORES)[number];

export function openPlainDb(name: string, stores: readonly PlainStoreSpec[]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const spec of stores) {
        const objectStore = db.createObjectStore(spec.name, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
        for (const index of spec.indexes) objectStore.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`Deleting ${name} is blocked by an open connection`));
  });
}

/** Records written in one batch, per store (the three a capture writes, and any others such as the rollups). */
export type PlainBatch = Partial<Record<WriteStore | string, unknown[]>>;

/** One read-write transaction over the batch's stores, like `storeCreatorRows`/`storeContentRows`. */
export function writeBatch(db: IDBDatabase, batch: PlainBatch): Promise<void> {
  const stores = [...new Set([...WRITE_STORES, ...Object.keys(batch)])];
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    for (const store of stores) {
      const objectStore = tx.objectStore(store);
      for (const record of batch[store] ?? []) objectStore.put(record);
    }
  });
}

export function countRecords(db: IDBDatabase, store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store, 'readonly').objectStore(store).count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
