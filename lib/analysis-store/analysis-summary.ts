/**
 * From a computed analysis to the summary the analysis cache keeps (analysis-cache.ts): what the
 * side panel's Overview and Creators list read on opening. Used by the panel after each fresh
 * analysis and by the background, which prepares the saved analysis before the panel opens.
 * (Back from a summary to a view is the panel's business: components/analysis/cached-view.ts.)
 */
import type { ProgramIndex } from '../analytics/index';
import type { ProgramAnalysisView } from '../analytics/program-analyser';
import type { AnalysisSummary, CachedCreatorName } from './analysis-record';
import { weeklySummaryOf } from './weekly-summary';

/** Stored pieces in the index, dated or not. */
export function storedPieceCount(index: ProgramIndex): number {
  return index.storedPieces;
}

/**
 * The summary to save for `view`'s window: the computed results and each creator's names only;
 * `lastContacted` (from the outreach log) ranks "This week".
 */
export function summaryOfAnalysis(view: ProgramAnalysisView, lastContacted: ReadonlyMap<string, number>): AnalysisSummary {
  const creators: CachedCreatorName[] = view.index.entries.map((entry) => ({
    key: entry.key,
    handle: entry.handle,
    displayName: entry.displayName,
    hasCreator: entry.creator !== null,
    creatorId: entry.creator?.creatorId ?? null,
    creatorHandle: entry.creator?.handle ?? null,
    handleDisplay: entry.creator?.handleDisplay ?? null,
  }));
  return {
    windowDays: view.windowDays,
    asOf: view.asOf,
    settings: view.settings,
    currency: view.index.currency,
    storedPieces: storedPieceCount(view.index),
    creators,
    scorecards: view.scorecards,
    suggestions: view.suggestions,
    velocity: view.velocity,
    roster: view.roster,
    leaderboard: view.leaderboard,
    weekly: weeklySummaryOf(view, lastContacted),
  };
}

/** Nothing worth keeping: no creators and no content (the panel shows its empty state instead). */
export function isEmptySummary(summary: AnalysisSummary): boolean {
  return summary.creators.length === 0 && summary.storedPieces === 0;
}
