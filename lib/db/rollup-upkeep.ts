/**
 * Keeps the rollups (lib/rollups) in step with the content pieces and order lines, inside the very
 * transaction that writes them. A Dexie DBCore middleware sees every write to `content` and
 * `orders`, whoever makes it (capture, import, restore, creator merges and re-links, deletion), so
 * no write path can forget the rollups:
 * - a read-write transaction over `content` or `orders` is widened to the rollup tables;
 * - each put / add / delete reads the records it replaces, writes, then applies what the old
 *   records took away and the new ones bring (a few bulk requests per batch, not per record);
 * - clearing a table (a restore) rebuilds every rollup from the records left, in the same
 *   transaction.
 * A schema upgrade that rewrites pieces or order lines runs with the rollups upkept too, once the
 * rollup tables exist (version 3 builds them from scratch).
 */
import { cmp } from 'dexie';
import type { DBCore, DBCoreIndex, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Table, Transaction } from 'dexie';
import type { ContentPiece } from '../model/entities';
import type { AffiliateOrder } from '../model/program';
import { applyDeltas, buildRollups, keyOfRecord, setMaximum, totalsWithPostDaysChanging, type RollupKey, type RollupWrites } from '../rollups/apply';
import {
  addLinkedOrders,
  addOrderLine,
  addPiece,
  cellSeen,
  takesLinkedOrders,
  linkedPieceKey,
  linkOrderLine,
  recordKey,
  RollupDeltas,
  rollupCreatorKey,
  totalsKey,
  type OrderIdCounts,
} from '../rollups/contributions';
import { F, periodOfDay, ROLLUP_TABLES, type ContentLinks, type RollupOrderIds, type RollupRecord, type RollupTotals } from '../rollups/fields';
import { localDayOfTimestamp } from '../calendar/days';
import { CREATOR_HANDLE_PREFIX } from '../model/keys';
import { keyGroups } from './bulk-lookup';
import { reaches } from './transaction-reach';
import { BLOCK_TABLES, packAll, type RollupDirty } from '../rollups/blocks';
import { CACHED_TABLES, RollupCache, type CachedTable } from './rollup-cache';
import type { CacheView } from './note-checked-cache';

const SOURCE_TABLES = ['content', 'orders'] as const;
const ANY_RANGE: DBCoreKeyRange = { type: 3, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false };

const reachesRollups = (trans: DBCoreTransaction): boolean => reaches(trans, ROLLUP_TABLES);

interface Change<T> {
  before: T | undefined;
  after: T | undefined;
}

/** Per key: the stored record before the request and what it wrote (the last write of a key wins). */
function changesOf<T>(keys: readonly unknown[], before: readonly (T | undefined)[], after: readonly (T | undefined)[], failed: (i: number) => boolean): Change<T>[] {
  const byKey = new Map<unknown, Change<T>>();
  keys.forEach((key, i) => {
    if (failed(i)) return;
    const known = byKey.get(key);
    if (known) known.after = after[i];
    else byKey.set(key, { before: before[i], after: after[i] });
  });
  return [...byKey.values()];
}

async function getAll<T>(table: DBCoreTable, trans: DBCoreTransaction): Promise<T[]> {
  const response = await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: ANY_RANGE } });
  return response.result as T[];
}

/** Read a key range whole when it holds at most this many records per wanted key (see bulk-lookup.ts). */
const RANGE_FACTOR = 3;
/** The same for an index whose value several records share (the order lines naming one piece). */
const INDEX_RANGE_FACTOR = 6;

/** The orders' index of the piece a line names (schema 13). */
export const LINE_PIECE_INDEX = ['contentType', 'contentId'];

/**
 * The records whose `index` value is one of `keys` (sorted, of one kind): a bounded key-only read of
 * the range first (nothing there: no more reads), then the range at once when dense (the caller
 * filters), else one read per key.
 */
