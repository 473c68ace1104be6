/**
 * How a conflict between versions of one shared record is decided (docs/team-sync.md), the same
 * way in every browser so all members converge:
 * - captured records: the newest capture per field: each field (each metric on its own) from the
 *   version that captured it last (capture-times.ts); equal times go to the same value in every
 *   browser; a field one version does not have is unknown there, never a reason to drop it; first
 *   seen is the earliest, last seen the latest; where it was seen and status histories are unions;
 * - team decisions: the newest edit wins, ties broken by revision id; the others are returned as
 *   losers, to be kept in the team history and confirmed by a person.
 */
import { compactTimes, isObject, PER_KEY_FIELDS, timedPaths, timeOf, valueAt, type CaptureTimes, type TimedVersion } from './capture-times';
import { sharedTable } from './shared-tables';
import { editedAt, stableJson, type TeamDoc } from './team-doc';

export interface Resolution {
  /** The content every member keeps. */
  winner: TeamDoc;
  /** Team-layer versions that lost (never for captured records, whose fields are merged). */
  losers: TeamDoc[];
}

type Row = Record<string, unknown>;

/** Fields whose values from every capture are kept (as a set, in order of first appearance). */
const UNION_FIELDS = new Set(['sources', 'formerHandles', 'counterfeitDays']);

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

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function numbers(values: unknown[]): number[] {
  return values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
}

/** The merged record and its capture times (all of them, not yet compacted). */
export interface MergedCapture {
  data: Row;
  seen: CaptureTimes;
}

/** The value of `path` with the latest capture time; equal times: the greater JSON, the same everywhere. */
function newestValue(table: string, versions: readonly TimedVersion[], path: string): { value: unknown; time: number } | undefined {
  let best: { value: unknown; time: number; json: string } | undefined;
  for (const version of versions) {
    const value = valueAt(version.data, path);
    // Missing or null: this version does not know the field (unknown, which never overrides a value).
    if (value === undefined || value === null) continue;
    const time = timeOf(table, version, path);
    const json = stableJson(value);
    if (!best || time > best.time || (time === best.time && json > best.json)) best = { value, time, json };
  }
  return best;
}

/** Versions of one captured record, merged: the newest capture per field. */
export function mergeCapturedVersions(table: string, versions: readonly TimedVersion[]): MergedCapture {
  // Oldest capture first (then by content, so the order never depends on who asks): unions keep that order.
  const ordered = [...versions].sort((a, b) => editedAt(table, a.data) - editedAt(table, b.data) || compareText(stableJson(a.data), stableJson(b.data)));
  const datas = ordered.map((version) => version.data);
  const data: Row = {};
  const seen: CaptureTimes = {};
  const names = new Set(datas.flatMap((record) => Object.keys(record).filter((name) => record[name] !== undefined)));
  for (const name of names) {
    const values = datas.map((record) => record[name]).filter((value) => value !== undefined);
    if (UNION_FIELDS.has(name)) data[name] = values.reduce<unknown[]>((merged, value) => unionList(merged, value), []);
    if (name === 'counterfeitDays') (data[name] as string[]).sort();
    else if (name === 'statusHistory') data[name] = values.reduce<unknown[]>((merged, value) => statusHistory(merged, value), []);
    else if (name === 'firstSeen') data[name] = numbers(values).length > 0 ? Math.min(...numbers(values)) : values.at(-1);
    else if (name === 'lastSeen' || name === 'updatedAt' || name === 'capturedAt') data[name] = numbers(values).length > 0 ? Math.max(...numbers(values)) : values.at(-1);
    else if (PER_KEY_FIELDS.has(name) && values.some(isObject)) data[name] = {};
    else if (values.every((value) => value === null)) data[name] = null;
  }
  const paths = new Set(datas.flatMap((record) => timedPaths(record)));
  for (const path of paths) {
    const newest = newestValue(table, ordered, path);
    if (!newest) continue;
    const dot = path.indexOf('.');
    if (dot >= 0 && PER_KEY_FIELDS.has(path.slice(0, dot)) && isObject(data[path.slice(0, dot)])) (data[path.slice(0, dot)] as Row)[path.slice(dot + 1)] = newest.value;
    else data[path] = newest.value;
    seen[path] = newest.time;
  }
  return { data, seen };
}

/** Captured records of one key (no capture times known: each record's fields at its own capture time), merged. */
export function mergeCaptured(table: string, records: readonly Row[]): Row {
  return mergeCapturedVersions(table, records.map((data) => ({ data }))).data;
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
    const merged = mergeCapturedVersions(newest.table, ordered.map((version) => ({ data: version.data ?? {}, seen: version.seen })));
    const winner: TeamDoc = { ...newest, data: merged.data, at: editedAt(newest.table, merged.data) };
    const seen = compactTimes(newest.table, merged.data, merged.seen);
    if (seen) winner.seen = seen;
    else delete winner.seen;
    return { winner, losers: [] };
  }
  return { winner: newest, losers: ordered.slice(1) };
}
