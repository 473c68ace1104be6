import { Fragment, Suspense, useEffect, type ReactNode } from 'react';
import type { CreatorDeskDb } from '../lib/db/database';
import { AnalysisProvider } from './analysis/AnalysisContext';
import { ScorecardWindowProvider } from './analysis/scorecard-window';
import { NowProvider } from './common/now';
import { DatabaseGate } from './db/DatabaseGate';
import { DbProvider } from './db/DbContext';
import { Header } from './shell/Header';
import { ReadOnlyBanner } from './team/ReadOnlyBanner';
import { Toolbar } from './shell/Toolbar';
import { useHash } from './shell/useHash';
import { NAV_VIEWS, preloadViews, resolveView, type ViewDefinition } from './shell/views';
import { useDisplayLocale } from './settings/useDisplayLocale';

/** Preload the other views no sooner than this after mounting… */
const PRELOAD_DELAY_MS = 1_000;
/** …and then when the page is next idle, or after this at the latest. */
const PRELOAD_IDLE_TIMEOUT_MS = 3_000;

/**
 * After the first paint, the other views' chunks load in the background (see views.tsx), when the
 * page is idle: on a cold opening a fixed delay lands them (their code runs on loading) between the
 * first analysis and the frame that shows it.
 */
function usePreloadedViews() {
  useEffect(() => {
    let idle: number | undefined;
    const preload = () => void preloadViews().catch(() => undefined);
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(preload, { timeout: PRELOAD_IDLE_TIMEOUT_MS });
      else preload();
    }, PRELOAD_DELAY_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
}

/** The side panel: a header with the view nav, the window and export toolbar where it applies, and the view. */
export function App({ db }: { db?: CreatorDeskDb }) {
  const view = resolveView(useHash());
  usePreloadedViews();
  const shell = (
    <DatabaseGate>
      <Localised>
        <NowProvider>
          <ScorecardWindowProvider>
            <AnalysisProvider>
              <Views view={view} />
            </AnalysisProvider>
          </ScorecardWindowProvider>
        </NowProvider>
      </Localised>
    </DatabaseGate>
  );
  return db ? <DbProvider db={db}>{shell}</DbProvider> : shell;
}

/** Numbers and dates in the seller's locale: the views render again, from scratch, when it changes. */
function Localised({ children }: { children: ReactNode }) {
  const locale = useDisplayLocale();
  return <Fragment key={locale}>{children}</Fragment>;
}

function Views({ view }: { view: ViewDefinition }) {
  const content = view.standalone ? (
    <Suspense fallback={null}>
      <view.Component />
    </Suspense>
  ) : (
    <div className="flex h-dvh min-w-0 flex-col">
      <Header views={NAV_VIEWS} activeId={view.id}>
        {view.usesWindow ? <Toolbar /> : null}
      </Header>
      <ReadOnlyBanner />
      <main className="@container min-h-0 flex-1 overflow-y-auto">
        <Suspense fallback={null}>
          <view.Component />
        </Suspense>
      </main>
    </div>
  );
  return content;
}
