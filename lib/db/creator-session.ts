/**
 * The creators touched by one capture, merged in memory and written back in bulk. Used inside the
 * capture's read-write transaction: bulk reads (see bulk-lookup.ts) to load, then bulkPut/bulkDelete
 * to write, never a query awaited per row. The transaction must include `creatorLinkedTables(db)`.
 */
import type { Creator, CreatorMetrics, CreatorRow, MetricSnapshot } from '../model/entities';
import type { CreatorDeskDb, SnapshotKey } from './database';
import { mergeMetrics } from './exact-wins';
import { applyCreatorRow, definedMetrics, type MergeContext, mergeCreatorRecords } from './creator-merge';
import { creatorKeyForHandle, creatorKeyForId, isIdCreatorKey, normaliseCreatorId, normaliseHandleForKey } from '../model/keys';
import { localDay } from '../calendar/days';
import { recordsByIndexValues, recordsByPrimaryKeys } from './bulk-lookup';
import { relinkCreatorReferences } from './creator-links';
import { sameApartFromTimes, structurallyEqual } from './structural';
import { CREATORS, creatorCacheView, type CreatorCacheView } from './creator-cache';

export type RowOutcome = 'created' | 'updated' | 'unchanged';

export interface CreatorIdentity {
  creatorId?: string;
  handle?: string;
}

export interface SessionOptions {
  /**
   * The rows only name the creators that content rows link to: no snapshots, and a known creator
   * is rewritten only when the row adds something (a content page does not bump its lastSeen).
   * Keeps a 50,000-video capture from rewriting every creator it mentions.
   */
  linkOnly: boolean;
}

function snapshotId(creatorKey: string, day: string): string {
  return `${creatorKey}\u0000${day}`;
}

function mergeSnapshots(a: MetricSnapshot, b: MetricSnapshot, creatorKey: string): MetricSnapshot {
  const [older, newer] = a.updatedAt <= b.updatedAt ? [a, b] : [b, a];
  return { creatorKey, day: a.day, metrics: { ...older.metrics, ...newer.metrics }, updatedAt: newer.updatedAt };
}

export class CreatorMergeSession {
  /** Records as they were before this capture, by key. */
  private readonly stored = new Map<string, Creator>();
  /** Current state of every loaded or touched record, by key. */
  private readonly work = new Map<string, Creator>();
  /** Normalised handle → id key of the most recently seen id-keyed record with that handle. */
  private readonly idKeyByHandle = new Map<string, { key: string; lastSeen: number }>();
  /** Normalised former handle → id key of a record that had it (a renamed creator is still found by it). */
  private readonly idKeyByFormerHandle = new Map<string, string>();
  private readonly touched = new Set<string>();
  /** Handle keys whose record moved to an id key in this capture → that id key. */
  private readonly renames = new Map<string, string>();
  private readonly snapshotContributions: { key: string; metrics: CreatorMetrics }[] = [];
  /** The creators this connection last read or wrote (creator-cache.ts); null outside a read-write capture. */
  private cacheView: CreatorCacheView | null = null;

  constructor(
    private readonly db: CreatorDeskDb,
    private readonly ctx: MergeContext,
    private readonly options: SessionOptions = { linkOnly: false },
  ) {}

  /** Loads every stored record any of these identities could merge into. */
  async load(identities: Iterable<CreatorIdentity>): Promise<void> {
    const idKeys = new Set<string>();
    const handleKeys = new Set<string>();
    const handleOnly = new Set<string>();
    for (const identity of identities) {
      const creatorId = normaliseCreatorId(identity.creatorId);
      const handle = normaliseHandleForKey(identity.handle);
      if (creatorId) idKeys.add(creatorKeyForId(creatorId));
      // With an id, a handle-keyed record of the same creator must move to the id key; without one,
      // the handle index finds both handle-keyed and id-keyed records.
      if (creatorId && handle) handleKeys.add(creatorKeyForHandle(handle));
      if (handle && !creatorId) handleOnly.add(handle);
    }
    // Known by key from this connection's last captures: not read again.
    const view = (this.cacheView = await creatorCacheView(this.db));
    const cached: Creator[] = [];
    const toRead = (keys: Set<string>): string[] => {
      const missing: string[] = [];
      for (const key of keys) {
        const known = view?.lookup(CREATORS, key) as Creator | null | undefined;
        if (known === undefined) missing.push(key);
        else if (known !== null) cached.push(known);
      }
      return missing;
    };
    const idMissing = toRead(idKeys);
    const handleMissing = toRead(handleKeys);
    // Id keys and handle keys are looked up apart: each prefix is its own compact key range.
    const found = await Promise.all([
      recordsByPrimaryKeys(this.db.creators, idMissing),
      recordsByPrimaryKeys(this.db.creators, handleMissing),
      recordsByIndexValues(this.db.creators, 'handle', handleOnly),
      handleOnly.size > 0 ? this.db.creators.where('formerHandles').anyOf([...handleOnly]).distinct().toArray() : [],
    ]);
    if (view) {
      for (const key of [...idMissing, ...handleMissing]) view.set(CREATORS, key, null);
      for (const record of found.flat()) view.set(CREATORS, record.key, record);
    }
    for (const record of [...cached, ...found.flat()]) {
      if (!this.stored.has(record.key)) {
        this.stored.set(record.key, record);
        this.work.set(record.key, record);
        this.indexHandle(record);
      }
    }
  }

