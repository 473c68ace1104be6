import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useRef, useState } from 'react';
import type { ProgramData } from '../../lib/analytics/index';
import { useDb } from '../db/DbContext';
import type { CreatorDeskDb } from '../../lib/db/database';
import { analysisHorizon, type AnalysisHorizon } from '../../lib/analytics/lookback';
import { SCORECARD_WINDOWS } from '../../lib/analytics/settings';
import { loadProgramData, OVERVIEW_TABLES, PROGRAM_TABLES, type LoadProgress, type ProgramTable } from '../../lib/analysis-store/load-program-data';
import { rememberOverviewFromPeriod, type OpeningRead, type StoredOverviewData } from '../../lib/analysis-store/opening-read';
import { periodOfDay } from '../../lib/rollups/fields';
import { isEmptyOverview, overviewOfRecord } from '../../lib/analysis-store/overview-record';
import { localDayOfTimestamp } from '../../lib/calendar/days';
import { SETTINGS_RECORD_ID, settingsFromRecord } from '../../lib/db/settings-store';
import { opensOnAnalysis } from '../shell/route';
import { PERF_MARKS } from './perf-marks';

/**
 * After a capture, reload at most every `minIntervalMs`, and never more often than `loadFactor`
 * times the last load took: captures come in bursts while the seller scrolls, and with 100,000
 * pieces a reload is not free.
 */
export const reloadPolicy = { minIntervalMs: 4_000, loadFactor: 3 };

export type ProgramDataState =
  | { status: 'loading'; progress: LoadProgress | null }
  | { status: 'ready'; data: ProgramData; reloading: boolean }
  | { status: 'error'; message: string; data: ProgramData | null };

/**
 * Which group of what the analytics read a stored table feeds. Content and order writes keep the
 * rollups in the same transaction (lib/db/rollup-upkeep.ts) and are what change notifications name.
 */
const GROUPS_OF_TABLE: Record<string, readonly ProgramTable[]> = {
  creators: ['creators'],
  snapshots: ['snapshots'],
  samples: ['samples'],
  collaborations: ['collaborations'],
  reported: ['reported'],
  content: ['rollups', 'spark'],
  orders: ['rollups', 'spark'],
  rollups: ['rollups'],
  rollupTotals: ['rollups'],
};

/**
 * The analytics groups a Dexie change notification touches. Parts are named
 * `idb://<database>/<table>/<index>` (from this page or, through a BroadcastChannel, from the
 * background that stores captures); `all` means anything may have changed.
 */
export function changedProgramTables(parts: ObservabilitySet, dbName: string): ProgramTable[] {
  const changed = new Set<ProgramTable>();
  const prefix = `idb://${dbName}/`;
  for (const part of Object.keys(parts)) {
    if (part === 'all') return [...PROGRAM_TABLES];
    if (!part.startsWith(prefix)) continue;
    const table = part.slice(prefix.length).split('/', 1)[0] ?? '';
    for (const group of GROUPS_OF_TABLE[table] ?? []) changed.add(group);
  }
  return PROGRAM_TABLES.filter((name) => changed.has(name));
}

/** The Overview's read, started by the panel's script before React mounts (see readProgramDataEarly). */
let early: { db: unknown; fromDay: number; sparkFromDay: number; data: Promise<ProgramData> } | null = null;

/**
 * Starts reading what the Overview needs for `horizon` at once; the panel's first read for the
 * same database and days takes it over. Marks the read's start.
 */
export function readProgramDataEarly(db: CreatorDeskDb, horizon: AnalysisHorizon, stored: Promise<StoredOverviewData | null> | null = null): void {
  // With the stored data the opening read found, its read started there (and was marked).
  if (!stored) performance.mark(PERF_MARKS.readStart);
  rememberOverviewFromPeriod(periodOfDay(horizon.fromDay));
  const data = loadProgramData(db, () => {}, undefined, { tables: OVERVIEW_TABLES, horizon, stored });
  data.catch(() => {});
  early = { db, fromDay: horizon.fromDay, sparkFromDay: horizon.sparkFromDay, data };
}

/**
 * On opening (the panel's script, before React mounts): when the opening read found no saved
 * Overview the panel could show first (none for any window, or only empty ones), starts reading the
 * stored data at once, for the days the stored settings ask about. With one, the saved Overview is
 * shown first and the stored data read after it (the two would compete). True when it started.
 */
export function readProgramDataOnOpening(db: CreatorDeskDb, opening: OpeningRead | null, hash: string = location.hash): boolean {
  if (!opening || opening.dbName !== db.name || !opensOnAnalysis(hash)) return false;
  const settings = settingsFromRecord(opening.settings.get(SETTINGS_RECORD_ID) ?? null);
  const windows = [settings.scorecardWindowDays, ...SCORECARD_WINDOWS];
  const saved = opening.overviews.some((record) =>
    windows.some((days) => {
      const hit = overviewOfRecord(record, days);
      return hit !== null && !isEmptyOverview(hit.overview);
    }),
  );
  // The stored data read (megabytes) is used once, here: not kept with the opening read.
  const stored = opening.data ?? null;
  delete opening.data;
  if (saved) return false;
  readProgramDataEarly(db, analysisHorizon(settings, localDayOfTimestamp(Date.now())), stored);
  return true;
}

