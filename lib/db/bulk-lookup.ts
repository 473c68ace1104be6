/**
 * Reading the records a capture may merge into, as cheaply as IndexedDB allows. Measured in Chromium
 * (10,000 creators): a range `getAll` costs ~11 µs per record, `bulkGet` ~43 µs per key, one
 * `where(index).equals()` request ~90 µs, and Dexie's `anyOf` walks a cursor with one sequential
 * continue() per value (slower still). So: count the records between the smallest and largest wanted
 * key first (one request, bounded: `countUpTo`); nothing there → no reads at all (a first capture); a dense range →
 * read the range at once and keep the wanted ones; a sparse range → fetch by key. Keys of different
 * kinds (`video:` and `live:` pieces) are looked up per kind (`keyGroups`).
 */
import Dexie, { cmp, type Collection, type IndexableType, type Table } from 'dexie';

/** Read a key range whole when it holds at most this many records per wanted key. */
const PRIMARY_RANGE_FACTOR = 3;
const INDEX_RANGE_FACTOR = 6;

function keyId(key: unknown): string {
  return typeof key === 'string' ? key : JSON.stringify(key);
}

function sortedUnique<K extends IndexableType>(keys: Iterable<K>): K[] {
  const byId = new Map<string, K>();
  for (const key of keys) byId.set(keyId(key), key);
  return [...byId.values()].sort(cmp);
}

/**
 * The kind of a key: a string up to its first `:` (`video:`, `live:`, `id:`, `h:`), a compound key by
 * its first part. Keys of one kind lie together in the key order, and a capture's new keys of one kind
 * (new pieces, new order lines) usually have no stored key between them, while the range from the
 * smallest to the largest key of two kinds spans everything stored in between.
 */
function keyKind(key: unknown): string {
  const first = Array.isArray(key) ? key[0] : key;
  if (typeof first !== 'string') return typeof first;
  const colon = first.indexOf(':');
  return colon < 0 ? '' : first.slice(0, colon);
}

/** The keys, unique and sorted, in one group per kind (see `keyKind`). */
export function keyGroups<K>(keys: Iterable<K>): K[][] {
  const groups = new Map<string, Map<string, K>>();
  for (const key of keys) {
    const kind = keyKind(key);
    let group = groups.get(kind);
    if (!group) groups.set(kind, (group = new Map()));
    group.set(keyId(key), key);
  }
  return [...groups.values()].map((group) => [...group.values()].sort(cmp));
}

/**
 * How many records the range holds, counting no further than `limit`: a count walks every stored key
 * in the range (most of a big table when the wanted keys are spread over it); a bounded key read stops.
 */
async function countUpTo<T, K, I>(range: Collection<T, K, I>, limit: number): Promise<number> {
  return (await range.limit(limit).primaryKeys()).length;
}

/** The stored records with these primary keys (missing ones are simply absent from the result). */
export async function recordsByPrimaryKeys<T, K extends IndexableType, I>(table: Table<T, K, I>, keys: Iterable<K>): Promise<T[]> {
  const found = await Promise.all(keyGroups(keys).map((group) => recordsInGroup(table, group)));
  return found.flat();
}

async function recordsInGroup<T, K extends IndexableType, I>(table: Table<T, K, I>, wanted: K[]): Promise<T[]> {
  const lowest = wanted[0];
  const highest = wanted[wanted.length - 1];
  if (lowest === undefined || highest === undefined) return [];
  const range = () => table.where(':id').between(lowest, highest, true, true);
  const limit = wanted.length * PRIMARY_RANGE_FACTOR + 1;
  const inRange = await countUpTo(range(), limit);
  if (inRange === 0) return [];
  if (inRange < limit) {
    const keyPath = table.schema.primKey.keyPath;
    if (keyPath === undefined || keyPath === null) return (await table.bulkGet(wanted)).filter((r) => r !== undefined);
    const ids = new Set(wanted.map(keyId));
    const records = await range().toArray();
    return records.filter((record) => ids.has(keyId(Dexie.getByKeyPath(record as object, keyPath))));
  }
  return (await table.bulkGet(wanted)).filter((record) => record !== undefined);
}

/** Every stored record whose `index` (a plain, non-multi index) equals one of `values`. */
export async function recordsByIndexValues<T, K, I>(table: Table<T, K, I>, index: string, values: Iterable<string>): Promise<T[]> {
  const wanted = sortedUnique(values);
  const lowest = wanted[0];
  const highest = wanted[wanted.length - 1];
  if (lowest === undefined || highest === undefined) return [];
  const range = () => table.where(index).between(lowest, highest, true, true);
  const limit = wanted.length * INDEX_RANGE_FACTOR + 1;
  const inRange = await countUpTo(range(), limit);
  if (inRange === 0) return [];
  if (inRange < limit) {
    const set = new Set(wanted);
    const records = await range().toArray();
    return records.filter((record) => set.has(Dexie.getByKeyPath(record as object, index) as string));
  }
  const lists = await Promise.all(wanted.map((value) => table.where(index).equals(value).toArray()));
  return lists.flat();
}
