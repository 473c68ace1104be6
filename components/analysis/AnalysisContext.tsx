import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { localDayOfTimestamp, type AnalyticsSettings } from '../../lib/analytics/index';
import { useNow } from '../common/now';
import { ProgramAnalyser, type ProgramAnalysisView } from './analyser';
import { PERF_MARKS } from './perf-marks';
import type { LoadProgress } from './load-tables';
import { useWindowChoice } from './scorecard-window';
import { useLivePrograms } from './useLivePrograms';
import { useLiveSettings } from './useLiveSettings';
import { useProgramData } from './useProgramData';

export type AnalysisState =
  | { status: 'loading'; stage: 'reading' | 'computing'; progress: LoadProgress | null }
  | { status: 'ready'; view: ProgramAnalysisView; updating: boolean }
  | { status: 'error'; message: string };

interface AnalysisContextValue {
  state: AnalysisState;
  /** Views that need the analysis call this (through useProgramAnalysis): nothing is read before. */
  requestStart: () => void;
  settings: AnalyticsSettings | undefined;
  windowDays: number | null;
}

const AnalysisContext = createContext<AnalysisContextValue | null>(null);

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
 */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const [started, setStarted] = useState(false);
  const data = useProgramData(started);
  const programs = useLivePrograms();
  const settings = useLiveSettings();
  const { chosen } = useWindowChoice();
  const windowDays = settings ? (chosen ?? settings.scorecardWindowDays) : null;

  // The analysis is for today: a new `asOf` only when the local day changes, not on every clock tick.
  const now = useNow();
  const day = localDayOfTimestamp(now);
  const asOfRef = useRef({ day, asOf: now });
  if (asOfRef.current.day !== day) asOfRef.current = { day, asOf: now };
  const asOf = asOfRef.current.asOf;

  const analyser = useMemo(() => new ProgramAnalyser(), []);
  const [view, setView] = useState<ProgramAnalysisView | null>(null);
  const [computing, setComputing] = useState(false);
  const [computeError, setComputeError] = useState<string | null>(null);

  const loaded = data.status === 'ready' ? data.data : data.status === 'error' ? data.data : null;
  useEffect(() => {
    if (!loaded || !programs || !settings || windowDays === null) return;
    setComputing(true);
    return afterPaint(() => {
      try {
        performance.mark(PERF_MARKS.computeStart);
        setView(analyser.analyse({ data: loaded, programs, settings, asOf, windowDays }));
        performance.mark(PERF_MARKS.computeEnd);
        performance.measure(PERF_MARKS.compute, PERF_MARKS.computeStart, PERF_MARKS.computeEnd);
        setComputeError(null);
      } catch (error) {
        setComputeError(error instanceof Error ? error.message : String(error));
      }
      setComputing(false);
    });
  }, [analyser, loaded, programs, settings, asOf, windowDays]);

  const state: AnalysisState = useMemo(() => {
    if (computeError) return { status: 'error', message: computeError };
    if (data.status === 'error' && !view) return { status: 'error', message: data.message };
    if (view) return { status: 'ready', view, updating: computing || (data.status === 'ready' && data.reloading) };
    if (data.status === 'loading') return { status: 'loading', stage: 'reading', progress: data.progress };
    return { status: 'loading', stage: 'computing', progress: null };
  }, [computeError, data, view, computing]);

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