async function indexedRecords<T>(table: DBCoreTable, trans: DBCoreTransaction, index: DBCoreIndex, keys: unknown[]): Promise<T[]> {
  const range: DBCoreKeyRange = { type: 2, lower: keys[0], lowerOpen: false, upper: keys[keys.length - 1], upperOpen: false };
  const limit = keys.length * INDEX_RANGE_FACTOR + 1;
  const inRange = (await table.query({ trans, values: false, limit, query: { index, range } })).result.length;
  if (inRange === 0) return [];
  if (inRange < limit) return (await table.query({ trans, values: true, query: { index, range } })).result as T[];
  const lists = await Promise.all(
    keys.map((key) => table.query({ trans, values: true, query: { index, range: { type: 1, lower: key, lowerOpen: false, upper: key, upperOpen: false } } })),
  );
  return lists.flatMap((response) => response.result as T[]);
}

/**
 * The stored records with these primary keys, in order (undefined where none), as cheaply as
 * IndexedDB allows, per kind of key (`keyGroups`): one bounded key read over the keys' range first —
 * nothing there (a first capture, new order lines) means no per-key reads at all; a dense range is
 * read at once; else key by key.
 */
async function storedRecords<T>(table: DBCoreTable, trans: DBCoreTransaction, keys: unknown[]): Promise<(T | undefined)[]> {
  if (keys.length === 0) return [];
  const byKey = new Map<unknown, T>();
  await Promise.all(keyGroups(keys).map((group) => readGroup<T>(table, trans, group, byKey)));
  return keys.map((key) => byKey.get(keyId(key)));
}

/** Reads the stored records of one group of sorted keys into `byKey`. */
async function readGroup<T>(table: DBCoreTable, trans: DBCoreTransaction, keys: unknown[], byKey: Map<unknown, T>): Promise<void> {
  const range: DBCoreKeyRange = { type: 2, lower: keys[0], lowerOpen: false, upper: keys[keys.length - 1], upperOpen: false };
  const query = { index: table.schema.primaryKey, range };
  // The keys in the range, up to one more than a dense range holds: a count would walk every stored
  // key between the first and last wanted one (most of a big table, every batch).
  const limit = keys.length * RANGE_FACTOR + 1;
  const inRange = (await table.query({ trans, values: false, limit, query })).result.length;
  if (inRange === 0) return;
  const extract = table.schema.primaryKey.extractKey;
  if (inRange > keys.length * RANGE_FACTOR || !extract) {
    const found = (await table.getMany({ trans, keys })) as (T | undefined)[];
    found.forEach((record, i) => {
      if (record !== undefined) byKey.set(keyId(keys[i]), record);
    });
    return;
  }
  const response = await table.query({ trans, values: true, query });
  for (const record of response.result as T[]) byKey.set(keyId(extract(record)), record);
}

const keyId = (key: unknown): unknown => (typeof key === 'string' || typeof key === 'number' ? key : JSON.stringify(key));

async function putOrDelete(table: DBCoreTable, trans: DBCoreTransaction, put: readonly unknown[], remove: readonly unknown[], type: 'put' | 'add' = 'put'): Promise<void> {
  const writes: Promise<DBCoreMutateResponse>[] = [];
  if (put.length > 0) writes.push(table.mutate({ type, trans, values: put }));
  if (remove.length > 0) writes.push(table.mutate({ type: 'delete', trans, keys: [...remove] }));
  const results = await Promise.all(writes);
  const failed = results.find((r) => r.numFailures > 0);
  if (failed) throw Object.values(failed.failures)[0] ?? new Error('Could not update the rollups');
}

/**
 * The rollup records' puts and deletes as plain IndexedDB requests on the transaction: a capture
 * writes ~1,000 of them, and DBCore's mutate sets up handlers and bookkeeping per request (about a
 * tenth of the capture's time). A failed request aborts the transaction, as a failed mutate does.
 */
function putOrDeleteRaw(trans: DBCoreTransaction, name: string, put: readonly unknown[], remove: readonly unknown[]): Promise<void> {
  if (put.length === 0 && remove.length === 0) return Promise.resolve();
  const store = (trans as unknown as IDBTransaction).objectStore(name);
  let last: IDBRequest | undefined;
  for (const record of put) last = store.put(record);
  for (const key of remove) last = store.delete(key as IDBValidKey);
  const request = last!;
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('Could not update the rollups'));
  });
}

