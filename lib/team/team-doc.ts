/**
 * The CouchDB document for one shared record: `{ _id, _rev, table, key, data, by, at }`. `data` is
 * the record as Dexie stores it; `by` the member who wrote this revision; `at` when the record was
 * last edited (team layer) or captured (captured layer). A deleted record is a CouchDB deletion.
 */
import { docIdFor, sharedTable } from './shared-tables';

export interface TeamDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  table: string;
  key: unknown;
  data?: Record<string, unknown>;
  by: string;
  at: number;
  /** Captured layer: per field, when it was captured, where older than `at` (capture-times.ts). */
  seen?: Record<string, number>;
  /**
   * Team layer: versions a conflict decided against, carried in the winning revision so every
   * member lists them to confirm (the newest few; a later edit drops them from the document).
   */
  lost?: LostVersion[];
}

export interface LostVersion {
  rev: string;
  by: string;
  at: number;
  data: Record<string, unknown>;
}

/** Lost versions a document carries at most. */
export const MAX_LOST_VERSIONS = 10;

/** When a record was edited (team layer: `updatedAt`) or last captured (`lastSeen`, `capturedAt`). */
export function editedAt(table: string, record: Record<string, unknown>): number {
  const layer = sharedTable(table)?.layer;
  const candidates = layer === 'captured' ? [record.lastSeen, record.capturedAt, record.updatedAt] : [record.updatedAt, record.lastSeen];
  const found = candidates.find((value): value is number => typeof value === 'number' && Number.isFinite(value));
  return found ?? 0;
}

/**
 * The record as JSON keeps it: `undefined` fields dropped (what PouchDB stores), so a record read
 * back from a document compares equal to the one written.
 */
export function jsonRecord(record: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}

export function toTeamDoc(table: string, record: Record<string, unknown>, by: string): TeamDoc | null {
  const shared = sharedTable(table);
  if (!shared) return null;
  const key = shared.keyOf(record);
  const id = docIdFor(table, key);
  if (id === null) return null;
  return { _id: id, table, key, data: jsonRecord(record), by, at: editedAt(table, record) };
}

/** A deletion of the record with `key` (the table and key are kept so every member can apply it). */
export function deletedTeamDoc(table: string, key: unknown, by: string, at: number): TeamDoc | null {
  const id = docIdFor(table, key);
  return id === null ? null : { _id: id, _deleted: true, table, key, by, at };
}

/** Same JSON, whatever the order of keys: what decides "nothing changed" (no echo, no empty revision). */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/** JSON with object keys sorted: equal content, equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const name of Object.keys(inner).sort()) sorted[name] = (inner as Record<string, unknown>)[name];
    return sorted;
  });
}

/** Is this a document the bridge understands (from a member running this build or a later one)? */
export function isTeamDoc(value: unknown): value is TeamDoc {
  if (value === null || typeof value !== 'object') return false;
  const doc = value as Partial<TeamDoc>;
  return (
    typeof doc._id === 'string' &&
    typeof doc.table === 'string' &&
    sharedTable(doc.table) !== undefined &&
    (doc._deleted === true || (doc.data !== null && typeof doc.data === 'object')) &&
    typeof doc.by === 'string' &&
    typeof doc.at === 'number'
  );
}
