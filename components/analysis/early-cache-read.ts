/**
 * The panel's analysis cache per database, and the window it last analysed (remembered here). On
 * opening, the panel's first script reads the saved Overviews and the settings itself
 * (lib/analysis-store/opening-read.ts); these are for the panel's later reads, and for pages
 * without that read.
 */
import { openAnalysisCache, type AnalysisCache } from '../../lib/analysis-store/analysis-cache';
import { lastAnalysisWindow, LAST_WINDOW_KEY } from '../../lib/analysis-store/opening-read';

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
  return lastAnalysisWindow() !== null;
}