  /** Merges one row into the working set; null when the row names no creator at all. */
  apply(row: CreatorRow): { key: string; outcome: RowOutcome } | null {
    const creatorId = normaliseCreatorId(row.creatorId);
    const handle = normaliseHandleForKey(row.handle);
    let key: string;
    let base: Creator | undefined;
    let migrated = false;
    if (creatorId) {
      key = creatorKeyForId(creatorId);
      base = this.work.get(key);
      const handleKey = handle ? creatorKeyForHandle(handle) : undefined;
      const handleRecord = handleKey ? this.work.get(handleKey) : undefined;
      if (handleKey && handleRecord) {
        // First capture that shows this creator's id: the handle-keyed record moves to the id key.
        base = base ? mergeCreatorRecords(base, handleRecord, key) : { ...handleRecord, key };
        this.work.delete(handleKey);
        this.touched.delete(handleKey);
        this.renames.set(handleKey, key);
        migrated = true;
      }
    } else if (handle) {
      const current = this.idKeyByHandle.get(handle)?.key;
      const renamed = current ? undefined : this.idKeyByFormerHandle.get(handle);
      key = current ?? renamed ?? creatorKeyForHandle(handle);
      base = this.work.get(key);
      // A page still showing a creator's old handle: same creator, but the old handle must not come back.
      if (renamed) row = { ...row, handle: undefined };
    } else {
      return null;
    }

    const next = applyCreatorRow(base, row, key, this.ctx);
    if (migrated) next.updatedAt = this.ctx.now;
    const outcome: RowOutcome = !base ? 'created' : migrated || !sameApartFromTimes(base, next) ? 'updated' : 'unchanged';
    if (outcome === 'unchanged' && this.options.linkOnly) return { key, outcome };

    if (base?.handle && base.handle !== next.handle && this.idKeyByHandle.get(base.handle)?.key === key) {
      this.idKeyByHandle.delete(base.handle);
    }
    this.work.set(key, next);
    this.touched.add(key);
    this.indexHandle(next);

    const metrics = definedMetrics(row.metrics);
    if (!this.options.linkOnly && Object.keys(metrics).length > 0) {
      this.snapshotContributions.push({ key, metrics });
    }
    return { key, outcome };
  }

  /** The key a record ended up under (a handle key may have moved to an id key later in the batch). */
  resolveKey(key: string): string {
    return this.renames.get(key) ?? key;
  }

  /** Writes creators, then snapshots, then re-links content of migrated creators. */
  async flush(): Promise<void> {
    const { creators } = this.db;
    const records: Creator[] = [];
    for (const key of this.touched) {
      const record = this.work.get(key);
      if (record) records.push(record);
    }
    if (records.length > 0) await creators.bulkPut(records);
    const migratedStoredKeys = [...this.renames.keys()].filter((key) => this.stored.has(key));
    if (migratedStoredKeys.length > 0) await creators.bulkDelete(migratedStoredKeys);

    await this.writeSnapshots(migratedStoredKeys);
    // Content, samples, orders, collaborations and programs that named the old key follow the move.
    const moves = new Map(migratedStoredKeys.map((key) => [key, this.resolveKey(key)] as const));
    await relinkCreatorReferences(this.db, moves);
    const view = this.cacheView;
    if (view) {
      for (const record of records) view.set(CREATORS, record.key, record);
      for (const key of migratedStoredKeys) view.set(CREATORS, key, null);
      await view.seal();
    }
  }