/** Unknown keys in one write from which the cache reads every key of the table (rollup-cache.ts). */
const KEY_SET_READ_FROM = 100;
/** Tables with more keys than this are not read whole for their keys. */
const KEY_SET_LIMIT = 500_000;

const isZeroTotals = (t: RollupTotals): boolean =>
  t.datedPieces === 0 && t.undatedPieces === 0 && t.lines === 0 && Object.values(t.gmvCurrencies).every((n) => n === 0);

class RollupStore {
  constructor(
    private readonly core: DBCore,
    private readonly trans: DBCoreTransaction,
    private readonly cache: RollupCache,
  ) {}

  table(name: string): DBCoreTable {
    return this.core.table(name);
  }

  /** This transaction's view of the cached rollup records (null: the notes are out of reach). */
  private view(): Promise<CacheView<CachedTable> | null> {
    return this.cache.rollupView(this.trans, reaches(this.trans, BLOCK_TABLES) ? this.table('rollupDirty') : null);
  }

  /**
   * Records of a cached table by key (`idOf` the key's string form, as `keyOf` gives a record's):
   * cached ones, the rest read. Many unknown keys (most a capture's new records) in a capture that
   * follows this connection's last one: every key of the table is read once (a key-only read), so
   * the cache knows which keys hold nothing from then on. Not in a capture after someone else's
   * write: the cache starts empty again, and reading every key each time costs more than the reads
   * it saves.
   */
  private async cachedMap<T>(name: CachedTable, keys: unknown[][], idOf: (key: unknown[]) => string, keyOf: (value: T) => string): Promise<Map<string, T>> {
    const map = new Map<string, T>();
    if (keys.length === 0) return map;
    const view = await this.view();
    const unknown = (): unknown[][] => {
      const missing: unknown[][] = [];
      for (const key of keys) {
        const known = view?.lookup(name, idOf(key));
        if (known === undefined) missing.push(key);
        else if (known !== null) map.set(idOf(key), known as T);
      }
      return missing;
    };
    let missing = unknown();
    if (view?.warm && missing.length >= KEY_SET_READ_FROM && !view.hasKeys(name)) {
      const table = this.table(name);
      const all = (await table.query({ trans: this.trans, values: false, limit: KEY_SET_LIMIT + 1, query: { index: table.schema.primaryKey, range: ANY_RANGE } })).result as unknown[][];
      if (all.length <= KEY_SET_LIMIT) {
        view.setKeys(name, new Set(all.map(idOf)));
        map.clear();
        missing = unknown();
      }
    }
    if (missing.length === 0) return map;
    const values = await storedRecords<T>(this.table(name), this.trans, missing);
    values.forEach((value, i) => {
      view?.set(name, idOf(missing[i]!), value);
      if (value) map.set(keyOf(value), value);
    });
    return map;
  }

  async getMap<T>(name: string, keys: unknown[], keyOf: (value: T) => string): Promise<Map<string, T>> {
    const map = new Map<string, T>();
    if (keys.length === 0) return map;
    const values = await storedRecords<T>(this.table(name), this.trans, keys);
    for (const value of values) if (value) map.set(keyOf(value), value);
    return map;
  }

  /** Loads the records the deltas touch, merges, writes. */
  async apply(deltas: RollupDeltas): Promise<void> {
    const recordKeys: RollupKey[] = [...deltas.records.values()].map((d) => [d.creatorKey, d.currency, d.period]);
    // A re-captured piece or line takes out and puts back the same counts: such totals stay as
    // stored, unless a post moved to another day (the latest post days they keep can change).
    const postDaysChanging = totalsWithPostDaysChanging(deltas);
    for (const [key, total] of deltas.totals) if (isZeroTotals(total) && !postDaysChanging.has(key)) deltas.totals.delete(key);
    const totalKeys = [...deltas.totals.values()].map((t) => [t.creatorKey, t.currency]);
    const [stored, storedTotals] = await Promise.all([
      this.cachedMap<RollupRecord>('rollups', recordKeys, ([c, cur, p]) => recordKey(c as string, cur as string, p as number), keyOfRecord),
      this.cachedMap<RollupTotals>('rollupTotals', totalKeys, ([c, cur]) => totalsKey(c as string, cur as string), (t) => totalsKey(t.creatorKey, t.currency)),
    ]);
    const writes = applyDeltas(stored, storedTotals, deltas);
    for (const stale of writes.stale) {
      const { creatorKey, currency } = stale.record;
      const records = await this.recordsOf(stale.field === F.PIECES_SEEN ? 'content' : 'orders', creatorKey);
      setMaximum(stale, cellSeen(stale.field, records, { creatorKey, currency, day: stale.day }));
    }
    await this.write(writes);
  }

