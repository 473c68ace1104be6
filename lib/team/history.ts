/**
 * The team history, in its own small database (`creator-desk-team`, never in backups): who changed
 * which shared record, what and when, and the conflicting versions that lost and wait for a person
 * to confirm. Bookkeeping of this browser; the documents themselves live in CouchDB.
 */
import Dexie, { type EntityTable } from 'dexie';

export const TEAM_HISTORY_DB_NAME = 'creator-desk-team';

export interface TeamChange {
  id?: number;
  docId: string;
  table: string;
  /** Creators the record belongs to (a program's creator, an outreach entry's creators…). */
  creatorKeys: string[];
  by: string;
  at: number;
  /** Top-level fields that changed (empty for a new record). */
  fields: string[];
  kind: 'created' | 'changed' | 'deleted';
}

export interface TeamConflict {
  /** `<doc id>@<losing revision>`. */
  id: string;
  docId: string;
  table: string;
  key: unknown;
  creatorKeys: string[];
  /** The version that lost: kept whole, so it can be restored. */
  loser: { data: Record<string, unknown>; by: string; at: number };
  winner: { by: string; at: number };
  /** When this browser learnt of it. */
  at: number;
  /** Someone here confirmed it (kept the winner or restored the loser): no longer listed. */
  confirmed?: boolean;
}

export class TeamHistoryDb extends Dexie {
  changes!: EntityTable<TeamChange, 'id'>;
  conflicts!: EntityTable<TeamConflict, 'id'>;

  constructor(name: string = TEAM_HISTORY_DB_NAME) {
    super(name);
    this.version(1).stores({ changes: '++id, *creatorKeys, at, docId', conflicts: 'id, docId, at' });
  }
}

/** Changes kept per browser; older lines are dropped (the documents keep their own history). */
export const MAX_CHANGES = 20_000;

/** The creators a shared record is about. */
export function creatorKeysOf(table: string, data: Record<string, unknown> | undefined, key: unknown): string[] {
  if (table === 'creators') return [String(key)];
  if (!data) return typeof key === 'string' && table === 'programs' ? [key] : [];
  const keys = Array.isArray(data.creatorKeys) ? data.creatorKeys : [data.creatorKey];
  return keys.filter((value): value is string => typeof value === 'string' && value.length > 0);
}

const BOOKKEEPING_FIELDS = new Set(['updatedAt', 'lastSeen', 'firstSeen', 'createdAt']);

/** A value that says something (a new record's empty defaults do not). */
function meaningful(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value as object).some(meaningful);
  return true;
}

/** Top-level fields whose JSON differs; for a new record, the fields it sets (bookkeeping times left out). */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): string[] {
  if (!after) return [];
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...names]
    .filter((name) => !BOOKKEEPING_FIELDS.has(name))
    .filter((name) => (before ? JSON.stringify(before[name]) !== JSON.stringify(after[name]) : meaningful(after[name])))
    .sort();
}

/** Adds conflicts not known yet (one already confirmed here stays confirmed). */
export async function recordConflicts(history: TeamHistoryDb, conflicts: readonly TeamConflict[]): Promise<void> {
  if (conflicts.length === 0) return;
  const known = await history.conflicts.bulkGet(conflicts.map((conflict) => conflict.id));
  const fresh = conflicts.filter((_conflict, index) => known[index] === undefined);
  if (fresh.length > 0) await history.conflicts.bulkPut(fresh);
}

export async function recordChanges(history: TeamHistoryDb, changes: readonly TeamChange[]): Promise<void> {
  if (changes.length === 0) return;
  await history.changes.bulkAdd([...changes]);
  const excess = (await history.changes.count()) - MAX_CHANGES;
  if (excess > 0) await history.changes.orderBy('at').limit(excess).delete();
}
