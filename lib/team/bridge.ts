/**
 * The bridge between this browser's Dexie database and its local PouchDB copy of the team database.
 * Out: the records `teamOutbox` lists become documents (one revision per real change). In: the
 * local changes feed (what replication brought) is applied to Dexie, idempotently and without
 * noting it for sending again; conflicted documents are decided by the rules in conflict-rules.ts
 * first. The feed position is kept in `_local/dexie-bridge`, so a restart resumes where it stopped.
 */
import type { CreatorDeskDb, TeamOutboxEntry } from '../db/database';
import { captureTimes, compactTimes } from './capture-times';
import { mergeCapturedVersions, resolveVersions } from './conflict-rules';
import { changedFields, creatorKeysOf, recordChanges, recordConflicts, type TeamChange, type TeamConflict, type TeamHistoryDb } from './history';
import { parseIncoming } from './incoming';
import { markIncoming } from './outbox';
import type { PouchDatabase } from './pouch';
import { dexieTable, docIdFor, sharedTable } from './shared-tables';
import { deletedTeamDoc, editedAt, jsonRecord, MAX_LOST_VERSIONS, sameJson, toTeamDoc, type LostVersion, type TeamDoc } from './team-doc';

export const BRIDGE_CHECKPOINT_ID = '_local/dexie-bridge';
/** Outbox entries and changes handled per transaction (bulk reads and writes; one checkpoint per batch). */
const BATCH = 2_000;

export interface BridgeContext {
  db: CreatorDeskDb;
  pouch: PouchDatabase;
  history: TeamHistoryDb;
  /** The member name written into every revision. */
  member: string;
  /** Off: this browser neither sends its captures nor takes the team's. */
  shareCaptures: boolean;
  /** A read-only member sends nothing. */
  readOnly: boolean;
  now: () => number;
}

type Row = Record<string, unknown>;
type AllDocsRow = { id?: string; key?: string; value?: { rev: string; deleted?: boolean }; doc?: TeamDoc | null; error?: string };