  /**
   * The pieces or order lines a rollup creator key may hold, as stored now: through the
   * `creatorKey` index; every record for a handle-only key (rare: a deletion among records that
   * name only a handle).
   */
  private async recordsOf(name: 'content' | 'orders', creatorKey: string): Promise<(ContentPiece | AffiliateOrder)[]> {
    const table = this.table(name);
    if (creatorKey.startsWith(CREATOR_HANDLE_PREFIX) || creatorKey === '') return getAll(table, this.trans);
    const index = table.schema.getIndexByKeyPath('creatorKey');
    if (!index) return getAll(table, this.trans);
    const range: DBCoreKeyRange = { type: 1, lower: creatorKey, lowerOpen: false, upper: creatorKey, upperOpen: false };
    const response = await table.query({ trans: this.trans, values: true, query: { index, range } });
    return response.result as (ContentPiece | AffiliateOrder)[];
  }

  async write(writes: RollupWrites): Promise<void> {
    const [view] = await Promise.all([
      this.view(),
      putOrDeleteRaw(this.trans, 'rollups', writes.put, writes.remove),
      putOrDeleteRaw(this.trans, 'rollupTotals', writes.totalsPut, writes.totalsRemove),
    ]);
    const noted = await this.note(writes);
    if (!view) return;
    for (const record of writes.put) view.set('rollups', keyOfRecord(record), record);
    for (const [creatorKey, currency, period] of writes.remove) view.set('rollups', recordKey(creatorKey, currency, period), null);
    for (const total of writes.totalsPut) view.set('rollupTotals', totalsKey(total.creatorKey, total.currency), total);
    for (const [creatorKey, currency] of writes.totalsRemove) view.set('rollupTotals', totalsKey(creatorKey, currency), null);
    if (noted !== undefined) view.noted(noted);
  }

  /**
   * Notes the keys written for the rollups' read form (lib/db/rollup-blocks.ts), once its tables
   * exist; the note's key (the cache's check, rollup-cache.ts), or undefined when nothing was noted.
   */
  private async note(writes: RollupWrites): Promise<number | undefined> {
    if (!reaches(this.trans, BLOCK_TABLES)) return undefined;
    const records = [...writes.put.map((r) => [r.creatorKey, r.currency, r.period]), ...writes.remove];
    const totals = [...writes.totalsPut.map((t) => [t.creatorKey, t.currency]), ...writes.totalsRemove];
    if (records.length === 0 && totals.length === 0) return undefined;
    const note: RollupDirty = { records: JSON.stringify(records), totals: JSON.stringify(totals) };
    const response = await this.table('rollupDirty').mutate({ type: 'add', trans: this.trans, values: [note] });
    if (response.numFailures > 0) throw Object.values(response.failures)[0] ?? new Error('Could not note the rollup write');
    return response.results?.[0] as number | undefined;
  }

  async links(pieceKeys: string[]): Promise<Map<string, ContentLinks>> {
    return this.getMap<ContentLinks>('contentLinks', pieceKeys, (l) => l.piece);
  }

  async writeLinks(links: Map<string, ContentLinks>): Promise<void> {
    const put: ContentLinks[] = [];
    const remove: string[] = [];
    for (const record of links.values()) {
      if (Object.keys(record.lines).length > 0) put.push(record);
      else remove.push(record.piece);
    }
    await putOrDelete(this.table('contentLinks'), this.trans, put, remove);
  }

