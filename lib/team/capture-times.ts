/**
 * Captured records merge field by field, by when each field was captured (docs/team-sync.md). The
 * capture path stores one record per natural key with one `lastSeen`; the team document adds
 * `seen`: per field (`displayName`, `metrics.gmv`…) the time it was captured, kept only where it is
 * older than the record's own capture time (a record captured whole in one go carries none).
 * Times come from comparing a record with the team's previous version: a field whose value changed
 * was captured by this capture; an unchanged one keeps the time it had.
 */
import { editedAt, sameJson } from './team-doc';

type Row = Record<string, unknown>;
export type CaptureTimes = Record<string, number>;

/** Object fields merged key by key (each key its own field: `metrics.gmv`). */
export const PER_KEY_FIELDS: ReadonlySet<string> = new Set(['metrics']);
/** Fields with their own rule (unions, earliest, latest), never decided by capture time. */
export const RULED_FIELDS: ReadonlySet<string> = new Set(['sources', 'formerHandles', 'counterfeitDays', 'statusHistory', 'firstSeen', 'lastSeen', 'updatedAt', 'capturedAt']);

/** The fields of a record that are decided by capture time. */
export function timedPaths(record: Row): string[] {
  const paths: string[] = [];
  for (const [name, value] of Object.entries(record)) {
    if (RULED_FIELDS.has(name) || value === undefined) continue;
    if (PER_KEY_FIELDS.has(name) && isObject(value)) for (const key of Object.keys(value)) paths.push(`${name}.${key}`);
    else paths.push(name);
  }
  return paths;
}

export function isObject(value: unknown): value is Row {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function valueAt(record: Row, path: string): unknown {
  const dot = path.indexOf('.');
  if (dot < 0) return record[path];
  const inner = record[path.slice(0, dot)];
  return isObject(inner) ? inner[path.slice(dot + 1)] : undefined;
}

/** A previous version of the record: its data and capture times. */
export interface TimedVersion {
  data: Row;
  seen?: CaptureTimes;
}

/** When `path` of `version` was captured: its own time, else the record's. */
export function timeOf(table: string, version: TimedVersion, path: string): number {
  const time = version.seen?.[path];
  return typeof time === 'number' && Number.isFinite(time) ? time : editedAt(table, version.data);
}

/**
 * Capture times of `record` measured against `base` (the team's version it follows): a field equal
 * to the base keeps the base's time, any other gets `changedAt` (by default the record's own capture
 * time). Only times older than the record's are returned; undefined when there are none.
 */
export function captureTimes(table: string, record: Row, base: TimedVersion | undefined, changedAt = editedAt(table, record)): CaptureTimes | undefined {
  const at = editedAt(table, record);
  const seen: CaptureTimes = {};
  for (const path of timedPaths(record)) {
    const time = base && sameJson(valueAt(base.data, path), valueAt(record, path)) ? timeOf(table, base, path) : changedAt;
    if (time < at) seen[path] = time;
  }
  return Object.keys(seen).length > 0 ? seen : undefined;
}

/** Only the times older than the record's own (what a document carries). */
export function compactTimes(table: string, data: Row, seen: CaptureTimes): CaptureTimes | undefined {
  const at = editedAt(table, data);
  const kept = Object.entries(seen).filter(([, time]) => time < at);
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** Capture times from a document (hostile input): finite numbers only, bounded in number and name. */
export function parseCaptureTimes(value: unknown): CaptureTimes | undefined {
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value)
    .filter(([path, time]) => path.length <= 100 && typeof time === 'number' && Number.isFinite(time))
    .slice(0, 200) as [string, number][];
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
