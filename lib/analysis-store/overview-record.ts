/**
 * The saved analysis' Overview record: what the Overview shows from a saved analysis, and nothing
 * per creator but the names the leaderboard shows. A few kilobytes (the full record, with 5,000
 * scorecards, is megabytes and takes IndexedDB hundreds of milliseconds to rebuild), so the panel
 * reads it first and paints the Overview while the full record is read.
 *
 * Read back, a record is checked for the shape this build writes: anything else (damaged, foreign)
 * is no record at all, and the panel computes a fresh analysis as without a cache.
 */
import type { AnalyticsSettings } from '../analytics/settings';
import type { ContentVelocity } from '../analytics/velocity';
import type { Leaderboard } from '../analytics/leaderboard';
import { programCounts, type ProgramCounts } from '../analytics/program-counts';
import type { RosterHealth } from '../analytics/roster';
import type { CurrencyCode } from '../parse/quantity';
import { isWeeklySummary, weeklyCreatorKeys, type WeeklySummary } from './weekly-summary';
import { isCount, isObject } from './shape-checks';
import { ANALYSIS_CACHE_FORMAT, DATA_SCHEMA_VERSION, isCurrentRecord, type AnalysisSummary, type CachedCreatorName } from './analysis-record';

/** What the Overview shows, for one window, as computed. */
export interface OverviewSummary {
  windowDays: number;
  asOf: number;
  settings: AnalyticsSettings;
  currency: CurrencyCode | null;
  storedPieces: number;
  /** Creators in the analysis (the list itself is in the full record). */
  creatorCount: number;
  /** Names of the creators the leaderboard and the weekly sections show. */
  names: CachedCreatorName[];
  /** Velocity without the per-creator pace lists (their length is in `counts`). */
  velocity: Omit<ContentVelocity, 'pace' | 'behindPace'>;
  roster: RosterHealth;
  leaderboard: Leaderboard;
  counts: ProgramCounts;
  /** "This week", open → target, phase and budget. */
  weekly: WeeklySummary;
}

export interface CachedOverview {
  overview: OverviewSummary;
  /** When the analysis was saved (the full record of the same save has the same). */
  savedAt: number;
  /** When a fresh analysis last found it still the same, if one did after it was saved. */
  checkedAt?: number;
}

export interface OverviewRecord extends OverviewSummary {
  format: number;
  schemaVersion: number;
  savedAt: number;
  /** The saved analysis' content fingerprint (analysis-cache.ts: an equal fresh one is not written again). */
  fingerprint?: string;
  /** When a fresh analysis last found it the same. */
  checkedAt?: number;
}

/** The Overview part of a summary. */
export function overviewOfSummary(summary: AnalysisSummary): OverviewSummary {
  const { pace: _pace, behindPace: _behindPace, ...velocity } = summary.velocity;
  const shown = new Set<string>();
  for (const row of [...summary.leaderboard.byGmv, ...summary.leaderboard.byConversion]) shown.add(row.creatorKey);
  for (const key of weeklyCreatorKeys(summary.weekly)) shown.add(key);
  return {
    windowDays: summary.windowDays,
    asOf: summary.asOf,
    settings: summary.settings,
    currency: summary.currency,
    storedPieces: summary.storedPieces,
    creatorCount: summary.creators.length,
    names: summary.creators.filter((name) => shown.has(name.key)),
    velocity,
    roster: summary.roster,
    leaderboard: summary.leaderboard,
    counts: programCounts(summary),
    weekly: summary.weekly,
  };
}

export function toOverviewRecord(summary: AnalysisSummary, savedAt: number): OverviewRecord {
  return { ...overviewOfSummary(summary), format: ANALYSIS_CACHE_FORMAT, schemaVersion: DATA_SCHEMA_VERSION, savedAt };
}


/** The record's Overview, or null when it is not of the shape this build writes. */
export function fromOverviewRecord(record: unknown): CachedOverview | null {
  if (!isObject(record)) return null;
  const { format: _format, schemaVersion: _schema, savedAt, fingerprint: _fingerprint, checkedAt, ...overview } = record as unknown as OverviewRecord;
  const { velocity, roster, leaderboard, counts, names, settings, weekly } = overview;
  const valid =
    typeof savedAt === 'number' &&
    typeof overview.asOf === 'number' &&
    isCount(overview.windowDays) &&
    isCount(overview.storedPieces) &&
    isCount(overview.creatorCount) &&
    (overview.currency === null || typeof overview.currency === 'string') &&
    isObject(settings) &&
    Array.isArray(names) &&
    names.every((name) => isObject(name) && typeof name.key === 'string') &&
    isObject(velocity) &&
    Array.isArray(velocity.weeks) &&
    velocity.weeks.every((week) => isObject(week) && typeof week.weekStart === 'string' && isCount(week.posts)) &&
    isObject(roster) &&
    Array.isArray(roster.tiers) &&
    isCount(roster.unplaced) &&
    isObject(leaderboard) &&
    Array.isArray(leaderboard.byGmv) &&
    Array.isArray(leaderboard.byConversion) &&
    [...leaderboard.byGmv, ...leaderboard.byConversion].every((row) => isObject(row) && typeof row.creatorKey === 'string') &&
    isObject(counts) &&
    isCount(counts.suggestions) &&
    isCount(counts.behindPace) &&
    isObject(counts.flagged) &&
    Object.values(counts.flagged).every(isCount) &&
    isWeeklySummary(weekly);
  if (!valid) return null;
  return typeof checkedAt === 'number' && checkedAt > savedAt ? { overview, savedAt, checkedAt } : { overview, savedAt };
}

/** The Overview a stored record holds for `windowDays`, or null (another window, format or schema; not of this shape). */
export function overviewOfRecord(record: unknown, windowDays: number): CachedOverview | null {
  return isObject(record) && isCurrentRecord<OverviewRecord>(record, windowDays) ? fromOverviewRecord(record) : null;
}

/** Nothing worth showing: no creators and no content (the panel shows its empty state instead). */
export function isEmptyOverview(overview: OverviewSummary): boolean {
  return overview.creatorCount === 0 && overview.storedPieces === 0;
}