/** The early read, if it was for this database and days (once). */
function takeEarlyData(db: CreatorDeskDb, fromDay: number, sparkFromDay: number): Promise<ProgramData> | null {
  if (!early || early.db !== db || early.fromDay !== fromDay || early.sparkFromDay !== sparkFromDay) return null;
  const { data } = early;
  early = null;
  return data;
}

/**
 * Everything the analytics read for `horizon` (the days the analysis can ask about), loaded once
 * `enabled`: first what the Overview needs, then, once `sparkEnabled`, the Spark Ads videos. Kept
 * current: a change to one of those tables schedules a reload (throttled) of the groups that changed
 * only, and the last data stays on screen meanwhile. Changes to other tables (programs, settings,
 * the capture log…) read nothing.
 *
 * `sparkEnabled`: the panel holds the Spark Ads videos back until its first analysis is on screen.
 * Read alongside it, their records (thousands of content pieces) come back while the analysis
 * computes and are rebuilt by the page just before the frame that would show it, delaying it.
 */
export function useProgramData(enabled: boolean, horizon: AnalysisHorizon | null, sparkEnabled = true): ProgramDataState {
  const fromDay = horizon?.fromDay ?? null;
  const sparkFromDay = horizon?.sparkFromDay ?? null;
  const db = useDb();
  const [state, setState] = useState<ProgramDataState>({ status: 'loading', progress: null });
  const sparkAllowed = useRef(sparkEnabled);
  sparkAllowed.current = sparkEnabled;
  /** Reads the Spark Ads videos held back until `sparkEnabled` (set while they wait). */
  const releaseSpark = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!sparkEnabled) return;
    const release = releaseSpark.current;
    releaseSpark.current = null;
    release?.();
  }, [sparkEnabled]);

  useEffect(() => {
    if (!enabled || fromDay === null || sparkFromDay === null) return;
    const range = { fromDay, sparkFromDay };
    let disposed = false;
    let loading = false;
    let again = false;
    let lastFinished = 0;
    let lastDuration = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current: ProgramData | null = null;
    /** Tables changed since they were last read. */
    const dirty = new Set<ProgramTable>();

    /** The changed groups to read now (the Spark Ads videos wait while they are held back). */
    const readable = () => [...dirty].filter((table) => table !== 'spark' || sparkAllowed.current);
    const run = async () => {
      if (current && readable().length === 0) return;
      const started = Date.now();
      loading = true;
      again = false;
      // First the Overview's groups; the Spark Ads videos right after, as if they had changed.
      const tables = current ? readable() : [...OVERVIEW_TABLES];
      for (const table of tables) dirty.delete(table);
      const first = !current;
      if (current) setState({ status: 'ready', data: current, reloading: true });
      try {
        const started = first ? takeEarlyData(db, fromDay, sparkFromDay) : null;
        if (!started) performance.mark(PERF_MARKS.readStart);
        if (first) rememberOverviewFromPeriod(periodOfDay(fromDay));
        const data = await (started ??
          loadProgramData(
            db,
            (progress) => {
              if (!disposed && !current) setState({ status: 'loading', progress });
            },
            undefined,
            { tables, base: current ?? undefined, horizon: range },
          ));
        if (disposed) return;
        performance.mark(PERF_MARKS.readEnd);
        performance.measure(PERF_MARKS.read, PERF_MARKS.readStart, PERF_MARKS.readEnd);
        current = data;
        if (first) dirty.add('spark');
        setState({ status: 'ready', data, reloading: first });
        if (first) again = true;
      } catch (error) {
        // Read again next time: what failed is still to be read.
        for (const table of tables) dirty.add(table);
        if (!disposed) setState({ status: 'error', message: error instanceof Error ? error.message : String(error), data: current });
      } finally {
        loading = false;
        lastFinished = Date.now();
        lastDuration = lastFinished - started;
        if (again && !disposed) schedule();
      }
    };
    const schedule = () => {
      if (loading) {
        again = true;
        return;
      }
      clearTimeout(timer);
      if (current && readable().length === 0) {
        // Only the Spark Ads videos changed, and they are held back: read them once released.
        releaseSpark.current = () => {
          if (!disposed) schedule();
        };
        return;
      }
      const immediate = dirty.size === 1 && dirty.has('spark') && current?.rollups?.sparkPieces === null;
      const gap = immediate ? 0 : Math.max(reloadPolicy.minIntervalMs, reloadPolicy.loadFactor * lastDuration);
      timer = setTimeout(run, Math.max(0, lastFinished + gap - Date.now()));
    };

    const onMutated = (parts: ObservabilitySet) => {
      const changed = changedProgramTables(parts, db.name);
      if (changed.length === 0) return;
      for (const table of changed) dirty.add(table);
      schedule();
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    void run();
    return () => {
      disposed = true;
      clearTimeout(timer);
      releaseSpark.current = null;
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, [db, enabled, fromDay, sparkFromDay]);

  return state;
}
