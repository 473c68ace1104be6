import { useState } from 'react';
import type { ExportFormat } from '../../lib/export/index';
import { countNoun } from '../../lib/format/number';
import { useProgramAnalysis } from '../analysis/AnalysisContext';
import { downloadBlob } from './download';
import { buildScorecardFile } from '../../lib/export/scorecard-file';
import { openInTab, printAllHref } from '../shell/route';

type ExportStatus = { kind: 'idle' } | { kind: 'working'; format: ExportFormat } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

const BUTTON =
  'rounded-md px-2.5 py-1 text-sm font-medium whitespace-nowrap disabled:cursor-not-allowed disabled:opacity-50';
const SECONDARY = `${BUTTON} border border-neutral-300 hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800`;

/**
 * The roster's scorecards for the current window: "CSV" and "Excel" download them (the workbook with
 * typed cells), "Print all" opens them one per page for printing or a PDF. Disabled until the
 * scorecards for the chosen window are ready.
 */
export function ExportButtons({ windowDays }: { windowDays: number | null }) {
  const state = useProgramAnalysis();
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const view = state.status === 'ready' ? state.view : null;
  const ready = view !== null && view.windowDays === windowDays && view.scorecards.length > 0;
  const busy = status.kind === 'working';

  const run = async (format: ExportFormat) => {
    if (!view) return;
    setStatus({ kind: 'working', format });
    try {
      const file = await buildScorecardFile(view, format);
      downloadBlob(file.blob, file.fileName);
      setStatus({ kind: 'done', message: `Downloaded ${file.fileName} (${countNoun(file.rows, 'creator')}).` });
    } catch (error) {
      setStatus({ kind: 'failed', message: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const why = view && view.scorecards.length === 0 ? 'No creators to export yet.' : 'Scorecards are still being computed.';
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-1" role="group" aria-label="Export scorecards">
      <span className="text-xs text-neutral-600 dark:text-neutral-400" aria-hidden="true">
        Scorecards:
      </span>
      <button
        type="button"
        className={`${BUTTON} bg-sky-700 text-white hover:bg-sky-800`}
        disabled={!ready || busy}
        title={ready ? 'Download every creator’s scorecard for this window as a CSV file' : why}
        onClick={() => void run('csv')}
      >
        CSV<span className="sr-only"> file of every scorecard</span>
      </button>
      <button
        type="button"
        className={SECONDARY}
        disabled={!ready || busy}
        title={ready ? 'Download as an Excel workbook (.xlsx) with number, percent and currency cells' : why}
        onClick={() => void run('xlsx')}
      >
        Excel<span className="sr-only"> workbook of every scorecard</span>
      </button>
      <button
        type="button"
        className={SECONDARY}
        disabled={!ready || busy}
        title={ready ? 'Open every scorecard, one per page, to print or save as PDF' : why}
        onClick={() => windowDays !== null && openInTab(printAllHref(windowDays))}
      >
        Print all
      </button>
      <p role="status" className="w-full text-xs text-neutral-600 empty:hidden dark:text-neutral-400">
        {status.kind === 'working'
          ? status.format === 'xlsx'
            ? 'Preparing the workbook…'
            : 'Preparing the CSV…'
          : status.kind === 'done' || status.kind === 'failed'
            ? status.message
            : ''}
      </p>
    </div>
  );
}
