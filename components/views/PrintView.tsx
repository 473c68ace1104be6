import { useEffect, useMemo, useRef } from 'react';
import { computeScorecards, SCORECARD_WINDOWS } from '../../lib/analytics/index';
import { printableScorecard } from '../../lib/export/printable-scorecard';
import { AnalysisGate } from '../analysis/AnalysisGate';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { PrintableScorecardPage } from '../print/PrintableScorecardPage';
import { useRoute } from '../shell/useRoute';

function Printable({ view, creatorKey, windowDays, autoprint }: { view: ProgramAnalysisView; creatorKey: string; windowDays: number; autoprint: boolean }) {
  const cards = useMemo(
    () => (windowDays === view.windowDays ? view.scorecards : computeScorecards(view.index, { asOf: view.asOf, settings: view.settings, windowDays })),
    [view, windowDays],
  );
  const card = cards.find((c) => c.creatorKey === creatorKey);
  const entry = view.index.byKey.get(creatorKey);
  const suggestion = view.suggestionByKey.get(creatorKey);
  const printed = useRef(false);

  useEffect(() => {
    if (!card || !autoprint || printed.current) return;
    printed.current = true;
    document.title = `Scorecard ${entry?.creator?.handleDisplay ?? entry?.handle ?? creatorKey} ${card.window.to}`;
    // After the page has painted, so the print preview shows it.
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, [card, autoprint, entry, creatorKey]);

  if (!card) return <p className="p-6 text-sm">This creator is not stored. Close this tab and pick a creator in the side panel.</p>;
  const page = printableScorecard({
    card,
    suggestion: suggestion && !suggestion.dismissed ? suggestion : null,
    creatorId: entry?.creator?.creatorId ?? null,
    handleDisplay: entry?.creator?.handleDisplay ?? null,
    complianceNote: entry?.program?.compliance.note ?? null,
    notes: entry?.program?.notes ?? null,
  });
  return (
    <>
      <header className="flex items-center gap-2 border-b border-neutral-200 px-6 py-2 print:hidden dark:border-neutral-700">
        <button type="button" className="rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <p className="text-xs text-neutral-600 dark:text-neutral-400">Choose “Save as PDF” as the destination to keep a file.</p>
      </header>
      <main>
        <PrintableScorecardPage page={page} generatedAt={view.asOf} />
      </main>
    </>
  );
}

/** `#print/<creator key>?w=28&autoprint=1`: one creator's printable scorecard, in a tab of its own. */
export function PrintView() {
  const route = useRoute();
  const creatorKey = route.path[0];
  const requested = Number(route.params.get('w'));
  const autoprint = route.params.get('autoprint') === '1';
  if (!creatorKey) return <p className="p-6 text-sm">No creator chosen. Open a creator in the side panel and choose Print scorecard.</p>;
  return (
    <AnalysisGate>
      {(view) => (
        <Printable
          view={view}
          creatorKey={creatorKey}
          windowDays={Number.isInteger(requested) && requested > 0 && requested <= 366 ? requested : (SCORECARD_WINDOWS[1] ?? view.windowDays)}
          autoprint={autoprint}
        />
      )}
    </AnalysisGate>
  );
}
