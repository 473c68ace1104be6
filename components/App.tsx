import { Suspense, useEffect } from 'react';
import type { CreatorDeskDb } from '../lib/db/database';
import { AnalysisProvider } from './analysis/AnalysisContext';
import { ScorecardWindowProvider } from './analysis/scorecard-window';
import { NowProvider } from './common/now';
import { DatabaseGate } from './db/DatabaseGate';
import { DbProvider } from './db/DbContext';
import { Header } from './shell/Header';
import { Toolbar } from './shell/Toolbar';
import { useHash } from './shell/useHash';
import { NAV_VIEWS, preloadViews, resolveView } from './shell/views';

/** After the first paint, the other views' chunks load in the background (see views.tsx). */
function usePreloadedViews() {
  useEffect(() => {
    const timer = setTimeout(() => void preloadViews().catch(() => undefined), 1_000);
    return () => clearTimeout(timer);
  }, []);
}

/** The side panel: a header with the view nav, the window and export toolbar where it applies, and the view. */
export function App({ db }: { db?: CreatorDeskDb }) {
  const view = resolveView(useHash());
  usePreloadedViews();
  const content = view.standalone ? (
    <Suspense fallback={null}>
      <view.Component />
    </Suspense>
  ) : (
    <div className="flex h-dvh min-w-0 flex-col">
      <Header views={NAV_VIEWS} activeId={view.id}>
        {view.usesWindow ? <Toolbar /> : null}
      </Header>
      <main className="@container min-h-0 flex-1 overflow-y-auto">
        <Suspense fallback={null}>
          <view.Component />
        </Suspense>
      </main>
    </div>
  );
  const shell = (
    <DatabaseGate>
      <NowProvider>
        <ScorecardWindowProvider>
          <AnalysisProvider>{content}</AnalysisProvider>
        </ScorecardWindowProvider>
      </NowProvider>
    </DatabaseGate>
  );
  return db ? <DbProvider db={db}>{shell}</DbProvider> : shell;
}
