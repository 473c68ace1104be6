import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import type { ProgramData } from '../../lib/analytics/index';
import { useDb } from '../db/DbContext';
import { loadProgramData, PROGRAM_TABLES, type LoadProgress, type ProgramTable } from '../../lib/analysis-store/load-program-data';
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

const TABLE_SET: ReadonlySet<string> = new Set(PROGRAM_TABLES);

/**
 * The analytics tables a Dexie change notification touches. Parts are named
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
    if (TABLE_SET.has(table)) changed.add(table as ProgramTable);
  }
  return [...changed];
}

/**
 * Everything the analytics read, loaded once `enabled`, kept current: a change to one of those
 * tables schedules a reload (throttled) of the tables that changed only, and the last data stays on
 * screen meanwhile. Changes to other tables (programs, settings, the capture log…) read nothing.
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
    /** Tables changed since they were last read. */
    const dirty = new Set<ProgramTable>();

    const run = async () => {
      if (current && dirty.size === 0) return;
      const started = Date.now();
      loading = true;
      again = false;
      const tables = current ? [...dirty] : [...PROGRAM_TABLES];
      dirty.clear();
      if (current) setState({ status: 'ready', data: current, reloading: true });
      try {
        performance.mark(PERF_MARKS.readStart);
        const data = await loadProgramData(
          db,
          (progress) => {
            if (!disposed && !current) setState({ status: 'loading', progress });
          },
          undefined,
          { tables, base: current ?? undefined },
        );
        if (disposed) return;
        performance.mark(PERF_MARKS.readEnd);
        performance.measure(PERF_MARKS.read, PERF_MARKS.readStart, PERF_MARKS.readEnd);
        current = data;
        setState({ status: 'ready', data, reloading: false });
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
      const gap = Math.max(reloadPolicy.minIntervalMs, reloadPolicy.loadFactor * lastDuration);
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
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, [db, enabled]);

  return state;
}