  /**
   * The links of pieces not stored until now, from the stored order lines naming them (the orders'
   * `[contentType+contentId]` index; every line before schema 13 gave it): links are kept for
   * stored pieces only, so these have none yet.
   */
  private async linksFromLines(pieces: readonly ContentPiece[]): Promise<Map<string, ContentLinks>> {
    const links = new Map<string, ContentLinks>();
    if (pieces.length === 0) return links;
    const table = this.table('orders');
    const index = table.schema.getIndexByKeyPath(LINE_PIECE_INDEX);
    const byType = new Map<string, [string, string][]>();
    for (const piece of pieces) {
      const group = byType.get(piece.type) ?? [];
      group.push([piece.type, piece.contentId]);
      byType.set(piece.type, group);
    }
    const lines = index
      ? (await Promise.all([...byType.values()].map((keys) => indexedRecords<AffiliateOrder>(table, this.trans, index, keys.sort(cmp))))).flat()
      : await getAll<AffiliateOrder>(table, this.trans);
    const wanted = new Set(pieces.map((piece) => piece.key));
    for (const line of lines) {
      const piece = linkedPieceKey(line);
      if (piece !== null && wanted.has(piece)) linkOrderLine(links, line, 1);
    }
    return links;
  }

  async pieceChanges(changes: Change<ContentPiece>[]): Promise<void> {
    // A piece stored before has its links stored (read only when it counts the orders naming it); a
    // piece stored now reads the lines naming it; a piece taken out takes its links along.
    const rewritten = changes.filter((c) => c.before && ((c.after && takesLinkedOrders(c.after)) || takesLinkedOrders(c.before)));
    const added = changes.flatMap((c) => (!c.before && c.after ? [c.after] : []));
    const removed = changes.flatMap((c) => (c.before && !c.after ? [c.before.key] : []));
    const [links, addedLinks] = await Promise.all([this.links(rewritten.map((c) => c.before!.key)), this.linksFromLines(added)]);
    for (const [key, record] of addedLinks) links.set(key, record);
    const deltas = new RollupDeltas();
    for (const { before, after } of changes) {
      if (before) addPiece(deltas, before, links.get(before.key), -1);
      if (after) addPiece(deltas, after, links.get(after.key), 1);
    }
    await Promise.all([
      this.apply(deltas),
      addedLinks.size > 0 || removed.length > 0 ? putOrDelete(this.table('contentLinks'), this.trans, [...addedLinks.values()], removed) : undefined,
    ]);
  }

  async orderChanges(changes: Change<AffiliateOrder>[]): Promise<void> {
    const lines = changes.flatMap((c) => [c.before, c.after]).filter((l): l is AffiliateOrder => !!l);
    const pieceKeys = [...new Set(lines.map(linkedPieceKey).filter((k): k is string => k !== null))];
    const idKeys = new Map<string, RollupKey>();
    for (const line of lines) {
      const owner = rollupCreatorKey(line.creatorKey, line.creatorHandle);
      const currency = line.currency ?? '';
      const period = periodOfDay(localDayOfTimestamp(line.createdAt));
      idKeys.set(recordKey(owner, currency, period), [owner, currency, period]);
    }
    // Links are kept for stored pieces only: those stored are read side by side with their links.
    const [pieces, links, storedIds] = await Promise.all([
      this.getMap<ContentPiece>('content', pieceKeys, (p) => p.key),
      this.links(pieceKeys),
      this.getMap<RollupOrderIds>('rollupOrderIds', [...idKeys.values()], keyOfRecord),
    ]);
    const deltas = new RollupDeltas();
    const namesStored = (line: AffiliateOrder): boolean => {
      const piece = linkedPieceKey(line);
      return piece !== null && pieces.has(piece);
    };
    // Linked orders: what each named piece counted before, then after the lines change.
    for (const piece of pieces.values()) addLinkedOrders(deltas, piece, links.get(piece.key), -1);
    for (const { before } of changes) if (before && namesStored(before)) linkOrderLine(links, before, -1);
    for (const { after } of changes) if (after && namesStored(after)) linkOrderLine(links, after, 1);
    for (const piece of pieces.values()) addLinkedOrders(deltas, piece, links.get(piece.key), 1);

    const orderIds: OrderIdCounts = new Map();
    for (const [key, record] of storedIds) orderIds.set(key, { ...record.lines });
    // Every removal before any addition: an order rewritten line by line is not counted twice.
    for (const { before } of changes) if (before) addOrderLine(deltas, before, orderIds, -1);
    for (const { after } of changes) if (after) addOrderLine(deltas, after, orderIds, 1);

    const idPut: RollupOrderIds[] = [];
    const idRemove: RollupKey[] = [];
    for (const [key, [creatorKey, currency, period]] of idKeys) {
      const counts = orderIds.get(key) ?? {};
      if (Object.keys(counts).length > 0) idPut.push({ creatorKey, currency, period, lines: counts });
      else if (storedIds.has(key)) idRemove.push([creatorKey, currency, period]);
    }
    await Promise.all([
      this.apply(deltas),
      this.writeLinks(links),
      putOrDelete(this.table('rollupOrderIds'), this.trans, idPut, idRemove),
    ]);
  }

