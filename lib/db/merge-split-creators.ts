/**
 * One record per creator, for data stored before that held: an `h:<handle>` record whose handle is (or
 * was) the handle of an `id:<creator id>` record is the same creator. It is merged into the id record,
 * and its snapshots, content, samples, orders, collaborations and program (with the briefs its content
 * was tagged with) follow — all in the caller's transaction (the schema upgrade), so nothing is lost.
 */
import type { Transaction } from 'dexie';
import type { Creator, MetricSnapshot } from '../model/entities';
import { recordsByIndexValues } from './bulk-lookup';
import { relinkCreatorReferences } from './creator-links';
import { mergeCreatorRecords } from './creator-merge';
import type { CreatorDeskTables, SnapshotKey } from './tables';
import { mergeMetrics } from './exact-wins';
import { isIdCreatorKey } from '../model/keys';

export type LinkedTables = Pick<CreatorDeskTables, 'creators' | 'snapshots' | 'content' | 'collaborations' | 'samples' | 'orders' | 'programs'>;

/** The creator-linked tables of an upgrade transaction. */
export function linkedTablesOf(tx: Transaction): LinkedTables {
  const names = ['creators', 'snapshots', 'content', 'collaborations', 'samples', 'orders', 'programs'] as const;
  return Object.fromEntries(names.map((name) => [name, tx.table(name)])) as unknown as LinkedTables;
}

/** Merges split records; returns how many handle-keyed records were folded into id-keyed ones. */
export async function mergeSplitCreators(db: LinkedTables): Promise<number> {
  const all = await db.creators.toArray();
  const byHandle = new Map<string, Creator>();
  const byFormerHandle = new Map<string, Creator>();
  for (const creator of all) {
    if (!isIdCreatorKey(creator.key)) continue;
    for (const former of creator.formerHandles ?? []) byFormerHandle.set(former, creator);
    const current = creator.handle ? byHandle.get(creator.handle) : undefined;
    if (creator.handle && (!current || current.lastSeen <= creator.lastSeen)) byHandle.set(creator.handle, creator);
  }

  const merged = new Map<string, Creator>();
  const renames = new Map<string, string>();
  for (const creator of all) {
    if (isIdCreatorKey(creator.key) || !creator.handle) continue;
    const target = byHandle.get(creator.handle) ?? byFormerHandle.get(creator.handle);
    if (!target) continue;
    merged.set(target.key, mergeCreatorRecords(merged.get(target.key) ?? target, creator, target.key));
    renames.set(creator.key, target.key);
  }
  if (renames.size === 0) return 0;

  await db.creators.bulkPut([...merged.values()]);
  await db.creators.bulkDelete([...renames.keys()]);
  await moveSnapshots(db, renames);
  await relinkCreatorReferences(db, renames);
  return renames.size;
}

/** Snapshots of a moved key join the target's; a day both have keeps both metrics (newer wins, exact kept). */
async function moveSnapshots(db: LinkedTables, renames: ReadonlyMap<string, string>): Promise<void> {
  const snapshots = await recordsByIndexValues(db.snapshots, 'creatorKey', [...renames.keys(), ...renames.values()]);
  const byDay = new Map<string, MetricSnapshot>();
  const removed: SnapshotKey[] = [];
  const sorted = [...snapshots].sort((a, b) => a.updatedAt - b.updatedAt);
  for (const snapshot of sorted) {
    const creatorKey = renames.get(snapshot.creatorKey) ?? snapshot.creatorKey;
    if (creatorKey !== snapshot.creatorKey) removed.push([snapshot.creatorKey, snapshot.day]);
    const id = `${creatorKey}\u0000${snapshot.day}`;
    const existing = byDay.get(id);
    byDay.set(id, {
      creatorKey,
      day: snapshot.day,
      metrics: mergeMetrics(existing?.metrics, snapshot.metrics),
      updatedAt: Math.max(existing?.updatedAt ?? 0, snapshot.updatedAt),
    });
  }
  if (removed.length > 0) await db.snapshots.bulkDelete(removed);
  await db.snapshots.bulkPut([...byDay.values()]);
}
