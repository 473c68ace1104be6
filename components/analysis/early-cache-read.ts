/**
 * The saved analysis' Overview record, read as soon as the panel's script knows its database: before React mounts,
 * the database opens and the settings are read (the window comes from the settings). The window is
 * the one the panel last analysed, remembered here; when the settings then ask for another one,
 * the panel reads that one as before.
 */
import { analysisCacheDbName, openAnalysisCache, type AnalysisCache } from '../../lib/analysis-store/analysis-cache';
import { SETTINGS_RECORD_ID, settingsFromRecord, type SettingsDb } from '../../lib/db/settings-store';
import { isEmptyOverview, type CachedOverview } from '../../lib/analysis-store/overview-record';
import type { CreatorDeskDb } from '../../lib/db/database';
import { analysisHorizon } from '../../lib/analytics/lookback';
import { localDayOfTimestamp } from '../../lib/calendar/days';
import { parseRoute } from '../shell/route';
import { PERF_MARKS } from './perf-marks';
import { readProgramDataEarly } from './useProgramData';

const LAST_WINDOW_KEY = 'creatorDesk.lastAnalysisWindowDays';

const caches = new Map<string, AnalysisCache>();

/** One analysis cache per database, for the page's lifetime (a closed Dexie does not reopen by itself). */
export function analysisCacheFor(dbName: string): AnalysisCache {
  let cache = caches.get(dbName);
  if (!cache) {
    cache = openAnalysisCache(dbName);
    caches.set(dbName, cache);
  }
  return cache;
}

/** Remembers the window the panel analyses, for the next opening's early read. */
export function rememberAnalysisWindow(windowDays: number): void {
  try {
    if (localStorage.getItem(LAST_WINDOW_KEY) !== String(windowDays)) localStorage.setItem(LAST_WINDOW_KEY, String(windowDays));
  } catch {
    // Storage can be unavailable: the next opening reads the saved analysis after the settings.
  }
}

/** Whether this panel has analysed (and so saved an analysis) before, in this browser profile. */
export function hasRememberedWindow(): boolean {
  return lastWindow() !== null;
}

function lastWindow(): number | null {
  try {
    const value = Number(localStorage.getItem(LAST_WINDOW_KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

let early: { dbName: string; windowDays: number; read: Promise<CachedOverview | null> } | null = null;

/**
 * False when the browser lists its databases and the analysis cache is not among them (removed:
 * nothing saved); true when it is, or when the list is not available.
 */
async function cacheDatabaseExists(dbName: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    const name = analysisCacheDbName(dbName);
    return (await indexedDB.databases()).some((info) => info.name === name);
  } catch {
    return true;
  }
}

/**
 * Starts reading the saved Overview of the window last analysed (the panel's script calls it
 * first). A cache database that is not there is a miss at once: opening it would create it, which
 * takes as long as the stored data's first read, and the opening waits for the answer before it
 * reads the stored data.
 */
export function readSavedAnalysisEarly(dbName: string): void {
  const windowDays = lastWindow();
  if (windowDays === null) return;
  performance.mark(PERF_MARKS.cacheReadStart);
  const read = cacheDatabaseExists(dbName).then((exists) => (exists ? analysisCacheFor(dbName).readOverview(windowDays) : null));
  read.then(() => performance.mark(PERF_MARKS.cacheOverviewRead), () => {});
  early = { dbName, windowDays, read };
}

/** The early read, if it was for this database and window (once). */
export function takeEarlyRead(dbName: string, windowDays: number): Promise<CachedOverview | null> | null {
  if (!early || early.dbName !== dbName || early.windowDays !== windowDays) return null;
  const { read } = early;
  early = null;
  return read;
}

/**
 * The stored settings record, read as early as the saved Overview: they say which window the panel
 * shows, so the saved Overview waits for them. Read before React mounts, the read is not queued
 * behind the many reads the views start on mounting (table counts over every stored record).
 */
let earlySettings: { db: SettingsDb; record: Promise<unknown> } | null = null;

export function readSettingsEarly(db: SettingsDb): void {
  earlySettings = { db, record: db.settings.get(SETTINGS_RECORD_ID).then((record) => record ?? null) };
}

/** The early settings read, if it was for this database (null: not started). */
export function earlySettingsRead(db: SettingsDb): Promise<unknown> | null {
  return earlySettings && earlySettings.db === db ? earlySettings.record : null;
}

/** Views that start the analysis as they open (the others may never read the stored data). */
const ANALYSIS_VIEWS = new Set(['', 'overview', 'creators']);

/**
 * Starts reading the stored data the Overview needs before React mounts, once the settings (the
 * days to read) are read and the saved Overview is known to be missing: with one, it is shown
 * first and the stored data is read after it (the two would compete). Call after readSettingsEarly.
 */
export function readAnalysisDataEarly(db: CreatorDeskDb): void {
  if (typeof location === 'undefined' || !ANALYSIS_VIEWS.has(parseRoute(location.hash).viewId)) return;
  const settings = earlySettingsRead(db);
  if (!settings) return;
  const saved = early && early.dbName === db.name ? early.read : Promise.resolve(null);
  Promise.all([settings, saved]).then(
    ([record, hit]) => {
      if (hit && !isEmptyOverview(hit.overview)) return;
      readProgramDataEarly(db, analysisHorizon(settingsFromRecord(record), localDayOfTimestamp(Date.now())));
    },
    () => {},
  );
}
