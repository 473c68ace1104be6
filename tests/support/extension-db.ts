/**
 * Reading the extension's own IndexedDB from the background service worker, with the plain
 * IndexedDB API, so tests check what is really stored (not what the UI says).
 */
import type { Worker } from '@playwright/test';

/** The fields of a stored capture log entry the tests look at (the full shape: `CaptureLogEntry` in lib/model). */
export interface CaptureLogRecord {
  pageKind: string;
  status: string;
  rowsRead: number;
  created: number;
  rejected: number;
  /** Headers seen, for an unrecognized table. */
  headers?: string[];
}

export async function readStore<T = Record<string, unknown>>(worker: Worker, store: string): Promise<T[]> {
  return (await query(worker, store, 'getAll')) as T[];
}

/** Records in `store`, counted by IndexedDB (none read: cheap enough to poll during a bench). */
export async function countStore(worker: Worker, store: string): Promise<number> {
  return (await query(worker, store, 'count')) as number;
}

function query(worker: Worker, store: string, request: 'getAll' | 'count'): Promise<unknown> {
  return worker.evaluate(async ({ store, request }) => {
    const empty = request === 'count' ? 0 : [];
    const names = (await indexedDB.databases()).map((info) => info.name);
    // The active database: `creator-desk`, unless a restore swapped another in (lib/db/active-database.ts).
    const active = !names.includes('creator-desk-meta')
      ? 'creator-desk'
      : await new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('creator-desk-meta');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const meta = open.result;
            if (!meta.objectStoreNames.contains('state')) {
              meta.close();
              resolve('creator-desk');
              return;
            }
            const get = meta.transaction('state', 'readonly').objectStore('state').get('active');
            get.onsuccess = () => {
              meta.close();
              resolve((get.result as { name?: string } | undefined)?.name ?? 'creator-desk');
            };
            get.onerror = () => reject(get.error);
          };
        });
    // Opening a database that does not exist would create it (empty, version 1): look first.
    if (!names.includes(active)) return empty;
    return new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open(active);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(store)) {
          db.close();
          resolve(empty);
          return;
        }
        const objectStore = db.transaction(store, 'readonly').objectStore(store);
        const result = request === 'count' ? objectStore.count() : objectStore.getAll();
        result.onsuccess = () => {
          db.close();
          resolve(result.result);
        };
        result.onerror = () => reject(result.error);
      };
    });
  }, { store, request });
}
