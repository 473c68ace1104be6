/**
 * The side panel's last computed analysis per scorecard window, saved so the next opening can show
 * the Overview and the Creators list at once while the fresh analysis is read and computed (reading
 * 100,000 content pieces takes seconds).
 *
 * It lives in a database of its own (`<db name>-analysis-cache`), not in the extension's database:
 * it is derived data, rebuilt after every analysis, so it stays out of backups and restores and
 * needs no schema step. A record carries its format and the data schema version it was computed
 * from; a record of another format, schema or window is never returned.
 *
 * One record per window, with the 5,000-row lists stored as columns (numbers as Float64Arrays):
 * reading it back is one record and a few typed-array copies instead of hundreds of thousands of
 * small objects for IndexedDB to rebuild.
 */
import Dexie, { type Table } from 'dexie';
import type { AnalyticsSettings } from '../analytics/settings';
import type { CreatorPace, ContentVelocity } from '../analytics/velocity';
import type { Leaderboard } from '../analytics/leaderboard';
import type { RosterHealth } from '../analytics/roster';
import type { Scorecard } from '../analytics/scorecard';
import type { TierSuggestion } from '../analytics/suggestions';
import type { CurrencyCode } from '../parse/quantity';
import { DEFAULT_DB_NAME, SCHEMA_VERSIONS } from '../db/database';

/** Bump when the stored shape changes: older records are then ignored (and replaced on the next save). */
export const ANALYSIS_CACHE_FORMAT = 2;

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
}

export interface CachedAnalysis {
  summary: AnalysisSummary;
  /** When it was saved. */
  savedAt: number;
}

// ---------------------------------------------------------------------------------------------
// Rows as columns

/** A column whose every value is a number or null (null where `nulls` is 1). */
interface NumberColumn {
  key: string;
  numbers: Float64Array;
  nulls: Uint8Array | null;
}

/** Any other column, values as they are; `missing` marks rows without the property. */
interface ValueColumn {
  key: string;
  values: unknown[];
  missing: Uint8Array | null;
}

export interface EncodedRows {
  count: number;
  columns: (NumberColumn | ValueColumn)[];
}

/** Rows of plain objects as columns; `decodeRows` gives back equal rows (same keys, same order). */
export function encodeRows(rows: readonly object[]): EncodedRows {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const count = rows.length;
  const columns = keys.map((key): NumberColumn | ValueColumn => {
    let numeric = count > 0;
    let anyNull = false;
    for (let i = 0; i < count && numeric; i++) {
      const row = rows[i] as Record<string, unknown>;
      if (!Object.hasOwn(row, key)) numeric = false;
      else if (row[key] === null) anyNull = true;
      else if (typeof row[key] !== 'number') numeric = false;
    }
    if (numeric) {
      const numbers = new Float64Array(count);
      const nulls = anyNull ? new Uint8Array(count) : null;
      for (let i = 0; i < count; i++) {
        const value = (rows[i] as Record<string, unknown>)[key];
        if (value === null) nulls![i] = 1;
        else numbers[i] = value as number;
      }
      return { key, numbers, nulls };
    }
    const values: unknown[] = new Array(count);
    let missing: Uint8Array | null = null;
    for (let i = 0; i < count; i++) {
      const row = rows[i] as Record<string, unknown>;
      if (Object.hasOwn(row, key)) values[i] = row[key];
      else (missing ??= new Uint8Array(count))[i] = 1;
    }
    return { key, values, missing };
  });
  return { count, columns };
}

/**
 * The rows back. Every row starts as a copy of one template with all the keys (cheap: the copies
 * share one shape), then each column is filled in; rows that lacked a property lose it again.
 */
