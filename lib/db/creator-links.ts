/**
 * Everything stored that names a creator by `Creator.key`, and keeping those links right when a
 * creator's record moves from its handle key to its id key (the first capture that shows the id).
 *
 * A transaction that merges creators must include `creatorLinkedTables(db)`: a move can happen in any
 * batch, and the links must move in the same transaction as the creator.
 */
import type { Table } from 'dexie';
import type { ContentPiece } from '../model/entities';
import type { AffiliateOrder, Collaboration, CreatorProgram, SampleRequest } from '../model/program';
import type { OutreachEntry, SparkSpend } from '../model/review';
import { recordsByIndexValues } from './bulk-lookup';
import type { CreatorDeskTables } from './tables';
import { relinkReportedFigures } from './store-reported';
import { unionStrings } from './structural';

/** The tables a creator merge writes or re-links: creators, their snapshots, reports and every table naming them. */
export function creatorLinkedTables(db: CreatorDeskTables): Table[] {
  return [db.creators, db.snapshots, db.content, db.collaborations, db.samples, db.orders, db.programs, db.reported, db.outreach, db.sparkSpend] as Table[];
}

/**
 * Tables added after the creator merge's own schema upgrade (version 3): present on the database,
 * absent from that upgrade's transaction (`linkedTablesOf`), so the migration path never touches them.
 */
type LaterLinkedTables = Partial<Pick<CreatorDeskTables, 'reported' | 'outreach' | 'sparkSpend'>>;

/** Two program records of one creator (handle-keyed and id-keyed): the newer one's fields, both histories. */
function mergePrograms(a: CreatorProgram, b: CreatorProgram, creatorKey: string): CreatorProgram {
  const [older, newer] = a.updatedAt <= b.updatedAt ? [a, b] : [b, a];
  return {
    ...older,
    ...newer,
    creatorKey,
    tierHistory: [...older.tierHistory, ...newer.tierHistory].sort((x, y) => x.at - y.at),
    dismissedSuggestions: [...older.dismissedSuggestions, ...newer.dismissedSuggestions].sort((x, y) => x.at - y.at),
  };
}

/**
 * Points every record linked to an old (handle) key at its new (id) key. `renames`: old key → new
 * key, only for records that were stored before this transaction. Bulk reads and writes; only runs
 * when a creator actually moved.
 */
export async function relinkCreatorReferences(
  db: Pick<CreatorDeskTables, 'content' | 'samples' | 'orders' | 'collaborations' | 'programs'> & LaterLinkedTables,
  renames: ReadonlyMap<string, string>,
): Promise<void> {
  if (renames.size === 0) return;
  const oldKeys = [...renames.keys()];
  const moved = (key: string | undefined): string | undefined => (key === undefined ? undefined : (renames.get(key) ?? key));

  const [pieces, samples, orders, collaborations, programs] = await Promise.all([
    recordsByIndexValues(db.content, 'creatorKey', oldKeys),
    recordsByIndexValues(db.samples, 'creatorKey', oldKeys),
    recordsByIndexValues(db.orders, 'creatorKey', oldKeys),
    db.collaborations.where('creatorKeys').anyOf(oldKeys).distinct().toArray(),
    db.programs.bulkGet([...oldKeys, ...renames.values()]),
  ]);

  const writes: Promise<unknown>[] = [];
  if (pieces.length > 0) {
    writes.push(db.content.bulkPut(pieces.map((piece): ContentPiece => ({ ...piece, creatorKey: moved(piece.creatorKey) }))));
  }
  if (samples.length > 0) {
    writes.push(db.samples.bulkPut(samples.map((sample): SampleRequest => ({ ...sample, creatorKey: moved(sample.creatorKey) }))));
  }
  if (orders.length > 0) {
    writes.push(db.orders.bulkPut(orders.map((order): AffiliateOrder => ({ ...order, creatorKey: moved(order.creatorKey) }))));
  }
  if (collaborations.length > 0) {
    writes.push(
      db.collaborations.bulkPut(
        collaborations.map(
          (collaboration): Collaboration => ({
            ...collaboration,
            creatorKeys: unionStrings([], collaboration.creatorKeys.map((key) => moved(key) ?? key)),
          }),
        ),
      ),
    );
  }

  // The seller's own program record moves too; when both keys have one, they are merged.
  const programByKey = new Map<string, CreatorProgram>();
  for (const program of programs) if (program) programByKey.set(program.creatorKey, program);
  const movedPrograms: CreatorProgram[] = [];
  const removedPrograms: string[] = [];
  for (const [oldKey, newKey] of renames) {
    const old = programByKey.get(oldKey);
    if (!old) continue;
    const existing = programByKey.get(newKey);
    const next = existing ? mergePrograms(existing, old, newKey) : { ...old, creatorKey: newKey };
    programByKey.set(newKey, next);
    movedPrograms.push(next);
    removedPrograms.push(oldKey);
  }
  if (movedPrograms.length > 0) {
    writes.push(db.programs.bulkPut(movedPrograms).then(() => db.programs.bulkDelete(removedPrograms)));
  }
  // Reports, the outreach log and Spark Ads spend follow too (the version 3 upgrade passes tables without them).
  if (db.reported) writes.push(relinkReportedFigures({ reported: db.reported }, renames));
  if (db.outreach) writes.push(relinkOutreach(db.outreach, oldKeys, moved));
  if (db.sparkSpend) writes.push(relinkSparkSpend(db.sparkSpend, oldKeys, moved));
  await Promise.all(writes);
}

type Moved = (key: string | undefined) => string | undefined;

/** Outreach entries name several creators (`*creatorKeys`): each old key becomes its new one, once. */
async function relinkOutreach(outreach: CreatorDeskTables['outreach'], oldKeys: string[], moved: Moved): Promise<void> {
  const entries = await outreach.where('creatorKeys').anyOf(oldKeys).distinct().toArray();
  if (entries.length === 0) return;
  await outreach.bulkPut(entries.map((entry): OutreachEntry => ({ ...entry, creatorKeys: unionStrings([], entry.creatorKeys.map((key) => moved(key) ?? key)) })));
}

/** Spark Ads spend is kept per video; the creator it names moves with the creator. */
async function relinkSparkSpend(sparkSpend: CreatorDeskTables['sparkSpend'], oldKeys: string[], moved: Moved): Promise<void> {
  const spends = await recordsByIndexValues(sparkSpend, 'creatorKey', oldKeys);
  if (spends.length === 0) return;
  await sparkSpend.bulkPut(spends.map((spend): SparkSpend => ({ ...spend, creatorKey: moved(spend.creatorKey) })));
}