function sends(context: BridgeContext, table: string): boolean {
  if (context.readOnly) return false;
  return sharedTable(table)?.layer === 'team' || context.shareCaptures;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** One batch of the outbox → documents. Returns how many documents were written. */
async function pushBatch(context: BridgeContext, entries: TeamOutboxEntry[]): Promise<number> {
  const { db, pouch, member } = context;
  const docs: TeamDoc[] = [];
  const changes: TeamChange[] = [];
  const done: TeamOutboxEntry[] = [];
  const existing = (await pouch.allDocs({ keys: entries.map((entry) => entry.id), include_docs: true })).rows as AllDocsRow[];
  const existingById = new Map(existing.map((row) => [row.key ?? row.id ?? '', row]));
  for (const [table, group] of groupBy(entries, (entry) => entry.table)) {
    if (!sends(context, table)) {
      done.push(...group);
      continue;
    }
    const rows = await dexieTable(db, table).bulkGet(group.map((entry) => entry.key));
    group.forEach((entry, index) => {
      const row = rows[index];
      const before = existingById.get(entry.id);
      const current = before?.value && !before.value.deleted ? before.doc ?? undefined : undefined;
      const doc = row ? toTeamDoc(table, row, member) : current ? deletedTeamDoc(table, entry.key, member, context.now()) : null;
      done.push(entry);
      if (!doc || (doc.data && current && sameJson(current.data, doc.data))) return;
      if (before?.value) doc._rev = before.value.rev;
      if (doc.data && sharedTable(table)?.layer === 'captured') {
        // Fields unchanged since the team's version keep their capture time; changed ones are this capture's.
        const seen = captureTimes(table, doc.data, current?.data ? { data: current.data, seen: current.seen } : undefined);
        if (seen) doc.seen = seen;
      }
      docs.push(doc);
      if (sharedTable(table)?.layer === 'team') {
        changes.push({
          docId: doc._id,
          table,
          creatorKeys: creatorKeysOf(table, doc.data ?? current?.data, entry.key),
          by: member,
          at: doc._deleted ? doc.at : editedAt(table, doc.data!),
          fields: changedFields(current?.data, doc.data),
          kind: doc._deleted ? 'deleted' : current ? 'changed' : 'created',
        });
      }
    });
  }
  const results = docs.length > 0 ? await pouch.bulkDocs(docs) : [];
  // A document that failed (changed meanwhile) stays noted and is sent on the next run.
  const failed = new Set(results.filter((result) => 'error' in result && result.error).map((result) => result.id));
  await db.transaction('rw', db.teamOutbox, async () => {
    const sent = done.filter((entry) => !failed.has(entry.id));
    const current = await db.teamOutbox.bulkGet(sent.map((entry) => entry.id));
    // Removed only if no change came after it was read.
    await db.teamOutbox.bulkDelete(sent.filter((entry, index) => current[index]?.seq === entry.seq).map((entry) => entry.id));
  });
  await recordChanges(context.history, changes.filter((change) => !failed.has(change.docId)));
  return docs.length - failed.size;
}

/** Everything the outbox lists → documents in the local PouchDB. */
export async function pushOutbox(context: BridgeContext): Promise<number> {
  let written = 0;
  let after = '';
  for (;;) {
    const entries = await context.db.teamOutbox.where('id').above(after).limit(BATCH).toArray();
    if (entries.length === 0) return written;
    written += await pushBatch(context, entries);
    after = entries.at(-1)!.id;
  }
}

/** Decides a conflicted document: one new revision with the rule's answer, losing branches deleted, losers kept. */
async function resolveConflict(context: BridgeContext, doc: TeamDoc): Promise<void> {
  const { pouch, member, now } = context;
  const revs = [doc._rev!, ...(doc._conflicts ?? [])];
  const leaves = (await pouch.get(doc._id, { open_revs: revs })) as unknown as { ok?: unknown }[];
  const versions = leaves.map((leaf) => parseIncoming(leaf.ok)).filter((version): version is TeamDoc => version !== null && !version._deleted);
  const writes: TeamDoc[] = (doc._conflicts ?? []).map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true, table: doc.table, key: doc.key, by: member, at: now() }));
  if (versions.length > 0) {
    const { winner, losers } = resolveVersions(versions);
    const lost: LostVersion[] = [...versions.flatMap((version) => version.lost ?? [])];
    for (const loser of losers) lost.push({ rev: loser._rev ?? '', by: loser.by, at: loser.at, data: loser.data ?? {} });
    const kept = [...new Map(lost.map((version) => [version.rev, version])).values()].sort((a, b) => a.at - b.at).slice(-MAX_LOST_VERSIONS);
    const decided: TeamDoc = { _id: doc._id, _rev: doc._rev, table: winner.table, key: winner.key, data: winner.data, by: winner.by, at: winner.at };
    if (winner.seen) decided.seen = winner.seen;
    if (kept.length > 0) decided.lost = kept;
    const { _rev: _current, _conflicts: _others, ...currentContent } = doc;
    const { _rev: _decidedRev, ...decidedContent } = decided;
    if (!sameJson(currentContent, decidedContent)) writes.push(decided);
  }
  await pouch.bulkDocs(writes);
}

interface Applied {
  changes: TeamChange[];
  conflicts: TeamConflict[];
  /** Captured records merged with a local change: new revisions for the local PouchDB, and the outbox note they settle. */
  merged: { doc: TeamDoc; seq?: number }[];
}

