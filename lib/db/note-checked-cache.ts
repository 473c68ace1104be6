/**
 * Records a connection last read or wrote, kept in memory so its next write need not read them
 * again by key (rollup-cache.ts, creator-cache.ts).
 *
 * Trusted only while nobody else changed the tables. Every write to them adds a note under a new
 * auto-incremented key of a notes table in its own transaction (a fold or a rebuild clears the
 * notes, and keys are never given out twice), so a transaction whose newest note is the one this
 * connection's last committed transaction left sees the tables as that one left them; anything
 * else (another context's write, a fold, a rebuild, no notes at all) empties the cache. What a
 * transaction reads and writes is kept apart and enters the cache only when it commits.
 */

/** Per table, by key (the record key's string form): a record, or null when none is stored. */
type Records<T extends string> = Map<T, Map<string, unknown>>;

/** What one transaction read and wrote, until it commits. */
export class CacheView<T extends string = string> {
  /** Records read or written in this transaction (null: none stored). */
  private readonly own: Records<T> = new Map();
  /** Every key of a table, read in this transaction (before its own writes, which `own` holds). */
  private readonly keySets = new Map<T, Set<string>>();
  /** The newest note when the transaction started using the cache, then its own newest note. */
  private newestNote: number | undefined;

  constructor(
    private readonly cache: NoteCheckedCache<T>,
    private readonly epoch: number,
    newestNote: number | undefined,
    /** Whether the cache was right when the transaction began (this connection's captures follow each other). */
    readonly warm = false,
    /** Reads the transaction's newest note (for `seal`). */
    private readonly readNewest?: () => Promise<number | undefined>,
  ) {
    this.newestNote = newestNote;
  }

  /**
   * The record stored under `key` (null: none), or undefined when not known here (nor anything at
   * all once the cache was emptied during the transaction: the tables changed behind the view).
   * With every key of the table known, a key not among them is known to hold nothing.
   */
  lookup(table: T, key: string): unknown {
    if (!this.cache.isEpoch(this.epoch)) return undefined;
    const own = this.own.get(table)?.get(key);
    if (own !== undefined) return own;
    const cached = this.cache.lookup(table, key);
    if (cached !== undefined) return cached;
    const keys = this.keySets.get(table) ?? this.cache.keysOf(table);
    return keys && !keys.has(key) ? null : undefined;
  }

  /** A record read from or written to the table in this transaction (null: none stored). */
  set(table: T, key: string, record: unknown): void {
    let records = this.own.get(table);
    if (!records) this.own.set(table, (records = new Map()));
    records.set(key, record ?? null);
  }

  /** Whether every key of the table is known (read in this transaction or kept). */
  hasKeys(table: T): boolean {
    return this.keySets.has(table) || this.cache.keysOf(table) !== undefined;
  }

  /** Every key of the table as stored now, read in this transaction. */
  setKeys(table: T, keys: Set<string>): void {
    this.keySets.set(table, keys);
  }

  /** The key of the note this transaction added. */
  noted(key: number): void {
    this.newestNote = key;
  }

  /** After the transaction's own writes (which noted themselves): the newest note now is what the next one must find. */
  async seal(): Promise<void> {
    if (this.readNewest) this.newestNote = await this.readNewest();
  }

  /** Called when the transaction committed. */
  committed(): void {
    if (!this.cache.isEpoch(this.epoch)) return;
    if (this.newestNote === undefined) this.cache.clear();
    else this.cache.commit(this.own, this.keySets, this.newestNote);
  }
}

/** One per open database connection. */
export class NoteCheckedCache<T extends string> {
  private readonly entries: Map<T, Map<string, unknown>>;
  /** Every key of a table, when read once and kept in step since. */
  private readonly keys = new Map<T, Set<string>>();
  /** The newest note when the entries were last right; undefined: they cannot be trusted. */
  private newestNote: number | undefined;
  /** Bumped whenever the entries are dropped: a view of an older epoch adds nothing. */
  private epoch = 0;
  constructor(
    private readonly tables: readonly T[],
    private readonly limit: number,
  ) {
    this.entries = new Map(tables.map((table) => [table, new Map()]));
  }

  /**
   * A view for work in the read-write transaction `idb`, checked against its newest note
   * (`readNewest`); null when it cannot keep notes (no notes in reach, read-only).
   */
  async view(idb: IDBTransaction, readNewest: (() => Promise<number | undefined>) | null): Promise<CacheView<T> | null> {
    if (!readNewest || idb.mode !== 'readwrite') return null;
    const epoch = this.epoch;
    const newest = await readNewest();
    const warm = this.epoch === epoch && newest !== undefined && newest === this.newestNote;
    if (!warm) this.clear();
    const view = new CacheView(this, this.epoch, newest, warm, readNewest);
    if (typeof idb.addEventListener === 'function') idb.addEventListener('complete', () => view.committed());
    return view;
  }

  isEpoch(epoch: number): boolean {
    return epoch === this.epoch;
  }

  lookup(table: T, key: string): unknown {
    return this.entries.get(table)!.get(key);
  }

  keysOf(table: T): ReadonlySet<string> | undefined {
    return this.keys.get(table);
  }

  commit(records: Records<T>, keySets: ReadonlyMap<T, Set<string>>, newestNote: number): void {
    for (const [table, keys] of keySets) if (!this.keys.has(table)) this.keys.set(table, keys);
    let size = 0;
    for (const table of this.tables) {
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
    // The oldest records go first, the first table's before the next.
    for (const table of this.tables) {
      const entries = this.entries.get(table)!;
      for (const key of entries.keys()) {
        if (size <= this.limit) break;
        entries.delete(key);
        size -= 1;
      }
    }
    this.newestNote = newestNote;
  }

  /** Drops every entry (the tables changed in a way no view followed: a rebuild, a direct write). */
  clear(): void {
    for (const entries of this.entries.values()) entries.clear();
    this.keys.clear();
    this.newestNote = undefined;
    this.epoch += 1;
  }
}
