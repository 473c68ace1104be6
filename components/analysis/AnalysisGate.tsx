import type { ReactNode } from 'react';
import { GetStarted } from '../common/GetStarted';
import { Progress } from '../common/Progress';
import { TimeAgo } from '../common/TimeAgo';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { storedPieceCount } from '../../lib/analysis-store/analysis-summary';
import { useProgramAnalysis } from './AnalysisContext';

/** True when nothing is stored yet that the analytics could use. */
export function isEmptyAnalysis(view: ProgramAnalysisView): boolean {
  return view.index.entries.length === 0 && storedPieceCount(view.index) === 0;
}

/**
 * Says that the numbers shown are the saved ones, from when, and that fresh ones are on the way.
 * It floats over the bottom of the panel rather than taking a line above the view: a line there
 * would move everything below it (the Overview's numbers, 33 px) at the moment the fresh analysis
 * replaces the saved one, under the seller's pointer.
 */
function CachedNotice({ savedAt }: { savedAt: number }) {
  return (
    <p
      role="status"
      data-testid="analysis-cached"
      className="pointer-events-none fixed inset-x-0 bottom-2 z-20 mx-auto w-fit max-w-[calc(100%-1rem)] rounded-full border border-amber-300 bg-amber-50 px-3 py-1 text-xs text-amber-900 shadow-sm dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      Updated <TimeAgo at={savedAt} /> · refreshing…
    </p>
  );
}

/**
 * Shows progress while the stored data loads and the analyses compute, the empty state when
 * nothing is stored, and the view once the analysis is ready. With `showCached`, the analysis saved
 * by an earlier opening is shown meanwhile, marked "Updated … · refreshing…": only for views that
 * read nothing but the scorecards, suggestions, velocity, roster health, leaderboard and creator
 * names (see cached-view.ts).
 */
export function AnalysisGate({
  children,
  empty,
  showCached = false,
  notice = true,
}: {
  children: (view: ProgramAnalysisView, updating: boolean) => ReactNode;
  /** What to show when nothing is stored (default: how to start). */
  empty?: ReactNode;
  /**
   * Show the saved analysis meanwhile: `true` once all of it is read (views that list creators),
   * `'overview'` as soon as its Overview record is (the Overview's saved sections: see cached-view.ts).
   */
  showCached?: boolean | 'overview';
  /** Say that the numbers shown are saved ones (false: a gate above on the same page says it). */
  notice?: boolean;
}) {
  const state = useProgramAnalysis();
  if (state.status === 'error') {
    return (
      <p role="alert" className="m-3 rounded-md border border-red-600 p-3 text-sm text-red-900 dark:text-red-100">
        The stored data could not be analysed: {state.message}
      </p>
    );
  }
  const hidesCached = state.status === 'cached' && (!showCached || (showCached === true && !state.complete));
  if (state.status === 'loading' || hidesCached) {
    return state.stage === 'reading' ? (
      <Progress label="Reading stored data…" done={state.progress?.done} total={state.progress?.total} />
    ) : (
      <Progress label="Computing scorecards and suggestions…" />
    );
  }
  if (state.status === 'ready' && isEmptyAnalysis(state.view)) return <div className="p-3">{empty ?? <GetStarted />}</div>;
  // The same element structure either way, so the view keeps its state (filters, scroll) when the
  // fresh analysis replaces the saved one.
  return (
    <>
      {state.status === 'cached' && notice ? <CachedNotice savedAt={state.savedAt} /> : null}
      {children(state.view, state.status === 'cached' || state.updating)}
    </>
  );
}
