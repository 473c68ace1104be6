import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { ProgramData } from '../../lib/analytics/index';
import type { CreatorDeskDb } from '../../lib/db/database';
import { useDb } from '../db/DbContext';
import { loadProgramData, type LoadProgress } from './load-tables';
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

/** A cheap query that re-runs whenever any table the analytics read changes. */
function watchTables(db: CreatorDeskDb) {
  return liveQuery(() =>
    Promise.all([
      db.creators.count(),
      db.content.count(),
      db.snapshots.count(),
      db.orders.count(),
      db.samples.count(),
      db.collaborations.count(),
    ]),
  );
}

/**
 * Everything the analytics read, loaded once `enabled`, kept current: a change to any of those tables
 * schedules a reload (throttled), and the last data stays on screen meanwhile.
 */
export function useProgramData(enabled: boolean): ProgramDataState {
  const db = useDb();
  const [state, setState] = useState<ProgramDataState>({ status: 'loading', progress: null });

  useEffect(() => {
    if (!enabled) return;
    let disposed = false;
    let loading = false;
    let again = false;
    let lastFinished = 0;
    let lastDuration = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current: ProgramData | null = null;

    const run = async () => {
      const started = Date.now();
      loading = true;
      again = false;
      if (current) setState({ status: 'ready', data: current, reloading: true });
      try {
        performance.mark(PERF_MARKS.readStart);
        const data = await loadProgramData(db, (progress) => {
          if (!disposed && !current) setState({ status: 'loading', progress });
        });
        if (disposed) return;
        performance.mark(PERF_MARKS.readEnd);
        performance.measure(PERF_MARKS.read, PERF_MARKS.readStart, PERF_MARKS.readEnd);
        current = data;
        setState({ status: 'ready', data, reloading: false });
      } catch (error) {
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
      const gap = Math.max(reloadPolicy.minIntervalMs, reloadPolicy.loadFactor * lastDuration);
      timer = setTimeout(run, Math.max(0, lastFinished + gap - Date.now()));
    };

    void run();
    let first = true;
    const subscription = watchTables(db).subscribe({
      next: () => {
        // The first result is the state the initial load is already reading.
        if (first) first = false;
        else schedule();
      },
      error: () => {},
    });
    return () => {
      disposed = true;
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [db, enabled]);

  return state;
}
