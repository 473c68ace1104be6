/**
 * From the summary the analysis cache keeps (lib/analysis-store/analysis-cache.ts) back to a view the Overview
 * and the Creators list can show. (The summary itself is built by lib/analysis-store/analysis-summary.ts, by the
 * panel after each fresh analysis and by the background before the panel opens.)
 *
 * A view rebuilt from the cache has the scorecards, suggestions, velocity, roster health and
 * leaderboard as computed, and an index with the creators' names only: no content, orders,
 * snapshots or stored creator records (each entry's `creator` holds just its id and handles), and
 * no Spark Ads or sample figures. Only views that read nothing else may show it (AnalysisGate's
 * `showCached`); everything else waits for the fresh analysis. The Overview's weekly sections show
 * their saved results instead (savedWeeklyOf).
 */
import {
  emptyCreatorEntry,
  indexProgram,
  type CreatorEntry,
  type ProgramIndex,
} from '../../lib/analytics/index';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import type { AnalysisSummary, CachedCreatorName } from '../../lib/analysis-store/analysis-record';
import type { OverviewSummary } from '../../lib/analysis-store/overview-record';
import type { WeeklySummary } from '../../lib/analysis-store/weekly-summary';
import type { Creator } from '../../lib/model/entities';

/** The weekly sections' saved results, by the saved view they came with (see savedWeeklyOf). */
const weeklyOfView = new WeakMap<ProgramAnalysisView, WeeklySummary>();

/**
 * "This week", open → target, phase and budget as saved with `view`, when it is a saved view (a
 * fresh one has none: its sections compute them).
 */
export function savedWeeklyOf(view: ProgramAnalysisView): WeeklySummary | null {
  return weeklyOfView.get(view) ?? null;
}

/** Just what `creatorHandleText` and the export's names read; never a full stored record. */
function nameOnlyCreator(name: CachedCreatorName): Creator {
  const creator: Partial<Creator> = { key: name.key };
  if (name.creatorId !== null) creator.creatorId = name.creatorId;
  if (name.creatorHandle !== null) creator.handle = name.creatorHandle;
  if (name.handleDisplay !== null) creator.handleDisplay = name.handleDisplay;
  if (name.displayName !== null) creator.displayName = name.displayName;
  return creator as Creator;
}

function nameEntry(name: CachedCreatorName): CreatorEntry {
  return emptyCreatorEntry(name.key, {
    handle: name.handle,
    displayName: name.displayName,
    creator: name.hasCreator ? nameOnlyCreator(name) : null,
  });
}

function nameIndex(names: readonly CachedCreatorName[], currency: ProgramIndex['currency']): ProgramIndex {
  const entries = names.map(nameEntry);
  return { ...indexProgram({}), entries, byKey: new Map(entries.map((entry) => [entry.key, entry])), currency };
}

/** The view a cached summary stands for (see the top of this file for what it lacks). */
export function viewOfSummary(summary: AnalysisSummary): ProgramAnalysisView {
  const index = nameIndex(summary.creators, summary.currency);
  const view: ProgramAnalysisView = {
    index,
    settings: summary.settings,
    asOf: summary.asOf,
    windowDays: summary.windowDays,
    scorecards: summary.scorecards,
    scorecardByKey: new Map(summary.scorecards.map((card) => [card.creatorKey, card])),
    suggestions: summary.suggestions,
    suggestionByKey: new Map(summary.suggestions.map((s) => [s.creatorKey, s])),
    velocity: summary.velocity,
    roster: summary.roster,
    sparkAds: [],
    leaderboard: summary.leaderboard,
  };
  weeklyOfView.set(view, summary.weekly);
  return view;
}

/**
 * The view a saved Overview stands for: what the Overview shows, with its counts (`view.counts`),
 * the names of the leaderboard's creators only, and empty per-creator lists. Only the Overview's
 * saved sections may show it (AnalysisGate's `showCached="overview"`).
 */
export function viewOfOverview(overview: OverviewSummary): ProgramAnalysisView {
  const index = nameIndex(overview.names, overview.currency);
  const view: ProgramAnalysisView = {
    index,
    settings: overview.settings,
    asOf: overview.asOf,
    windowDays: overview.windowDays,
    scorecards: [],
    scorecardByKey: new Map(),
    suggestions: [],
    suggestionByKey: new Map(),
    velocity: { ...overview.velocity, pace: [], behindPace: [] },
    roster: overview.roster,
    sparkAds: [],
    leaderboard: overview.leaderboard,
    counts: overview.counts,
  };
  weeklyOfView.set(view, overview.weekly);
  return view;
}
