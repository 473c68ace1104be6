import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { type AnalyticsSettings } from '../../lib/analytics/index';
import { analysisHorizon } from '../../lib/analytics/lookback';
import { localDayOfTimestamp } from '../../lib/calendar/days';
import { ProgramAnalyser, type ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { isEmptySummary, summaryOfAnalysis } from '../../lib/analysis-store/analysis-summary';
import type { LoadProgress } from '../../lib/analysis-store/load-program-data';
import { useNow } from '../common/now';
import { useDb } from '../db/DbContext';
import { isEmptyOverview, overviewOfRecord, type CachedOverview } from '../../lib/analysis-store/overview-record';
import { doneWithOpeningOverviews, openingOverviews, openingAnalysis } from '../../lib/analysis-store/opening-read';
import { analysisOfRecord } from '../../lib/analysis-store/analysis-cache';
import { viewOfOverview, viewOfSummary } from './cached-view';
import { analysisCacheFor, hasRememberedWindow, rememberAnalysisWindow } from './early-cache-read';
import { PERF_MARKS } from './perf-marks';
import { useWindowChoice } from './scorecard-window';
import { useLiveCosts } from './useLiveCosts';
import { useLivePrograms } from './useLivePrograms';
import { useLiveSettings } from './useLiveSettings';
import { useShopCurrency } from './useShopCurrency';
import { useOutreachLog } from '../outreach/useOutreachLog';
import { lastContactedByCreator } from '../../lib/review/last-contacted';
import { useProgramData } from './useProgramData';
import { parseRoute } from '../shell/route';

export type AnalysisState =
  | { status: 'loading'; stage: 'reading' | 'computing'; progress: LoadProgress | null }
  /**
   * The analysis saved by an earlier opening (for this window), shown while the fresh one is read
   * and computed. Its view has no stored records behind it: see cached-view.ts. Until `complete`,
   * it is the saved Overview only (its per-creator lists are still being read). `savedAt`: when it
   * was saved, or last found the same by a fresh analysis.
   */
  | { status: 'cached'; view: ProgramAnalysisView; savedAt: number; complete: boolean; stage: 'reading' | 'computing'; progress: LoadProgress | null }
  | { status: 'ready'; view: ProgramAnalysisView; updating: boolean }
  | { status: 'error'; message: string };

/** Save a fresh analysis this long after it is computed (a burst of changes saves once). */
const CACHE_WRITE_DELAY_MS = 500;
/** Start reading the stored data after this long even if the saved analysis has not come back. */
const CACHE_WAIT_MS = 1_000;

interface CachedView {
  windowDays: number;
  view: ProgramAnalysisView;
  /** The save it is from (its Overview and full records have the same). */
  savedAt: number;
  /** When a fresh analysis last found it the same (shown as "Updated …"). */
  checkedAt: number;
  complete: boolean;
}

interface AnalysisContextValue {
  state: AnalysisState;
  /** Views that need the analysis call this (through useProgramAnalysis): nothing is read before. */
  requestStart: () => void;
  settings: AnalyticsSettings | undefined;
  windowDays: number | null;
}

const AnalysisContext = createContext<AnalysisContextValue | null>(null);

/**
 * The saved Overview of `windowDays` the opening read found (lib/analysis-store/opening-read.ts):
 * `undefined` without an opening read (the cache is read instead), null when none is saved (or not
 * of this build, or empty).
 */
function openingOverview(dbName: string, windowDays: number): CachedOverview | null | undefined {
  const records = openingOverviews(dbName);
  if (!records) return undefined;
  for (const record of records) {
    const hit = overviewOfRecord(record, windowDays);
    if (hit) return isEmptyOverview(hit.overview) ? null : hit;
  }
  return null;
}

function cachedViewOf(windowDays: number, hit: CachedOverview): CachedView {
  return { windowDays, view: viewOfOverview(hit.overview), savedAt: hit.savedAt, checkedAt: hit.checkedAt ?? hit.savedAt, complete: false };
}

/** The Creators list itself (not a creator's page, which waits for the stored records anyway). */
function isCreatorsList(hash: string): boolean {
  const route = parseRoute(hash);
  return route.viewId === 'creators' && route.path.length === 0;
}

/**
 * Waits for a paint, then runs `task`: the "computing" state is on screen before the main thread is
 * busy. Animation frames stop in hidden documents, so a timer runs it anyway after a moment.
 */
function afterPaint(task: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, 150);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
}

