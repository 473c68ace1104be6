/**
 * The saved analysis, read as soon as the panel's script knows its database: before React mounts,
 * the database opens and the settings are read (the window comes from the settings). The window is
 * the one the panel last analysed, remembered here; when the settings then ask for another one,
 * the panel reads that one as before.
 */
import { openAnalysisCache, type AnalysisCache } from '../../lib/analysis-store/analysis-cache';
import type { CachedAnalysis } from '../../lib/analysis-store/analysis-record';
import { PERF_MARKS } from './perf-marks';

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

function lastWindow(): number | null {
  try {
    const value = Number(localStorage.getItem(LAST_WINDOW_KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

let early: { dbName: string; windowDays: number; read: Promise<CachedAnalysis | null> } | null = null;

/** Starts reading the saved analysis of the window last analysed (the panel's script calls it first). */
export function readSavedAnalysisEarly(dbName: string): void {
  const windowDays = lastWindow();
  if (windowDays === null) return;
  performance.mark(PERF_MARKS.cacheReadStart);
  early = { dbName, windowDays, read: analysisCacheFor(dbName).read(windowDays) };
}

/** The early read, if it was for this database and window (once). */
export function takeEarlyRead(dbName: string, windowDays: number): Promise<CachedAnalysis | null> | null {
  if (!early || early.dbName !== dbName || early.windowDays !== windowDays) return null;
  const { read } = early;
  early = null;
  return read;
}
