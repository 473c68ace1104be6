/**
 * `chrome.storage.local` as the team code uses it: one value per key. The team settings (with the
 * credentials) and the sync status live here, never in IndexedDB.
 */
import type { TeamStorage } from './team-service';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function teamStorage(area: StorageAreaLike): TeamStorage {
  return {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
  };
}

/** What a panel sends over the team port. */
export const SYNC_NOW_MESSAGE = 'sync-now';
export const PING_MESSAGE = 'ping';
