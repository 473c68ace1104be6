import { useEffect, useMemo, useRef } from 'react';
import { computeScorecards, SCORECARD_WINDOWS, type Scorecard } from '../../lib/analytics/index';
import { printableScorecard } from '../../lib/export/printable-scorecard';
import { AnalysisGate } from '../analysis/AnalysisGate';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { PrintableScorecardPage } from '../print/PrintableScorecardPage';
import { useRoute } from '../shell/useRoute';

/** What a printed page shows for one scorecard. */
function printablePage(view: ProgramAnalysisView, card: Scorecard) {
  const entry = view.index.byKey.get(card.creatorKey);
  const suggestion = view.suggestionByKey.get(card.creatorKey);
  return printableScorecard({
    card,
    suggestion: suggestion && !suggestion.dismissed ? suggestion : null,
    creatorId: entry?.creator?.creatorId ?? null,
    handleDisplay: entry?.creator?.handleDisplay ?? null,
    complianceNote: entry?.program?.compliance.note ?? null,
    notes: entry?.program?.notes ?? null,
  });
}

/** Opens the print dialog once, after the page has painted (so the preview shows it). */
function useAutoprint(ready: boolean, autoprint: boolean, title: string) {
  const printed = useRef(false);
  useEffect(() => {
    if (!ready || !autoprint || printed.current) return;
    printed.current = true;
    document.title = title;
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, [ready, autoprint, title]);
}

function PrintHeader() {
  return (
    <header className="flex items-center gap-2 border-b border-neutral-200 px-6 py-2 print:hidden dark:border-neutral-700">
      <button type="button" className="rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white" onClick={() => window.print()}>
        Print or save as PDF
      </button>
      <p className="text-xs text-neutral-600 dark:text-neutral-400">Choose “Save as PDF” as the destination to keep a file.</p>
    </header>
  );
}

function useCards(view: ProgramAnalysisView, windowDays: number): Scorecard[] {
  return useMemo(
    () => (windowDays === view.windowDays ? view.scorecards : computeScorecards(view.index, { asOf: view.asOf, settings: view.settings, windowDays })),
    [view, windowDays],
  );
}

function Printable({ view, creatorKey, windowDays, autoprint }: { view: ProgramAnalysisView; creatorKey: string; windowDays: number; autoprint: boolean }) {
  const card = useCards(view, windowDays).find((c) => c.creatorKey === creatorKey);
  const entry = view.index.byKey.get(creatorKey);
  useAutoprint(card !== undefined, autoprint, `Scorecard ${entry?.creator?.handleDisplay ?? entry?.handle ?? creatorKey} ${card?.window.to ?? ''}`);
  if (!card) return <p className="p-6 text-sm">This creator is not stored. Close this tab and pick a creator in the side panel.</p>;
  return (
    <>
      <PrintHeader />
      <main>
        <PrintableScorecardPage page={printablePage(view, card)} generatedAt={view.asOf} />
      </main>
    </>
  );
}

/** Every creator's scorecard, one per printed page, by name. */
function PrintableAll({ view, windowDays, autoprint }: { view: ProgramAnalysisView; windowDays: number; autoprint: boolean }) {
  const cards = useCards(view, windowDays);
  const pages = useMemo(
    () => cards.map((card) => printablePage(view, card)).sort((a, b) => a.title.localeCompare(b.title)),
    [cards, view],
  );
  useAutoprint(pages.length > 0, autoprint, `Scorecards ${cards[0]?.window.to ?? ''} (${windowDays} days)`);
  if (pages.length === 0) return <p className="p-6 text-sm">No scorecards to print yet.</p>;
  return (
    <>
      <PrintHeader />
      <main>
        {pages.map((page, i) => (
          <div key={i} className="print-all-page">
            <PrintableScorecardPage page={page} generatedAt={view.asOf} />
          </div>
        ))}
      </main>
    </>
  );
}

/** `#print/<creator key>?w=28&autoprint=1`: one creator's printable scorecard, in a tab of its own; `#print?w=28`: all of them. */
export function PrintView() {
  const route = useRoute();
  const creatorKey = route.path[0];
  const requested = Number(route.params.get('w'));
  const autoprint = route.params.get('autoprint') === '1';
  const windowOf = (view: ProgramAnalysisView) =>
    Number.isInteger(requested) && requested > 0 && requested <= 366 ? requested : (SCORECARD_WINDOWS[1] ?? view.windowDays);
  return (
    <AnalysisGate>
      {(view) =>
        creatorKey ? (
          <Printable view={view} creatorKey={creatorKey} windowDays={windowOf(view)} autoprint={autoprint} />
        ) : (
          <PrintableAll view={view} windowDays={windowOf(view)} autoprint={autoprint} />
        )
      }
    </AnalysisGate>
  );
}