/** Incoming documents of one table → Dexie, inside the bridge's (unnoted) transaction. */
async function applyTable(context: BridgeContext, table: string, docs: TeamDoc[], applied: Applied): Promise<void> {
  const { db, member, now } = context;
  const store = dexieTable(db, table);
  const layer = sharedTable(table)!.layer;
  const locals = await store.bulkGet(docs.map((doc) => doc.key));
  const pendings = await db.teamOutbox.bulkGet(docs.map((doc) => doc._id));
  const puts: Row[] = [];
  const deletes: unknown[] = [];
  const settled: string[] = [];
  docs.forEach((doc, index) => {
    for (const lost of doc.lost ?? []) {
      applied.conflicts.push({ ...conflictOf(doc, { data: lost.data, by: lost.by, at: lost.at }, { by: doc.by, at: doc.at }, now()), id: `${doc._id}@${lost.rev}` });
    }
    const local = locals[index] ? jsonRecord(locals[index]!) : undefined;
    const pending = pendings[index];
    const localWins = layer === 'team' && pending !== undefined && local !== undefined && editedAt(table, local) > doc.at;
    if (localWins) {
      // An edit made here and not sent yet is newer: it stays and is sent; the incoming one is kept to confirm.
      if (!doc._deleted) applied.conflicts.push(conflictOf(doc, { data: doc.data ?? {}, by: doc.by, at: doc.at }, { by: member, at: editedAt(table, local) }, now()));
      return;
    }
    if (doc._deleted) {
      if (local) deletes.push(doc.key);
      if (pending) settled.push(doc._id);
      if (local && layer === 'team') applied.changes.push(changeOf(doc, local, undefined));
      return;
    }
    const data = doc.data!;
    if (local && sameJson(local, data)) {
      if (pending) settled.push(doc._id);
      return;
    }
    if (layer === 'captured') {
      if (!local) {
        puts.push(data);
        if (pending) settled.push(doc._id);
        return;
      }
      // Without a change waiting to be sent, the local record is an older version of this one: every
      // field the incoming version has wins, and only what it does not know is kept. A change waiting
      // to be sent (captured since the last push) competes field by field with its capture time.
      const ours = { data: local, seen: captureTimes(table, local, doc.data ? { data: doc.data, seen: doc.seen } : undefined, pending ? undefined : 0) };
      const merged = mergeCapturedVersions(table, [ours, { data, seen: doc.seen }]);
      puts.push(merged.data);
      if (sameJson(merged.data, data)) {
        if (pending) settled.push(doc._id);
        return;
      }
      // The merge is the team's next version: written on top of the incoming revision after this transaction.
      const next: TeamDoc = { _id: doc._id, _rev: doc._rev, table, key: doc.key, data: merged.data, by: member, at: editedAt(table, merged.data) };
      const seen = compactTimes(table, merged.data, merged.seen);
      if (seen) next.seen = seen;
      applied.merged.push({ doc: next, seq: pending?.seq });
      return;
    }
    if (pending && local) applied.conflicts.push(conflictOf(doc, { data: local, by: member, at: editedAt(table, local) }, { by: doc.by, at: doc.at }, now()));
    puts.push(data);
    if (pending) settled.push(doc._id);
    applied.changes.push(changeOf(doc, local, data));
  });
  if (puts.length > 0) await store.bulkPut(puts);
  if (deletes.length > 0) await store.bulkDelete(deletes);
  if (settled.length > 0) await db.teamOutbox.bulkDelete(settled);
}

function conflictOf(doc: TeamDoc, loser: TeamConflict['loser'], winner: TeamConflict['winner'], at: number): TeamConflict {
  return {
    id: `${doc._id}@${doc._rev ?? ''}:${loser.at}`,
    docId: doc._id,
    table: doc.table,
    key: doc.key,
    creatorKeys: creatorKeysOf(doc.table, loser.data, doc.key),
    loser,
    winner,
    at,
  };
}

function changeOf(doc: TeamDoc, before: Row | undefined, after: Row | undefined): TeamChange {
  return {
    docId: doc._id,
    table: doc.table,
    creatorKeys: creatorKeysOf(doc.table, after ?? before, doc.key),
    by: doc.by,
    at: doc.at,
    fields: changedFields(before, after),
    kind: !after ? 'deleted' : before ? 'changed' : 'created',
  };
}

async function applyDocs(context: BridgeContext, docs: TeamDoc[]): Promise<void> {
  if (docs.length === 0) return;
  const { db } = context;
  const groups = groupBy(docs, (doc) => doc.table);
  const applied: Applied = { changes: [], conflicts: [], merged: [] };
  const tables = [...groups.keys()].map((table) => dexieTable(db, table));
  await db.transaction('rw', [...tables, db.teamOutbox], async (transaction) => {
    markIncoming(transaction);
    for (const [table, group] of groups) await applyTable(context, table, group, applied);
  });
  await sendMerged(context, applied.merged);
  await recordChanges(context.history, applied.changes);
  await recordConflicts(context.history, applied.conflicts);
}