  /** Every rollup again from the pieces and lines in the transaction (after a table was cleared). */
  async rebuild(): Promise<void> {
    this.cache.clear();
    const [content, orders] = await Promise.all([
      getAll<ContentPiece>(this.table('content'), this.trans),
      getAll<AffiliateOrder>(this.table('orders'), this.trans),
    ]);
    const state = buildRollups(content, orders);
    const blocks = reaches(this.trans, BLOCK_TABLES);
    const tables = blocks ? [...ROLLUP_TABLES, ...BLOCK_TABLES] : ROLLUP_TABLES;
    await Promise.all(tables.map((name) => this.table(name).mutate({ type: 'deleteRange', trans: this.trans, range: ANY_RANGE })));
    await Promise.all([
      putOrDelete(this.table('rollups'), this.trans, state.rollups, []),
      putOrDelete(this.table('rollupTotals'), this.trans, state.totals, []),
      putOrDelete(this.table('rollupOrderIds'), this.trans, state.orderIds, []),
      putOrDelete(this.table('contentLinks'), this.trans, state.links, []),
      blocks ? putOrDelete(this.table('rollupBlocks'), this.trans, packAll(state.rollups, state.totals), []) : undefined,
    ]);
  }
}

/**
 * Writes of one transaction take turns: two concurrent writes (a creator re-link puts pieces and
 * order lines side by side) would otherwise read and rewrite the same rollup records at once.
 */
const turns = new WeakMap<object, Promise<unknown>>();

function inTurn<T>(trans: DBCoreTransaction, work: () => Promise<T>): Promise<T> {
  const previous = turns.get(trans) ?? Promise.resolve();
  const next = previous.then(work, work);
  turns.set(
    trans,
    next.catch(() => undefined),
  );
  return next;
}

/** Per transaction and source table: records a writer already read, by key (undefined: known absent). */
const knownRecords = new WeakMap<object, Map<string, Map<unknown, unknown>>>();

/**
 * For a writer that already read the records its next write to `table` replaces (an import chunk,
 * which looked its order lines up by order id): that write's upkeep takes them from `records` (key →
 * record, undefined when none is stored) instead of reading them again. Used once; a write naming a
 * key not in `records` reads as usual.
 */
export function useKnownRecords(tx: Transaction, table: (typeof SOURCE_TABLES)[number], records: Map<unknown, unknown>): void {
  let tables = knownRecords.get(tx.idbtrans);
  if (!tables) knownRecords.set(tx.idbtrans, (tables = new Map()));
  tables.set(table, records);
}

async function recordsBefore<T>(table: DBCoreTable, trans: DBCoreTransaction, keys: unknown[]): Promise<(T | undefined)[]> {
  const tables = knownRecords.get(trans);
  const known = tables?.get(table.name);
  tables?.delete(table.name);
  if (!known || !keys.every((key) => known.has(key))) return storedRecords<T>(table, trans, keys);
  return keys.map((key) => known.get(key) as T | undefined);
}

/** Transactions that rebuild the rollups once at their end instead of keeping them per write. */
const deferred = new WeakSet<object>();

