/**
 * Pure merging of captured creator rows into stored creator records. Incoming defined values win,
 * missing ones keep what was stored, lists are unioned; nothing here touches the database.
 */
import type { Audience, Creator, CreatorMetrics, CreatorRow } from '../model/entities';
import { mergeMetrics } from './exact-wins';
import { displayHandle, normaliseCreatorId, normaliseHandleForKey } from '../model/keys';
import { definedEntries, sameApartFromTimes, textOver, unionStrings, withoutUndefined } from './structural';

export interface MergeContext {
  /** Page kind or import kind the rows came from. */
  source: string;
  region: string | null;
  now: number;
}

/** True when the two records differ only in `lastSeen` / `updatedAt` (or not at all). */
export function definedMetrics(metrics: CreatorMetrics | null | undefined): CreatorMetrics {
  return definedEntries(metrics);
}

function mergeAudience(stored: Audience | undefined, incoming: Audience | undefined): Audience | undefined {
  const merged = { ...definedEntries(stored), ...definedEntries(incoming) };
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/**
 * A creator's earlier handles: every handle given that is not the current one, oldest first, once each;
 * undefined when there are none (records without history stay as they were).
 */
export function formerHandlesOf(current: string | undefined, ...earlier: (string | readonly string[] | undefined)[]): string[] | undefined {
  const handles: string[] = [];
  for (const item of earlier.flat()) {
    if (item && item !== current && !handles.includes(item)) handles.push(item);
  }
  return handles.length > 0 ? handles : undefined;
}

/** Applies one captured row on top of `base` (the stored record, or undefined for a new creator). */
export function applyCreatorRow(base: Creator | undefined, row: CreatorRow, key: string, ctx: MergeContext): Creator {
  const handle = normaliseHandleForKey(row.handle) ?? base?.handle;
  const next: Creator = withoutUndefined({
    key,
    creatorId: normaliseCreatorId(row.creatorId) ?? base?.creatorId,
    handle,
    handleDisplay: textOver(displayHandle(row.handle) ?? undefined, base?.handleDisplay),
    formerHandles: formerHandlesOf(handle, base?.formerHandles, base?.handle),
    displayName: textOver(row.displayName, base?.displayName),
    categories: unionStrings(base?.categories, row.categories),
    audience: mergeAudience(base?.audience, row.audience),
    metrics: mergeMetrics(base?.metrics, definedMetrics(row.metrics)),
    sources: unionStrings(base?.sources, [ctx.source]),
    region: ctx.region ?? base?.region,
    firstSeen: base?.firstSeen ?? ctx.now,
    lastSeen: Math.max(base?.lastSeen ?? ctx.now, ctx.now),
    updatedAt: base?.updatedAt ?? ctx.now,
  });
  if (base && !sameApartFromTimes(base, next)) next.updatedAt = ctx.now;
  return next;
}

/**
 * Folds two records of the same creator into one under `key` (a handle-keyed record moving to its
 * id key). The more recently updated record wins where both have a value.
 */
export function mergeCreatorRecords(a: Creator, b: Creator, key: string): Creator {
  const [older, newer] = a.updatedAt <= b.updatedAt ? [a, b] : [b, a];
  const handle = newer.handle ?? older.handle;
  return withoutUndefined({
    key,
    creatorId: newer.creatorId ?? older.creatorId,
    handle,
    formerHandles: formerHandlesOf(handle, older.formerHandles, older.handle, newer.formerHandles, newer.handle),
    handleDisplay: newer.handleDisplay ?? older.handleDisplay,
    displayName: newer.displayName ?? older.displayName,
    categories: unionStrings(older.categories, newer.categories),
    audience: mergeAudience(older.audience, newer.audience),
    metrics: { ...older.metrics, ...newer.metrics },
    sources: unionStrings(older.sources, newer.sources),
    region: newer.region ?? older.region,
    firstSeen: Math.min(a.firstSeen, b.firstSeen),
    lastSeen: Math.max(a.lastSeen, b.lastSeen),
    updatedAt: newer.updatedAt,
  });
}
