/**
 * The creator records this connection's captures last read or wrote, kept in memory so the next
 * capture need not read them again by key: a 500-row video capture names ~500 creators spread over
 * the whole table, one IndexedDB request each, and writes only the few it changes (creator-session.ts).
 *
 * Trusted only while nobody else wrote a copied table: every write to `creators` notes its keys in
 * `copyDirty` under a new auto-incremented key, in its own transaction (table-copies.ts); a fold
 * clears the notes, and keys are never given out twice. So a transaction whose newest note is the
 * one that was newest when this connection's last capture finished its writes sees the creators as
 * that capture left them; anything else (another context's write, a fold, no notes at all) empties
 * the cache. What a transaction reads and writes enters the cache only when it commits. Read
 * through the raw transaction: `copyDirty` is in its scope (the table-copies middleware widens every
 * read-write transaction over a copied table) but not in the Dexie scope the capture named.
 */
import Dexie, { type Transaction } from 'dexie';
import type { Creator } from '../model/entities';

/** At most this many creators are kept (a creator record is under a kilobyte): the oldest go first. */
export const CREATOR_CACHE_LIMIT = 30_000;

const NOTES = 'copyDirty';

function newestNote(idb: IDBTransaction): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = idb.objectStore(NOTES).openKeyCursor(null, 'prev');
    request.onsuccess = () => resolve(request.result?.key as number | undefined);
    request.onerror = () => reject(request.error ?? new Error('Could not read the newest table-copy note'));
  });
}

/** What one transaction read and wrote, until it commits. */
export class CreatorCacheView {
  private readonly own = new Map<string, Creator | null>();
  private sealedNote: number | undefined;

  constructor(
    private readonly cache: CreatorCache,
    private readonly epoch: number,
    private readonly idb: IDBTransaction,
  ) {}

  /** The creator stored under `key` (null: none), or undefined when not known here. */
  lookup(key: string): Creator | null | undefined {
    if (!this.cache.isEpoch(this.epoch)) return undefined;
    const own = this.own.get(key);
    return own !== undefined ? own : this.cache.lookup(key);
  }

  set(key: string, record: Creator | null | undefined): void {
    this.own.set(key, record ?? null);
  }

  /** After the capture's writes: the newest note now is what the next capture must find. */
  async seal(): Promise<void> {
    this.sealedNote = await newestNote(this.idb);
  }

  committed(): void {
    if (!this.cache.isEpoch(this.epoch)) return;
    if (this.sealedNote === undefined) this.cache.clear();
    else this.cache.commit(this.own, this.sealedNote);
  }
}

export class CreatorCache {
  private readonly entries = new Map<string, Creator | null>();
  private newestNote: number | undefined;
  private epoch = 0;

  /**
   * A view for one capture (a merge session) in the current transaction, checked against the newest
   * note first (a second session in one transaction finds the first one's notes and starts empty);
   * null when there is no read-write transaction with the notes in reach.
   */
  async view(): Promise<CreatorCacheView | null> {
    const tx = Dexie.currentTransaction as (Transaction & { idbtrans?: IDBTransaction }) | null;
    const idb = tx?.idbtrans;
    if (!idb || idb.mode !== 'readwrite' || !idb.objectStoreNames.contains(NOTES)) return null;
    const epoch = this.epoch;
    const newest = await newestNote(idb);
    if (this.epoch !== epoch || newest === undefined || newest !== this.newestNote) this.clear();
    const view = new CreatorCacheView(this, this.epoch, idb);
    idb.addEventListener('complete', () => view.committed());
    return view;
  }

  isEpoch(epoch: number): boolean {
    return epoch === this.epoch;
  }

  lookup(key: string): Creator | null | undefined {
    return this.entries.get(key);
  }

  commit(records: ReadonlyMap<string, Creator | null>, newestNote: number): void {
    for (const [key, record] of records) {
      this.entries.delete(key);
      this.entries.set(key, record);
    }
    for (const key of this.entries.keys()) {
      if (this.entries.size <= CREATOR_CACHE_LIMIT) break;
      this.entries.delete(key);
    }
    this.newestNote = newestNote;
  }

  clear(): void {
    this.entries.clear();
    this.newestNote = undefined;
    this.epoch += 1;
  }
}

/** One cache per opened database: a reopened one (after an upgrade) starts empty. */
const caches = new WeakMap<object, CreatorCache>();

export function creatorCacheOf(db: Dexie): CreatorCache {
  const core = (db as unknown as { core: object }).core;
  let cache = caches.get(core);
  if (!cache) caches.set(core, (cache = new CreatorCache()));
  return cache;
}
