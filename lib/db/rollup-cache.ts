/**
 * The rollup records and totals this connection last read or wrote, kept in memory so the next
 * capture's upkeep (rollup-upkeep.ts) need not read them again: a 500-row capture otherwise reads
 * about as many rollup records as it writes, one IndexedDB request each (the records a batch touches
 * are spread over the whole table, so no key range gathers them).
 *
 * Trusted only while nobody else changed the rollups. Every rollup write of the upkeep adds a note
 * under a new auto-incremented key of `rollupDirty` in its own transaction (rollup-upkeep.ts `note`;
 * a fold or a rebuild clears the notes, and keys are never given out twice), so a transaction whose
 * newest note is the one this connection's last committed upkeep left sees the rollups as that
 * upkeep left them; anything else (another context's write, a fold, a rebuild, an empty table)
 * empties the cache. A write to the rollup tables that does not go through the upkeep (a migration)
 * empties it too. What a transaction reads and writes is kept apart and enters the cache only when
 * the transaction commits.
 */
import type { DBCoreTable, DBCoreTransaction } from 'dexie';

/** The tables cached: the upkeep reads them by key for every write of pieces and order lines. */
export const CACHED_TABLES = ['rollups', 'rollupTotals'] as const;
export type CachedTable = (typeof CACHED_TABLES)[number];

/** At most this many records are kept (a rollup record is well under a kilobyte): the oldest go first. */
export const CACHE_LIMIT = 60_000;

const ANY_KEY = { type: 3, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false } as const;

/** A table and key, as one map key. */
const entryId = (table: CachedTable, key: string): string => `${table}\u0002${key}`;

/** What one transaction read and wrote, until it commits. */
export class CacheView {
  /** Records read or written in this transaction (null: none stored). */
  private readonly own = new Map<string, unknown>();
  /** The newest note when the transaction started using the cache, then its own newest note. */
  private newestNote: number | undefined;

  constructor(
    private readonly cache: RollupCache,
    private readonly epoch: number,
    newestNote: number | undefined,
  ) {
    this.newestNote = newestNote;
  }

  /**
   * The record stored under `key` (null: none), or undefined when not known here (nor anything at
   * all once the cache was emptied during the transaction: the rollups changed behind the view).
   */
  lookup(table: CachedTable, key: string): unknown {
    if (!this.cache.isEpoch(this.epoch)) return undefined;
    const id = entryId(table, key);
    const own = this.own.get(id);
    return own !== undefined ? own : this.cache.lookup(id);
  }

  /** A record read from or written to the table in this transaction (null: none stored). */
  set(table: CachedTable, key: string, record: unknown): void {
    this.own.set(entryId(table, key), record ?? null);
  }

  /** The key of the note this transaction added. */
  noted(key: number): void {
    this.newestNote = key;
  }

  /** Called when the transaction committed. */
  committed(): void {
    if (!this.cache.isEpoch(this.epoch)) return;
    if (this.newestNote === undefined) this.cache.clear();
    else this.cache.commit(this.epoch, this.own, this.newestNote);
  }
}

/** One per open database connection (the middleware's instance). */
export class RollupCache {
  private readonly entries = new Map<string, unknown>();
  /** The newest note when the entries were last right; undefined: they cannot be trusted. */
  private newestNote: number | undefined;
  /** Bumped whenever the entries are dropped: a view of an older epoch adds nothing. */
  private epoch = 0;
  private readonly views = new WeakMap<object, Promise<CacheView | null>>();

  /**
   * The transaction's view of the cache, checked once per transaction against the newest note; null
   * when the transaction cannot keep notes (an upgrade before the notes existed, a read-only one).
   */
  view(trans: DBCoreTransaction, notes: DBCoreTable | null): Promise<CacheView | null> {
    let view = this.views.get(trans);
    if (!view) {
      view = this.open(trans, notes);
      this.views.set(trans, view);
    }
    return view;
  }

  private async open(trans: DBCoreTransaction, notes: DBCoreTable | null): Promise<CacheView | null> {
    const idb = trans as unknown as IDBTransaction;
    if (!notes || idb.mode !== 'readwrite') return null;
    const epoch = this.epoch;
    const newest = (await notes.query({ trans, values: false, limit: 1, direction: 'prev', query: { index: notes.schema.primaryKey, range: ANY_KEY } })).result[0] as
      | number
      | undefined;
    if (this.epoch !== epoch || newest === undefined || newest !== this.newestNote) this.clear();
    const view = new CacheView(this, this.epoch, newest);
    if (typeof idb.addEventListener === 'function') idb.addEventListener('complete', () => view.committed());
    return view;
  }

  isEpoch(epoch: number): boolean {
    return epoch === this.epoch;
  }

  lookup(id: string): unknown {
    return this.entries.get(id);
  }

  commit(epoch: number, records: ReadonlyMap<string, unknown>, newestNote: number): void {
    if (epoch !== this.epoch) return;
    for (const [id, record] of records) {
      // Re-inserted: the map's order is the order of last use, oldest first.
      this.entries.delete(id);
      this.entries.set(id, record);
    }
    for (const id of this.entries.keys()) {
      if (this.entries.size <= CACHE_LIMIT) break;
      this.entries.delete(id);
    }
    this.newestNote = newestNote;
  }

  /** Drops every entry (the rollups changed in a way no view followed: a rebuild, a direct write). */
  clear(): void {
    this.entries.clear();
    this.newestNote = undefined;
    this.epoch += 1;
  }
}
