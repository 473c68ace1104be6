/**
 * User Timing names the panel records (performance.mark / measure), so benchmarks and DevTools can
 * see where the time goes: the saved analysis shown on opening, reading the stored data, then
 * computing the analyses.
 */
export const PERF_MARKS = {
  /** Mark: the panel's script starts; then it knows which database is active. */
  panelStart: 'creator-desk:panel-start',
  /** Mark: the rest of the panel's code is loaded (the first script loads it while the opening read runs). */
  panelCodeLoaded: 'creator-desk:panel-code-loaded',
  databaseNamed: 'creator-desk:database-named',
  readStart: 'creator-desk:read-start',
  readEnd: 'creator-desk:read-end',
  /** Measure: reading the analytics' tables (all on opening; after a change, the ones that changed). */
  read: 'creator-desk:read',
  computeStart: 'creator-desk:compute-start',
  computeEnd: 'creator-desk:compute-end',
  /** Measure: index + analyses (one per data, programs, settings or window change). */
  compute: 'creator-desk:compute',
  cacheReadStart: 'creator-desk:cache-read-start',
  cacheReadEnd: 'creator-desk:cache-read-end',
  /** Measure: reading the saved Overview on opening (with the opening read: the saved Overviews and the settings). */
  cacheRead: 'creator-desk:cache-read',
  /** Mark: the saved Overview records and the settings are read (the opening read, before React mounts). */
  cacheOverviewRead: 'creator-desk:cache-overview-read',
  /** Mark: the analysis settings are read (they say which window the panel shows). */
  settingsRead: 'creator-desk:settings-read',
  /** Mark: a fresh analysis was saved for the next opening (or found the same as the saved one). */
  cacheWritten: 'creator-desk:cache-written',
  /** Mark: the fresh analysis was the same as the saved one: not written again. */
  cacheUnchanged: 'creator-desk:cache-unchanged',
} as const;