/**
 * Loads the stored data on first use, keeps it current, and computes the analyses for the chosen
 * window. Results stay on screen while an update computes (`updating`).
 *
 * Opening with 100,000 content pieces takes seconds to read and compute, so every fresh analysis
 * is saved (lib/analysis-store/analysis-cache.ts) and the next opening shows the saved one at once (`cached`),
 * marked as such, until the fresh one replaces it: first its small Overview record, then, after
 * that is on screen, its per-creator lists. The stored data is read only after the saved Overview
 * is on screen, so the two do not compete for the first paint; a panel that never saved an
 * analysis here starts reading the stored data at once, alongside the look-up.
 */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const cache = analysisCacheFor(db.name);
  const [started, setStarted] = useState(false);
  const [readEnabled, setReadEnabled] = useState(false);
  const programs = useLivePrograms();
  const costs = useLiveCosts();
  const settings = useLiveSettings();
  const shopCurrency = useShopCurrency();
  // Ranks the saved "This week" (undefined while loading: nothing is saved before it is known).
  const outreach = useOutreachLog();
  const { chosen } = useWindowChoice();
  const windowDays = settings ? (chosen ?? settings.scorecardWindowDays) : null;
  const settingsKnown = settings !== undefined;
  useEffect(() => {
    if (settingsKnown) performance.mark(PERF_MARKS.settingsRead);
  }, [settingsKnown]);

  // The analysis is for today: a new `asOf` only when the local day changes, not on every clock tick.
  const now = useNow();
  const day = localDayOfTimestamp(now);
  const asOfRef = useRef({ day, asOf: now });
  if (asOfRef.current.day !== day) asOfRef.current = { day, asOf: now };
  const asOf = asOfRef.current.asOf;
  // The days the analysis can ask about: older rollups are not read.
  const horizon = useMemo(() => (settings ? analysisHorizon(settings, day) : null), [settings, day]);
  // The Spark Ads videos are read once the first analysis is on screen (see useProgramData).
  const [firstViewShown, setFirstViewShown] = useState(false);
  const data = useProgramData(started && readEnabled, horizon, firstViewShown);

  const analyser = useMemo(() => new ProgramAnalyser(), []);
  const [view, setView] = useState<ProgramAnalysisView | null>(null);
  const [computing, setComputing] = useState(false);
  const [computeError, setComputeError] = useState<string | null>(null);

  // The saved Overview the opening read found is there from the first render (no frame without it).
  const [cached, setCached] = useState<CachedView | null>(() => {
    const hit = windowDays === null ? undefined : openingOverview(db.name, windowDays);
    return hit && windowDays !== null ? cachedViewOf(windowDays, hit) : null;
  });
  const hasView = view !== null;

  // Opening: the saved analysis for the window, then the stored data.
  useEffect(() => {
    if (!started || hasView || windowDays === null) return;
    let cancelled = false;
    let cancelPaint: (() => void) | undefined;
    const shown = (hit: CachedOverview) => {
      const { savedAt } = hit;
      const checkedAt = hit.checkedAt ?? savedAt;
      setCached((current) =>
        current && current.windowDays === windowDays && current.savedAt === savedAt ? current : cachedViewOf(windowDays, hit),
      );
      cancelPaint = afterPaint(() => {
        // Opened on the Creators list, which shows the saved per-creator lists: read them before the
        // stored data (several megabytes of records, which would come back first and hold them up).
        const listFirst = isCreatorsList(location.hash);
        if (!listFirst) setReadEnabled(true);
        // The per-creator lists of the same save (the Creators list can show them meanwhile): read
        // by the panel's first script when it opened on the Creators list, else now.
        const early = openingAnalysis(db.name);
        (early ? early.then((record) => analysisOfRecord(record, windowDays) ?? cache.read(windowDays)) : cache.read(windowDays))
          .then(
            (full) => {
              if (!cancelled && full && full.savedAt === savedAt) setCached({ windowDays, view: viewOfSummary(full.summary), savedAt, checkedAt, complete: true });
            },
            () => {},
          )
          .finally(() => {
            if (listFirst && !cancelled) setReadEnabled(true);
          });
      });
    };
    rememberAnalysisWindow(windowDays);
    const opening = openingOverview(db.name, windowDays);
    if (opening !== undefined) {
      // The opening read has answered for every window: a miss is certain, read the stored data now.
      if (opening) shown(opening);
      else setReadEnabled(true);
      return () => {
        cancelled = true;
        cancelPaint?.();
      };
    }
    // Nothing saved by this panel before (first opening): the look-up is most likely a miss.
    if (!hasRememberedWindow()) setReadEnabled(true);
    performance.mark(PERF_MARKS.cacheReadStart);
    cache.readOverview(windowDays).then(
      (hit) => {
        if (cancelled) return;
        performance.mark(PERF_MARKS.cacheReadEnd);
        performance.measure(PERF_MARKS.cacheRead, PERF_MARKS.cacheReadStart, PERF_MARKS.cacheReadEnd);
        if (hit && !isEmptyOverview(hit.overview)) shown(hit);
        else setReadEnabled(true);
      },
      () => {
        if (!cancelled) setReadEnabled(true);
      },
    );
    return () => {
      cancelled = true;
      cancelPaint?.();
    };
  }, [cache, db.name, started, hasView, windowDays]);
  useEffect(() => {
    if (!started) return;
    const timer = setTimeout(() => setReadEnabled(true), CACHE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [started]);
  useEffect(() => {
    if (!hasView) return;
    setCached(null);
    // From now on the saved Overviews read on opening are out of date.
    doneWithOpeningOverviews();
    return afterPaint(() => setFirstViewShown(true));
  }, [hasView]);

  const loaded = data.status === 'ready' ? data.data : data.status === 'error' ? data.data : null;
  // Whether an analysis (fresh or saved) is on screen: a compute then waits for the frame that
  // shows it updating; with only the loading progress there, it starts at once.
  const analysisShown = useRef(false);
  analysisShown.current = view !== null || cached !== null;
  useEffect(() => {
    if (!loaded || !programs || !costs || !settings || shopCurrency === undefined || windowDays === null) return;
    const compute = () => {
      try {
        performance.mark(PERF_MARKS.computeStart);
        setView(analyser.analyse({ data: loaded, programs, costs, settings, shopCurrency, asOf, windowDays }));
        performance.mark(PERF_MARKS.computeEnd);
        performance.measure(PERF_MARKS.compute, PERF_MARKS.computeStart, PERF_MARKS.computeEnd);
        setComputeError(null);
      } catch (error) {
        setComputeError(error instanceof Error ? error.message : String(error));
      }
    };
    if (!analysisShown.current) {
      compute();
      return;
    }
    setComputing(true);
    return afterPaint(() => {
      compute();
      setComputing(false);
    });
  }, [analyser, loaded, programs, costs, settings, shopCurrency, asOf, windowDays]);

  // Every fresh analysis is saved for the next opening (unless the saved one says the same: then it
  // is only noted as checked). Nothing stored: every saved one goes.
  useEffect(() => {
    if (!view || computing || !outreach) return;
    const timer = setTimeout(() => {
      const summary = summaryOfAnalysis(view, lastContactedByCreator(outreach));
      const saved = isEmptySummary(summary) ? cache.remove() : cache.write(summary);
      saved.then(
        (outcome) => {
          if (outcome === 'unchanged') performance.mark(PERF_MARKS.cacheUnchanged);
          performance.mark(PERF_MARKS.cacheWritten);
        },
        () => {
          // Not saved: the next opening reads and computes, as without a cache.
        },
      );
    }, CACHE_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [cache, view, computing, outreach]);

  const state: AnalysisState = useMemo(() => {
    if (computeError) return { status: 'error', message: computeError };
    if (data.status === 'error' && !view) return { status: 'error', message: data.message };
    if (view) return { status: 'ready', view, updating: computing || (data.status === 'ready' && data.reloading) };
    const stage = data.status === 'loading' ? 'reading' : 'computing';
    const progress = data.status === 'loading' ? data.progress : null;
    if (cached && cached.windowDays === windowDays) {
      return { status: 'cached', view: cached.view, savedAt: cached.checkedAt, complete: cached.complete, stage, progress };
    }
    return { status: 'loading', stage, progress };
  }, [computeError, data, view, computing, cached, windowDays]);

  const requestStart = useCallback(() => setStarted(true), []);
  const value = useMemo<AnalysisContextValue>(
    () => ({ state, requestStart, settings, windowDays }),
    [state, requestStart, settings, windowDays],
  );
  return <AnalysisContext.Provider value={value}>{children}</AnalysisContext.Provider>;
}

function useAnalysisContext(): AnalysisContextValue {
  const context = useContext(AnalysisContext);
  if (!context) throw new Error('Analysis hooks need an AnalysisProvider');
  return context;
}

/** The program analysis for the chosen window; starts loading the data on first use. */
export function useProgramAnalysis(): AnalysisState {
  const { state, requestStart } = useAnalysisContext();
  useEffect(() => requestStart(), [requestStart]);
  return state;
}

/** The current settings and window, without starting the analysis (for the toolbar and settings). */
export function useAnalysisSettings(): { settings: AnalyticsSettings | undefined; windowDays: number | null } {
  const { settings, windowDays } = useAnalysisContext();
  return { settings, windowDays };
}
