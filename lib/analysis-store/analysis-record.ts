/**
 * What the analysis cache keeps per scorecard window, and how a summary maps to its stored records
 * and back: a small Overview record (the Overview's numbers, read first on opening, see
 * overview-record.ts) and the full record (the per-creator lists as columns, see row-columns.ts,
 * read after the Overview is on screen). A record carries its format and the data schema version it
 * was computed from; `isCurrentRecord` tells whether this build may use it.
 */
import type { AnalyticsSettings } from '../analytics/settings';
import type { CreatorPace, ContentVelocity } from '../analytics/velocity';
import type { Leaderboard } from '../analytics/leaderboard';
import type { RosterHealth } from '../analytics/roster';
import type { Scorecard } from '../analytics/scorecard';
import type { TierSuggestion } from '../analytics/suggestions';
import type { CurrencyCode } from '../parse/quantity';
import { SCHEMA_VERSIONS } from '../db/database';
import { localDayOfTimestamp } from '../calendar/days';
import { fingerprintInSteps } from './fingerprint';
import { encodeRows, type EncodedRows } from './row-columns';
import { recordLists } from './record-lists';
import { isWeeklySummary, type WeeklySummary } from './weekly-summary';

/** Bump when the stored shape changes: older records are then ignored (and replaced on the next save). */
export const ANALYSIS_CACHE_FORMAT = 3;

/** The extension database's schema version this build reads. */
export const DATA_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((step) => step.version));

/** How a creator is named in the views, without the creator's stored record. */
export interface CachedCreatorName {
  key: string;
  /** The index entry's normalised handle. */
  handle: string | null;
  displayName: string | null;
  /** Whether a creator record is stored (the names below come from it). */
  hasCreator: boolean;
  creatorId: string | null;
  creatorHandle: string | null;
  handleDisplay: string | null;
}

/** What the Overview and the Creators list show, for one window, as computed. */
export interface AnalysisSummary {
  windowDays: number;
  /** The moment the analysis was for. */
  asOf: number;
  settings: AnalyticsSettings;
  currency: CurrencyCode | null;
  /** Stored content pieces, dated or not. */
  storedPieces: number;
  creators: CachedCreatorName[];
  scorecards: Scorecard[];
  suggestions: TierSuggestion[];
  velocity: ContentVelocity;
  roster: RosterHealth;
  leaderboard: Leaderboard;
  /** "This week", open → target, phase and budget (weekly-summary.ts). */
  weekly: WeeklySummary;
}

export interface CachedAnalysis {
  summary: AnalysisSummary;
  /** When it was saved. */
  savedAt: number;
}

export interface AnalysisCacheRecord {
  /** Primary key: one record per scorecard window. */
  windowDays: number;
  format: number;
  schemaVersion: number;
  savedAt: number;
  /** See contentFingerprint. */
  fingerprint?: string;
  asOf: number;
  settings: AnalyticsSettings;
  currency: CurrencyCode | null;
  storedPieces: number;
  creators: EncodedRows;
  scorecards: EncodedRows;
  suggestions: EncodedRows;
  velocity: Omit<ContentVelocity, 'pace' | 'behindPace'>;
  pace: EncodedRows;
  behindPace: EncodedRows;
  roster: RosterHealth;
  leaderboard: Leaderboard;
  weekly: WeeklySummary;
}

export function toRecord(summary: AnalysisSummary, savedAt: number): AnalysisCacheRecord {
  const { pace, behindPace, ...velocity } = summary.velocity;
  return {
    windowDays: summary.windowDays,
    format: ANALYSIS_CACHE_FORMAT,
    schemaVersion: DATA_SCHEMA_VERSION,
    savedAt,
    asOf: summary.asOf,
    settings: summary.settings,
    currency: summary.currency,
    storedPieces: summary.storedPieces,
    creators: encodeRows(summary.creators),
    scorecards: encodeRows(summary.scorecards),
    suggestions: encodeRows(summary.suggestions),
    velocity,
    pace: encodeRows(pace),
    behindPace: encodeRows(behindPace),
    roster: summary.roster,
    leaderboard: summary.leaderboard,
    weekly: summary.weekly,
  };
}

/** The analysis a record holds; throws when its weekly part is not of this build's shape. */
export function fromRecord(record: AnalysisCacheRecord): CachedAnalysis {
  if (!isWeeklySummary(record.weekly)) throw new Error('Saved analysis without its weekly part');
  const lists = recordLists(record);
  return {
    savedAt: record.savedAt,
    summary: {
      windowDays: record.windowDays,
      asOf: record.asOf,
      settings: record.settings,
      currency: record.currency,
      storedPieces: record.storedPieces,
      creators: lists.creators as CachedCreatorName[],
      scorecards: lists.scorecards as Scorecard[],
      suggestions: lists.suggestions as TierSuggestion[],
      velocity: {
        ...record.velocity,
        pace: lists.pace as CreatorPace[],
        behindPace: lists.behindPace as CreatorPace[],
      },
      roster: record.roster,
      leaderboard: record.leaderboard,
      weekly: record.weekly,
    },
  };
}

/**
 * The fingerprint of what a record says (fingerprint.ts): everything but when it was saved, and
 * the moment it was for as its local day (an analysis is for a day: the same one later that day
 * is the same analysis).
 */
export function contentFingerprint(record: AnalysisCacheRecord, pause: () => Promise<void>): Promise<string> {
  const { savedAt: _savedAt, fingerprint: _fingerprint, asOf, ...content } = record;
  // In steps (the panel stays responsive): the same digest as `fingerprintOf`.
  return fingerprintInSteps({ ...content, asOfDay: localDayOfTimestamp(asOf) }, pause);
}

/** True for a record this build wrote for `windowDays` from data of the current schema. */
export function isCurrentRecord<R extends { windowDays: number; format: number; schemaVersion: number }>(
  record: Partial<R> | undefined,
  windowDays: number,
): record is R {
  return (
    record !== undefined &&
    record.format === ANALYSIS_CACHE_FORMAT &&
    record.schemaVersion === DATA_SCHEMA_VERSION &&
    record.windowDays === windowDays
  );
}