/**
 * Captured records merged with this browser's capture go out as the next revision, with their
 * capture times (a read-only member keeps the merge to itself). A write that fails (the document
 * moved on meanwhile) leaves a note in the outbox, so the record is sent on the next run.
 */
async function sendMerged(context: BridgeContext, merged: Applied['merged']): Promise<void> {
  if (merged.length === 0 || !sends(context, merged[0]!.doc.table)) return;
  const { db, pouch } = context;
  const results = await pouch.bulkDocs(merged.map((item) => item.doc));
  const failed = new Set(results.filter((result) => 'error' in result && result.error).map((result) => result.id));
  await db.transaction('rw', db.teamOutbox, async () => {
    const notes = await db.teamOutbox.bulkGet(merged.map((item) => item.doc._id));
    const settled: string[] = [];
    const again: TeamOutboxEntry[] = [];
    merged.forEach((item, index) => {
      const note = notes[index];
      if (failed.has(item.doc._id)) {
        if (!note) again.push({ id: item.doc._id, table: item.doc.table, key: item.doc.key, seq: Date.now() * 1000 });
      } else if (note && note.seq === item.seq) settled.push(item.doc._id);
    });
    if (settled.length > 0) await db.teamOutbox.bulkDelete(settled);
    if (again.length > 0) await db.teamOutbox.bulkPut(again);
  });
}

async function readCheckpoint(pouch: PouchDatabase): Promise<{ seq: string | number; rev?: string }> {
  try {
    const doc = (await pouch.get(BRIDGE_CHECKPOINT_ID)) as unknown as { seq: string | number; _rev: string };
    return { seq: doc.seq, rev: doc._rev };
  } catch {
    return { seq: 0 };
  }
}

export interface PullResult {
  applied: number;
  /** Documents that were not ours or failed their schema: skipped, never written. */
  rejected: number;
}

/** The local changes feed since the last run → Dexie. */
export async function pullChanges(context: BridgeContext): Promise<PullResult> {
  const { pouch } = context;
  const checkpoint = await readCheckpoint(pouch);
  let since = checkpoint.seq;
  let rev = checkpoint.rev;
  const result: PullResult = { applied: 0, rejected: 0 };
  for (;;) {
    const feed = await pouch.changes({ since, limit: BATCH, include_docs: true, conflicts: true });
    if (feed.results.length === 0) return result;
    const docs: TeamDoc[] = [];
    for (const change of feed.results) {
      const doc = parseIncoming(change.doc);
      if (!doc) {
        if (!change.id.startsWith('_design/')) result.rejected += 1;
        continue;
      }
      if (!context.shareCaptures && sharedTable(doc.table)?.layer === 'captured') continue;
      // A conflict is decided first; the decision comes back later in this feed and is applied then.
      if (doc._conflicts && doc._conflicts.length > 0) await resolveConflict(context, doc);
      else docs.push(doc);
    }
    await applyDocs(context, docs);
    result.applied += docs.length;
    since = feed.last_seq;
    const saved = await pouch.put({ _id: BRIDGE_CHECKPOINT_ID, _rev: rev, seq: since } as { _id: string });
    rev = saved.rev;
  }
}

/**
 * Notes every shared record already stored, when Team is turned on for a database the first time:
 * what was captured and decided before joining goes to the team too (unchanged records make no
 * revision, so a member who rejoins sends nothing twice).
 */
export async function seedOutbox(db: CreatorDeskDb, tables: readonly string[]): Promise<number> {
  let noted = 0;
  for (const table of tables) {
    const keys = await dexieTable(db, table).toCollection().primaryKeys();
    for (let start = 0; start < keys.length; start += 5_000) {
      const entries: TeamOutboxEntry[] = [];
      for (const key of keys.slice(start, start + 5_000)) {
        const id = docIdFor(table, key);
        if (id !== null) entries.push({ id, table, key, seq: Date.now() * 1000 });
      }
      await db.teamOutbox.bulkPut(entries);
      noted += entries.length;
    }
  }
  return noted;
}