  private indexHandle(record: Creator): void {
    if (!isIdCreatorKey(record.key)) return;
    for (const former of record.formerHandles ?? []) this.idKeyByFormerHandle.set(former, record.key);
    if (!record.handle) return;
    const current = this.idKeyByHandle.get(record.handle);
    if (!current || current.key === record.key || current.lastSeen <= record.lastSeen) {
      this.idKeyByHandle.set(record.handle, { key: record.key, lastSeen: record.lastSeen });
    }
  }

  private async writeSnapshots(migratedStoredKeys: string[]): Promise<void> {
    const { snapshots } = this.db;
    const day = localDay(this.ctx.now);
    const migrationKeys = new Set<string>();
    for (const legacyKey of migratedStoredKeys) {
      migrationKeys.add(legacyKey);
      migrationKeys.add(this.resolveKey(legacyKey));
    }
    if (this.snapshotContributions.length === 0 && migrationKeys.size === 0) return;

    // Only creators that existed before can already have a snapshot for today.
    const dayLookups = new Map<string, SnapshotKey>();
    for (const { key } of this.snapshotContributions) {
      const finalKey = this.resolveKey(key);
      if (this.stored.has(finalKey) && !migrationKeys.has(finalKey)) {
        dayLookups.set(finalKey, [finalKey, day]);
      }
    }
    const [dayHits, migrationHits] = await Promise.all([
      recordsByPrimaryKeys(snapshots, dayLookups.values()),
      recordsByIndexValues(snapshots, 'creatorKey', migrationKeys),
    ]);

    const original = new Map<string, MetricSnapshot>();
    for (const snapshot of [...dayHits, ...migrationHits]) {
      original.set(snapshotId(snapshot.creatorKey, snapshot.day), snapshot);
    }
    const current = new Map(original);
    const removed: SnapshotKey[] = [];
    for (const snapshot of migrationHits) {
      const target = this.renames.get(snapshot.creatorKey);
      if (!target) continue;
      current.delete(snapshotId(snapshot.creatorKey, snapshot.day));
      removed.push([snapshot.creatorKey, snapshot.day]);
      const targetId = snapshotId(target, snapshot.day);
      const existing = current.get(targetId);
      current.set(targetId, existing ? mergeSnapshots(existing, snapshot, target) : { ...snapshot, creatorKey: target });
    }
    for (const { key, metrics } of this.snapshotContributions) {
      const finalKey = this.resolveKey(key);
      const id = snapshotId(finalKey, day);
      const existing = current.get(id);
      const merged = mergeMetrics(existing?.metrics, metrics);
      if (!existing || !structurallyEqual(existing.metrics, merged)) {
        current.set(id, { creatorKey: finalKey, day, metrics: merged, updatedAt: this.ctx.now });
      }
    }

    const changed = [...current].filter(([id, snapshot]) => original.get(id) !== snapshot).map(([, s]) => s);
    if (changed.length > 0) await snapshots.bulkPut(changed);
    if (removed.length > 0) await snapshots.bulkDelete(removed);
  }
}

export interface LinkedCreators {
  /** Per identity, in order: the key of the creator it names (after any move to an id key), or undefined when it names none. */
  keys: (string | undefined)[];
  /** Creators first seen through these identities (stored with what they knew: id and/or handle). */
  created: number;
}

/**
 * Links the rows of a content, collaboration, sample or order capture to their creators: a link-only
 * session (see `SessionOptions`), so a creator seen only there is created minimally. Used inside the
 * capture's transaction, like the session itself.
 */
export async function linkCreators(db: CreatorDeskDb, ctx: MergeContext, identities: readonly CreatorIdentity[]): Promise<LinkedCreators> {
  const session = new CreatorMergeSession(db, ctx, { linkOnly: true });
  await session.load(identities);
  let created = 0;
  const keys = identities.map((identity) => {
    const applied = session.apply({ ...identity, metrics: {} });
    if (applied?.outcome === 'created') created += 1;
    return applied?.key;
  });
  await session.flush();
  return { keys: keys.map((key) => (key === undefined ? undefined : session.resolveKey(key))), created };
}