/**
 * For a transaction that rewrites whole tables (a restore): writes skip the upkeep, and the caller
 * calls `rebuildRollupTables` before the transaction ends (its scope must include ROLLUP_TABLES).
 */
export function deferRollupUpkeep(tx: Transaction): void {
  deferred.add(tx.idbtrans);
}

function mutateWithRollups(core: DBCore, table: DBCoreTable, req: DBCoreMutateRequest, cache: RollupCache): Promise<DBCoreMutateResponse> {
  if (!reachesRollups(req.trans) || deferred.has(req.trans)) return table.mutate(req);
  return inTurn(req.trans, () => mutateInTurn(core, table, req, cache));
}

async function mutateInTurn(core: DBCore, table: DBCoreTable, req: DBCoreMutateRequest, cache: RollupCache): Promise<DBCoreMutateResponse> {
  const store = new RollupStore(core, req.trans, cache);
  if (req.type === 'deleteRange') {
    const response = await table.mutate(req);
    await store.rebuild();
    return response;
  }
  const extract = table.schema.primaryKey.extractKey;
  const keys: unknown[] =
    req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((value) => (extract ? extract(value) : undefined)));
  if (keys.some((key) => key === undefined)) {
    // Outbound or generated keys: not the case for content and orders; rebuild to stay right.
    const response = await table.mutate(req);
    await store.rebuild();
    return response;
  }
  const before = req.type === 'add' ? keys.map(() => undefined) : await recordsBefore<ContentPiece & AffiliateOrder>(table, req.trans, keys);
  const response = await table.mutate(req);
  const after = req.type === 'delete' ? keys.map(() => undefined) : req.values;
  const failed = (i: number) => response.failures[i] !== undefined;
  if (table.name === 'content') await store.pieceChanges(changesOf<ContentPiece>(keys, before, after, failed));
  else await store.orderChanges(changesOf<AffiliateOrder>(keys, before, after, failed));
  return response;
}

/** The middleware: register with `db.use(rollupMiddleware)` before the database opens. */
export const rollupMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'creator-desk-rollups',
  // Directly above IndexedDB: below Dexie's own layers (hooks, cache, live-query observation), whose
  // bookkeeping expects Dexie's zone, which our awaits leave. Live queries see the content and order
  // writes that cause rollup writes.
  level: -2,
  create(down) {
    // Per open connection: the rollup records its upkeep last read or wrote (rollup-cache.ts).
    const cache = new RollupCache();
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.some((s) => (SOURCE_TABLES as readonly string[]).includes(s))
            ? [...new Set([...stores, ...SOURCE_TABLES, ...ROLLUP_TABLES, ...BLOCK_TABLES])].filter((name) => down.schema.tables.some((t) => t.name === name))
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        // A rollup write that is not the upkeep's (a migration, a deferred rebuild): the cache cannot follow it.
        if ((CACHED_TABLES as readonly string[]).includes(name)) {
          return {
            ...table,
            mutate: (req: DBCoreMutateRequest) => {
              cache.clear();
              return table.mutate(req);
            },
          };
        }
        if (!(SOURCE_TABLES as readonly string[]).includes(name)) return table;
        return { ...table, mutate: (req: DBCoreMutateRequest) => mutateWithRollups(down, table, req, cache) };
      },
    };
  },
};

/** Builds every rollup from scratch (the schema migration), through Dexie tables of a transaction. */
export async function rebuildRollupTables(tx: { table(name: string): Table }): Promise<void> {
  const [content, orders] = await Promise.all([tx.table('content').toArray(), tx.table('orders').toArray()]);
  const state = buildRollups(content as ContentPiece[], orders as AffiliateOrder[]);
  await Promise.all(ROLLUP_TABLES.map((name) => tx.table(name).clear()));
  await Promise.all([
    tx.table('rollups').bulkPut(state.rollups),
    tx.table('rollupTotals').bulkPut(state.totals),
    tx.table('rollupOrderIds').bulkPut(state.orderIds),
    tx.table('contentLinks').bulkPut(state.links),
  ]);
}
