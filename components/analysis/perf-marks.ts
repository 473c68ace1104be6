/**
 * User Timing names the panel records (performance.mark / measure), so benchmarks and DevTools can
 * see where the time goes: reading the stored data, then computing the analyses.
 */
export const PERF_MARKS = {
  readStart: 'creator-desk:read-start',
  readEnd: 'creator-desk:read-end',
  /** Measure: reading every table the analytics need. */
  read: 'creator-desk:read',
  computeStart: 'creator-desk:compute-start',
  computeEnd: 'creator-desk:compute-end',
  /** Measure: index + analyses (one per data, programs, settings or window change). */
  compute: 'creator-desk:compute',
} as const;
