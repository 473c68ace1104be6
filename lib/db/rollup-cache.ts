/**
 * The rollup records and totals this connection last read or wrote (note-checked-cache.ts), so the
 * next capture's upkeep (rollup-upkeep.ts) need not read them again: a 500-row capture otherwise
 * reads about as many rollup records as it writes, one IndexedDB request each (the records a batch
 * touches are spread over the whole table, so no key range gathers them). The notes are the
 * upkeep's `rollupDirty` notes (rollup-upkeep.ts `note`); a write to the rollup tables that does
 * not go through the upkeep (a migration) empties the cache too.
 */
import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import { NoteCheckedCache, type CacheView } from './note-checked-cache';

/** The tables cached: the upkeep reads them by key for every write of pieces and order lines. */
export const CACHED_TABLES = ['rollups', 'rollupTotals'] as const;
export type CachedTable = (typeof CACHED_TABLES)[number];

/** At most this many records are kept (a rollup record is well under a kilobyte): the oldest go first. */
export const CACHE_LIMIT = 60_000;

const ANY_KEY = { type: 3, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false } as const;

/** One per open database connection (the upkeep middleware's instance). */
export class RollupCache extends NoteCheckedCache<CachedTable> {
  private readonly views = new WeakMap<object, Promise<CacheView<CachedTable> | null>>();

  constructor(limit = CACHE_LIMIT) {
    super(CACHED_TABLES, limit);
  }

  /**
   * The transaction's view, made once per transaction (each of its writes goes through the upkeep)
   * and checked against the newest `rollupDirty` note (`notes`; null: out of reach).
   */
  rollupView(trans: DBCoreTransaction, notes: DBCoreTable | null): Promise<CacheView<CachedTable> | null> {
    let view = this.views.get(trans);
    if (!view) {
      const readNewest = notes
        ? async () => (await notes.query({ trans, values: false, limit: 1, direction: 'prev', query: { index: notes.schema.primaryKey, range: ANY_KEY } })).result[0] as number | undefined
        : null;
      view = this.view(trans as unknown as IDBTransaction, readNewest);
      this.views.set(trans, view);
    }
    return view;
  }
}
