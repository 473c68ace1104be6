/**
 * How a conflict between versions of one shared record is decided (docs/team-sync.md), the same
 * way in every browser so all members converge:
 * - captured records: the newest capture per field (versions applied oldest capture first; a field
 *   only an older capture has is kept; first seen is the earliest, last seen the latest; where it
 *   was seen and status histories are unions);
 * - team decisions: the newest edit wins, ties broken by revision id; the others are returned as
 *   losers, to be kept in the team history and confirmed by a person.
 */
import { sharedTable } from './shared-tables';
import { editedAt, type TeamDoc } from './team-doc';

export interface Resolution {
  /** The content every member keeps. */
  winner: TeamDoc;
  /** Team-layer versions that lost (never for captured records, whose fields are merged). */
  losers: TeamDoc[];
}

type Row = Record<string, unknown>;

/** Fields whose values from every capture are kept (as a set, in order of first appearance). */
const UNION_FIELDS = new Set(['sources', 'formerHandles']);
/** Object fields merged key by key, newest capture per key. */
const PER_KEY_FIELDS = new Set(['metrics']);

function unionList(older: unknown, newer: unknown): unknown[] {
  const seen = new Map<string, unknown>();
  for (const item of [...(Array.isArray(older) ? older : []), ...(Array.isArray(newer) ? newer : [])]) {
    seen.set(JSON.stringify(item), item);
  }
  return [...seen.values()];
}

function statusHistory(older: unknown, newer: unknown): unknown[] {
  return unionList(older, newer).sort((a, b) => Number((a as { at?: number }).at ?? 0) - Number((b as { at?: number }).at ?? 0));
}

function minNumber(a: unknown, b: unknown): unknown {
  return typeof a === 'number' && typeof b === 'number' ? Math.min(a, b) : (b ?? a);
}

function maxNumber(a: unknown, b: unknown): unknown {
  return typeof a === 'number' && typeof b === 'number' ? Math.max(a, b) : (b ?? a);
}

/** Captured records of one key, merged: the newest capture per field. */
export function mergeCaptured(table: string, records: readonly Row[]): Row {
  const ordered = [...records].sort((a, b) => editedAt(table, a) - editedAt(table, b));
  let merged: Row = {};
  for (const record of ordered) {
    const next: Row = { ...merged };
    for (const [name, value] of Object.entries(record)) {
      if (value === undefined) continue;
      const before = merged[name];
      if (PER_KEY_FIELDS.has(name) && value !== null && typeof value === 'object') next[name] = { ...(before as Row | undefined), ...(value as Row) };
      else if (UNION_FIELDS.has(name)) next[name] = unionList(before, value);
      else if (name === 'statusHistory') next[name] = statusHistory(before, value);
      else if (name === 'firstSeen') next[name] = minNumber(before, value);
      else if (name === 'lastSeen' || name === 'updatedAt' || name === 'capturedAt') next[name] = maxNumber(before, value);
      else next[name] = value;
    }
    merged = next;
  }
  return merged;
}

function newestFirst(a: TeamDoc, b: TeamDoc): number {
  return b.at - a.at || String(b._rev ?? '').localeCompare(String(a._rev ?? ''));
}

/** Decides between the versions of one document (at least one, none deleted). */
export function resolveVersions(versions: readonly TeamDoc[]): Resolution {
  if (versions.length === 0) throw new Error('resolveVersions needs at least one version');
  const ordered = [...versions].sort(newestFirst);
  const newest = ordered[0]!;
  const layer = sharedTable(newest.table)?.layer;
  if (layer === 'captured') {
    const data = mergeCaptured(newest.table, ordered.map((version) => version.data ?? {}));
    return { winner: { ...newest, data, at: editedAt(newest.table, data) }, losers: [] };
  }
  return { winner: newest, losers: ordered.slice(1) };
}
