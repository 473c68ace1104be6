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
  return worker.evaluate(
    async ({ store }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('creator-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { store },
  );
}

export async function countStore(worker: Worker, store: string): Promise<number> {
  return (await readStore(worker, store)).length;
}
