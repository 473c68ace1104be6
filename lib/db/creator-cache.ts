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
import { NoteCheckedCache, type CacheView } from './note-checked-cache';

/** At most this many creators are kept (a creator record is under a kilobyte): the oldest go first. */
export const CREATOR_CACHE_LIMIT = 30_000;

const NOTES = 'copyDirty';
export const CREATORS = 'creators';

function newestNote(idb: IDBTransaction): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = idb.objectStore(NOTES).openKeyCursor(null, 'prev');
    request.onsuccess = () => resolve(request.result?.key as number | undefined);
    request.onerror = () => reject(request.error ?? new Error('Could not read the newest table-copy note'));
  });
}

export type CreatorCacheView = CacheView<typeof CREATORS>;

/**
 * A view for one capture in the current read-write transaction (note-checked-cache.ts), checked
 * against the newest `copyDirty` note; null when there is none or the notes are out of reach.
 * After its writes the capture calls `seal()`: the newest note then is what the next one must find.
 */
export function creatorCacheView(db: Dexie): Promise<CreatorCacheView | null> {
  const tx = Dexie.currentTransaction as (Transaction & { idbtrans?: IDBTransaction }) | null;
  const idb = tx?.idbtrans;
  if (!idb || !idb.objectStoreNames.contains(NOTES)) return Promise.resolve(null);
  return creatorCacheOf(db).view(idb, () => newestNote(idb));
}

/** One cache per opened database: a reopened one (after an upgrade) starts empty. */
const caches = new WeakMap<object, NoteCheckedCache<typeof CREATORS>>();

function creatorCacheOf(db: Dexie): NoteCheckedCache<typeof CREATORS> {
  const core = (db as unknown as { core: object }).core;
  let cache = caches.get(core);
  if (!cache) caches.set(core, (cache = new NoteCheckedCache([CREATORS], CREATOR_CACHE_LIMIT)));
  return cache;
}
