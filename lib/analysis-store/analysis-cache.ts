/**
 * The side panel's last computed analysis per scorecard window, saved so the next opening can show
 * the Overview and the Creators list at once while the fresh analysis is read and computed (reading
 * 100,000 content pieces takes seconds).
 *
 * It lives in a database of its own (`<db name>-analysis-cache`), not in the extension's database:
 * it is derived data, rebuilt after every analysis that comes out different (a fresh analysis equal
 * to the saved one, by content fingerprint, is not written again), so it stays out of backups and
 * restores and needs no schema step. A record carries its format and the data schema version it was computed
 * from; a record of another format, schema or window is never returned.
 *
 * Two records per window, written together: the Overview record (overview-record.ts: a few
 * kilobytes, what the Overview shows), read first on opening, and the full record
 * (analysis-record.ts, the 5,000-row lists stored as columns, row-columns.ts), read after the
 * Overview is on screen.
 */
import Dexie, { type Table } from 'dexie';
import { analysisCacheDbName, DEFAULT_DB_NAME } from '../db/database-names';
import { contentFingerprint, fromRecord, isCurrentRecord, toRecord, type AnalysisCacheRecord, type AnalysisSummary, type CachedAnalysis } from './analysis-record';
import { overviewOfRecord, toOverviewRecord, type CachedOverview, type OverviewRecord } from './overview-record';
import { nextTask } from '../tasks/next-task';

export { analysisCacheDbName };

class AnalysisCacheDb extends Dexie {
  analyses!: Table<AnalysisCacheRecord, number>;
  overviews!: Table<OverviewRecord, number>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ analyses: 'windowDays' });
    this.version(2).stores({ overviews: 'windowDays' });
  }
}

export interface AnalysisCache {
  /** The saved Overview for `windowDays`, or null (none, another format or schema, unreadable). */
  readOverview(windowDays: number): Promise<CachedOverview | null>;
  /** The saved analysis for `windowDays`, or null (none, another format or schema, unreadable). */
  read(windowDays: number): Promise<CachedAnalysis | null>;
  /**
   * Saves `summary` for its window (both records), replacing the one saved before; when the saved
   * one says the same (its content fingerprint), only notes when it was checked (`unchanged`).
   */
  write(summary: AnalysisSummary, savedAt?: number): Promise<'written' | 'unchanged'>;
  /** Forgets the saved analysis of one window, or of every window. */
  remove(windowDays?: number): Promise<void>;
  close(): void;
}

/** The analysis a stored full record holds for `windowDays`, or null (none, another format, schema or window, unreadable). */
export function analysisOfRecord(record: unknown, windowDays: number): CachedAnalysis | null {
  const stored = record as Partial<AnalysisCacheRecord> | undefined;
  if (!isCurrentRecord<AnalysisCacheRecord>(stored, windowDays)) return null;
  try {
    return fromRecord(stored);
  } catch {
    return null;
  }
}

/** The analysis cache that belongs to the extension database named `dataDbName`. */
export function openAnalysisCache(dataDbName: string = DEFAULT_DB_NAME): AnalysisCache {
  const db = new AnalysisCacheDb(analysisCacheDbName(dataDbName));
  // Writes and removals one after the other: a write fingerprints in steps, and must not land after a later change.
  let changing: Promise<unknown> = Promise.resolve();
  const queued = <T>(change: () => Promise<T>): Promise<T> => {
    const done = changing.then(change);
    changing = done.catch(() => undefined);
    return done;
  };
  /** Saves both records; the long parts (the record's columns, its fingerprint) let input in between. */
  const writeNow = async (summary: AnalysisSummary, savedAt: number): Promise<'written' | 'unchanged'> => {
    const full = toRecord(summary, savedAt);
    await nextTask();
    full.fingerprint = await contentFingerprint(full, nextTask);
    const overview: OverviewRecord = { ...toOverviewRecord(summary, savedAt), fingerprint: full.fingerprint };
    return db.transaction('rw', db.overviews, db.analyses, async () => {
      const windowDays = summary.windowDays;
      const [stored, fullStored] = await Promise.all([db.overviews.get(windowDays), db.analyses.where(':id').equals(windowDays).count()]);
      if (fullStored > 0 && isCurrentRecord<OverviewRecord>(stored, windowDays) && stored.fingerprint === full.fingerprint) {
        await db.overviews.put({ ...stored, checkedAt: savedAt });
        return 'unchanged' as const;
      }
      await db.overviews.put(overview);
      await db.analyses.put(full);
      return 'written' as const;
    });
  };
  return {
    async readOverview(windowDays) {
      let record: OverviewRecord | undefined;
      try {
        record = await db.overviews.get(windowDays);
      } catch {
        return null;
      }
      if (!record) return null;
      const overview = overviewOfRecord(record, windowDays);
      if (!overview) await db.overviews.delete(windowDays).catch(() => {});
      return overview;
    },
    async read(windowDays) {
      let record: AnalysisCacheRecord | undefined;
      try {
        record = await db.analyses.get(windowDays);
      } catch {
        return null;
      }
      if (!record) return null;
      const analysis = analysisOfRecord(record, windowDays);
      if (!analysis) await db.analyses.delete(windowDays).catch(() => {});
      return analysis;
    },
    write: (summary, savedAt = Date.now()) => queued(() => writeNow(summary, savedAt)),
    remove: (windowDays) =>
      queued(() =>
        db.transaction('rw', db.overviews, db.analyses, async () => {
          for (const table of [db.overviews, db.analyses]) {
            if (windowDays === undefined) await table.clear();
            else await table.delete(windowDays);
          }
        }),
      ),
    close() {
      db.close();
    },
  };
}