export function decodeRows<T>(encoded: EncodedRows): T[] {
  const count = encoded.count;
  const template: Record<string, unknown> = {};
  for (const column of encoded.columns) template[column.key] = null;
  const rows: Record<string, unknown>[] = new Array(count);
  for (let i = 0; i < count; i++) rows[i] = { ...template };
  let incomplete: Set<number> | null = null;
  for (const column of encoded.columns) {
    const key = column.key;
    if ('numbers' in column) {
      const { numbers, nulls } = column;
      for (let i = 0; i < count; i++) rows[i]![key] = nulls !== null && nulls[i] === 1 ? null : numbers[i];
    } else {
      const { values, missing } = column;
      for (let i = 0; i < count; i++) {
        if (missing !== null && missing[i] === 1) (incomplete ??= new Set()).add(i);
        else rows[i]![key] = values[i];
      }
    }
  }
  if (incomplete) {
    for (const i of incomplete) {
      const row: Record<string, unknown> = {};
      for (const column of encoded.columns) {
        if (!('numbers' in column) && column.missing?.[i] === 1) continue;
        row[column.key] = rows[i]![column.key];
      }
      rows[i] = row;
    }
  }
  return rows as T[];
}

// ---------------------------------------------------------------------------------------------
// The stored record

interface AnalysisCacheRecord {
  /** Primary key: one record per scorecard window. */
  windowDays: number;
  format: number;
  schemaVersion: number;
  savedAt: number;
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
}

function toRecord(summary: AnalysisSummary, savedAt: number): AnalysisCacheRecord {
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
  };
}

function fromRecord(record: AnalysisCacheRecord): CachedAnalysis {
  return {
    savedAt: record.savedAt,
    summary: {
      windowDays: record.windowDays,
      asOf: record.asOf,
      settings: record.settings,
      currency: record.currency,
      storedPieces: record.storedPieces,
      creators: decodeRows<CachedCreatorName>(record.creators),
      scorecards: decodeRows<Scorecard>(record.scorecards),
      suggestions: decodeRows<TierSuggestion>(record.suggestions),
      velocity: {
        ...record.velocity,
        pace: decodeRows<CreatorPace>(record.pace),
        behindPace: decodeRows<CreatorPace>(record.behindPace),
      },
      roster: record.roster,
      leaderboard: record.leaderboard,
    },
  };
}

/** True for a record this build wrote for `windowDays` from data of the current schema. */
function isCurrent(record: Partial<AnalysisCacheRecord> | undefined, windowDays: number): record is AnalysisCacheRecord {
  return (
    record !== undefined &&
    record.format === ANALYSIS_CACHE_FORMAT &&
    record.schemaVersion === DATA_SCHEMA_VERSION &&
    record.windowDays === windowDays
  );
}

// ---------------------------------------------------------------------------------------------
// The cache database

export function analysisCacheDbName(dataDbName: string = DEFAULT_DB_NAME): string {
  return `${dataDbName}-analysis-cache`;
}

class AnalysisCacheDb extends Dexie {
  analyses!: Table<AnalysisCacheRecord, number>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ analyses: 'windowDays' });
  }
}

export interface AnalysisCache {
  /** The saved analysis for `windowDays`, or null (none, another format or schema, unreadable). */
  read(windowDays: number): Promise<CachedAnalysis | null>;
  /** Saves `summary` for its window, replacing the one saved before. */
  write(summary: AnalysisSummary, savedAt?: number): Promise<void>;
  /** Forgets the saved analysis of one window, or of every window. */
  remove(windowDays?: number): Promise<void>;
  close(): void;
}

/** The analysis cache that belongs to the extension database named `dataDbName`. */
export function openAnalysisCache(dataDbName: string = DEFAULT_DB_NAME): AnalysisCache {
  const db = new AnalysisCacheDb(analysisCacheDbName(dataDbName));
  return {
    async read(windowDays) {
      let record: AnalysisCacheRecord | undefined;
      try {
        record = await db.analyses.get(windowDays);
      } catch {
        return null;
      }
      if (!record) return null;
      if (!isCurrent(record, windowDays)) {
        await db.analyses.delete(windowDays).catch(() => {});
        return null;
      }
      try {
        return fromRecord(record);
      } catch {
        return null;
      }
    },
    async write(summary, savedAt = Date.now()) {
      await db.analyses.put(toRecord(summary, savedAt));
    },
    async remove(windowDays) {
      if (windowDays === undefined) await db.analyses.clear();
      else await db.analyses.delete(windowDays);
    },
    close() {
      db.close();
    },
  };
}
