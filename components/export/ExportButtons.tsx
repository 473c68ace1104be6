import { useState } from 'react';
import type { ExportFormat } from '../../lib/export/index';
import { countNoun } from '../../lib/format/number';
import { useProgramAnalysis } from '../analysis/AnalysisContext';
import { downloadBlob } from './download';
import { buildScorecardFile } from '../../lib/export/scorecard-file';

type ExportStatus = { kind: 'idle' } | { kind: 'working'; format: ExportFormat } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

const BUTTON =
  'rounded-md px-2.5 py-1 text-sm font-medium whitespace-nowrap disabled:cursor-not-allowed disabled:opacity-50';

/**
 * "Export scorecards" downloads the roster's scorecards for the current window as CSV; "XLSX" is the
 * second choice (typed cells). Disabled until the scorecards for the chosen window are ready.
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
    <div className="flex min-w-0 flex-wrap items-center gap-1">
      <button
        type="button"
        className={`${BUTTON} bg-sky-700 text-white hover:bg-sky-800`}
        disabled={!ready || busy}
        title={ready ? 'Download every creator’s scorecard for this window as CSV' : why}
        onClick={() => void run('csv')}
      >
        Export scorecards
      </button>
      <button
        type="button"
        className={`${BUTTON} border border-neutral-300 hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800`}
        disabled={!ready || busy}
        title={ready ? 'Download as an Excel workbook with number, percent and currency cells' : why}
        onClick={() => void run('xlsx')}
      >
        XLSX<span className="sr-only"> (Excel workbook)</span>
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
