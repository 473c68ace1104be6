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

/** Per table, by key (the record key's string form): a record, or null when none is stored. */
type Records = Map<CachedTable, Map<string, unknown>>;

/** What one transaction read and wrote, until it commits. */
export class CacheView {
  /** Records read or written in this transaction (null: none stored). */
  private readonly own: Records = new Map();
  /** Every key of a table, read in this transaction (before its own writes, which `own` holds). */
  private readonly keySets = new Map<CachedTable, Set<string>>();
  /** The newest note when the transaction started using the cache, then its own newest note. */
  private newestNote: number | undefined;

  constructor(
    private readonly cache: RollupCache,
    private readonly epoch: number,
    newestNote: number | undefined,
    /** Whether the cache was right when the transaction began (this connection's captures follow each other). */
    readonly warm = false,
  ) {
    this.newestNote = newestNote;
  }

  /**
   * The record stored under `key` (null: none), or undefined when not known here (nor anything at
   * all once the cache was emptied during the transaction: the rollups changed behind the view).
   * With every key of the table known, a key not among them is known to hold nothing.
   */
  lookup(table: CachedTable, key: string): unknown {
    if (!this.cache.isEpoch(this.epoch)) return undefined;
    const own = this.own.get(table)?.get(key);
    if (own !== undefined) return own;
    const cached = this.cache.lookup(table, key);
    if (cached !== undefined) return cached;
    const keys = this.keySets.get(table) ?? this.cache.keysOf(table);
    return keys && !keys.has(key) ? null : undefined;
  }

  /** A record read from or written to the table in this transaction (null: none stored). */
  set(table: CachedTable, key: string, record: unknown): void {
    let records = this.own.get(table);
    if (!records) this.own.set(table, (records = new Map()));
    records.set(key, record ?? null);
  }

  /** Whether every key of the table is known (read in this transaction or kept). */
  hasKeys(table: CachedTable): boolean {
    return this.keySets.has(table) || this.cache.keysOf(table) !== undefined;
  }

  /** Every key of the table as stored now, read in this transaction. */
  setKeys(table: CachedTable, keys: Set<string>): void {
    this.keySets.set(table, keys);
  }

  /** The key of the note this transaction added. */
  noted(key: number): void {
    this.newestNote = key;
  }

  /** Called when the transaction committed. */
  committed(): void {
    if (!this.cache.isEpoch(this.epoch)) return;
    if (this.newestNote === undefined) this.cache.clear();
    else this.cache.commit(this.own, this.keySets, this.newestNote);
  }
}

/** One per open database connection (the middleware's instance). */
export class RollupCache {
  private readonly entries = new Map<CachedTable, Map<string, unknown>>(CACHED_TABLES.map((table) => [table, new Map()]));
  /** Every key of a table, when read once and kept in step since. */
  private readonly keys = new Map<CachedTable, Set<string>>();
  /** The newest note when the entries were last right; undefined: they cannot be trusted. */
  private newestNote: number | undefined;
  /** Bumped whenever the entries are dropped: a view of an older epoch adds nothing. */
  private epoch = 0;
  private readonly views = new WeakMap<object, Promise<CacheView | null>>();

  constructor(private readonly limit = CACHE_LIMIT) {}

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
    const warm = this.epoch === epoch && newest !== undefined && newest === this.newestNote;
    if (!warm) this.clear();
    const view = new CacheView(this, this.epoch, newest, warm);
    if (typeof idb.addEventListener === 'function') idb.addEventListener('complete', () => view.committed());
    return view;
  }

  isEpoch(epoch: number): boolean {
    return epoch === this.epoch;
  }

  lookup(table: CachedTable, key: string): unknown {
    return this.entries.get(table)!.get(key);
  }

  keysOf(table: CachedTable): ReadonlySet<string> | undefined {
    return this.keys.get(table);
  }

  commit(records: Records, keySets: ReadonlyMap<CachedTable, Set<string>>, newestNote: number): void {
    for (const [table, keys] of keySets) if (!this.keys.has(table)) this.keys.set(table, keys);
    let size = 0;
    for (const table of CACHED_TABLES) {
      const entries = this.entries.get(table)!;
      const keys = this.keys.get(table);
      for (const [key, record] of records.get(table) ?? []) {
        // Re-inserted: the map's order is the order of last use, oldest first.
        entries.delete(key);
        entries.set(key, record);
        if (record === null) keys?.delete(key);
        else keys?.add(key);
      }
      size += entries.size;
    }
    // The oldest records go first, the rollups' before the totals' (one of those per creator).
    for (const table of CACHED_TABLES) {
      const entries = this.entries.get(table)!;
      for (const key of entries.keys()) {
        if (size <= this.limit) break;
        entries.delete(key);
        size -= 1;
      }
    }
    this.newestNote = newestNote;
  }

  /** Drops every entry (the rollups changed in a way no view followed: a rebuild, a direct write). */
  clear(): void {
    for (const entries of this.entries.values()) entries.clear();
    this.keys.clear();
    this.newestNote = undefined;
    this.epoch += 1;
  }
}
