import type { ReactNode } from 'react';
import { GetStarted } from '../common/GetStarted';
import { Progress } from '../common/Progress';
import type { ProgramAnalysisView } from './analyser';
import { storedPieceCount } from './entry-records';
import { useProgramAnalysis } from './AnalysisContext';

/** True when nothing is stored yet that the analytics could use. */
export function isEmptyAnalysis(view: ProgramAnalysisView): boolean {
  return view.index.entries.length === 0 && storedPieceCount(view.index) === 0;
}

/**
 * Shows progress while the stored data loads and the analyses compute, the empty state when
 * nothing is stored, and the view once the analysis is ready.
 */
export function AnalysisGate({
  children,
  empty,
}: {
  children: (view: ProgramAnalysisView, updating: boolean) => ReactNode;
  /** What to show when nothing is stored (default: how to start). */
  empty?: ReactNode;
}) {
  const state = useProgramAnalysis();
  if (state.status === 'error') {
    return (
      <p role="alert" className="m-3 rounded-md border border-red-600 p-3 text-sm text-red-900 dark:text-red-100">
        The stored data could not be analysed: {state.message}
      </p>
    );
  }
  if (state.status === 'loading') {
    return state.stage === 'reading' ? (
      <Progress label="Reading stored data…" done={state.progress?.done} total={state.progress?.total} />
    ) : (
      <Progress label="Computing scorecards and suggestions…" />
    );
  }
  if (isEmptyAnalysis(state.view)) return <div className="p-3">{empty ?? <GetStarted />}</div>;
  return <>{children(state.view, state.updating)}</>;
}
