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
 * One record per window (analysis-record.ts), the 5,000-row lists stored as columns (row-columns.ts):
 * reading it back is one record and a few typed-array copies instead of hundreds of thousands of
 * small objects for IndexedDB to rebuild.
 */
import Dexie, { type Table } from 'dexie';
import { DEFAULT_DB_NAME } from '../db/database';
import { fromRecord, isCurrentRecord, toRecord, type AnalysisCacheRecord, type AnalysisSummary, type CachedAnalysis } from './analysis-record';

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
      if (!isCurrentRecord(record, windowDays)) {
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
