/**
 * The plain-IndexedDB baseline for the storage bench: the same object stores and indexes as
 * `lib/db/database.ts` declares (Dexie schema version 1), written with raw IDB requests.
 */

/** Store → [key path, auto-increment, index names (each on the property of the same name)]. */
const STORES: Record<string, { keyPath: string | string[]; autoIncrement?: boolean; indexes: string[] }> = {
  creators: { keyPath: 'key', indexes: ['creatorId', 'handle', 'lastSeen', 'updatedAt'] },
  content: { keyPath: 'key', indexes: ['creatorKey', 'postDate', 'lastSeen'] },
  snapshots: { keyPath: ['creatorKey', 'day'], indexes: ['creatorKey', 'day'] },
  captureLog: { keyPath: 'id', autoIncrement: true, indexes: ['at'] },
};

export const WRITE_STORES = ['creators', 'content', 'snapshots'] as const;
export type WriteStore = (typeof WRITE_STORES)[number];

export function openPlainDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [store, spec] of Object.entries(STORES)) {
        const objectStore = db.createObjectStore(store, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement ?? false });
        for (const index of spec.indexes) objectStore.createIndex(index, index);
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

/** Records written in one batch, per store. */
export type PlainBatch = Partial<Record<WriteStore, unknown[]>>;

/** One read-write transaction over the three stores, like `storeCreatorRows`/`storeContentRows`. */
export function writeBatch(db: IDBDatabase, batch: PlainBatch): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([...WRITE_STORES], 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    for (const store of WRITE_STORES) {
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
