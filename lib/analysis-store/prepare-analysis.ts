/**
 * The background's side of the analysis cache: read what the analytics need, compute the analysis
 * for each scorecard window the panel offers (the settings' default first) and save each one the
 * way the panel does, so the very first opening of the panel already finds a saved analysis.
 *
 * The background has other work (storing captures), so heavy steps are separated by `pause()`:
 * packing the rollups written since the last time into their read form (lib/db/rollup-blocks.ts),
 * and the plain tables' records into theirs (lib/db/table-copies.ts), reading the data, and each window's analysis and save are steps of their own.
 */
import { SCORECARD_WINDOWS } from '../analytics/settings';
import { ProgramAnalyser } from '../analytics/program-analyser';
import type { AnalysisCache } from './analysis-cache';
import { isEmptySummary, summaryOfAnalysis } from './analysis-summary';
import type { CreatorDeskDb } from '../db/database';
import { localDayOfTimestamp } from '../calendar/days';
import { analysisHorizon } from '../analytics/lookback';
import { loadProgramData, OVERVIEW_TABLES } from './load-program-data';
import { loadCostBook } from '../db/cost-store';
import { loadSettings } from '../db/settings-store';
import { loadDisplay } from '../db/display-store';
import { foldRollupBlocks } from '../db/rollup-blocks';
import { foldTableCopies } from '../db/table-copies';
import { lastContactedByCreator } from '../review/last-contacted';
import { nextTask } from '../tasks/next-task';

export interface PrepareAnalysisDeps {
  db: CreatorDeskDb;
  cache: AnalysisCache;
  now: () => number;
  /** Lets other work run between heavy steps (default: the next macrotask). */
  pause?: () => Promise<void>;
}

export interface PreparedAnalyses {
  /** The windows saved, in order; empty when nothing is stored (every saved analysis removed). */
  windows: number[];
  /** Time spent reading the stored data, and in all, in ms (for logs and benchmarks). */
  readMs: number;
  totalMs: number;
}

/** The windows to prepare: the settings' default first (what the panel opens on), then 7 / 28 / 90 days. */
export function windowsToPrepare(defaultDays: number): number[] {
  return [defaultDays, ...SCORECARD_WINDOWS.filter((days) => days !== defaultDays)];
}

export async function prepareSavedAnalyses(deps: PrepareAnalysisDeps): Promise<PreparedAnalyses> {
  const { db, cache, now } = deps;
  const pause = deps.pause ?? nextTask;
  const started = now();
  // Captures have paused: the rollups written since are packed into their read form first (the
  // panel's next read, and this one, then read a handful of blocks).
  await foldRollupBlocks(db);
  await pause();
  // So are the records written to the plain tables the analysis reads (their read copies).
  await foldTableCopies(db);
  await pause();
  const [settings, programs, costs, display, outreach] = await Promise.all([
    loadSettings(db),
    db.programs.toArray(),
    loadCostBook(db),
    loadDisplay(db),
    db.outreach.toArray(),
  ]);
  const lastContacted = lastContactedByCreator(outreach);
  const asOf = now();
  // The saved analysis is the Overview's: no Spark Ads videos (the panel reads those itself).
  const horizon = analysisHorizon(settings, localDayOfTimestamp(asOf));
  const data = await loadProgramData(db, () => {}, undefined, { tables: OVERVIEW_TABLES, horizon });
  const readMs = now() - started;
  await pause();

  const analyser = new ProgramAnalyser();
  const windows: number[] = [];
  for (const windowDays of windowsToPrepare(settings.scorecardWindowDays)) {
    const summary = summaryOfAnalysis(analyser.analyse({ data, programs, costs, settings, shopCurrency: display.shopCurrency, asOf, windowDays }), lastContacted);
    if (isEmptySummary(summary)) {
      // Same rule as the panel: nothing stored, nothing saved (the empty state shows instead).
      await cache.remove();
      return { windows: [], readMs, totalMs: now() - started };
    }
    await pause();
    await cache.write(summary, now());
    windows.push(windowDays);
    await pause();
  }
  return { windows, readMs, totalMs: now() - started };
}
