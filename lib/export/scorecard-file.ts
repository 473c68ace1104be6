/** Builds the scorecard files from the current analysis (the panel's export buttons only decide when). */
import { isoDay, localDayOfTimestamp } from '../calendar/days';
import { scorecardFileName, type ExportFormat } from './filename';
import { scorecardExportRows, type ScorecardExportRow } from './scorecard-columns';
import { CSV_MIME_TYPE, scorecardsToCsv } from './scorecard-csv';
import type { ProgramAnalysisView } from '../analytics/program-analyser';

export function exportRows(view: ProgramAnalysisView): ScorecardExportRow[] {
  return scorecardExportRows(view.scorecards, view.suggestions, (key) => {
    const creator = view.index.byKey.get(key)?.creator;
    return creator ? { creatorId: creator.creatorId, handleDisplay: creator.handleDisplay } : null;
  });
}

export async function buildScorecardFile(view: ProgramAnalysisView, format: ExportFormat): Promise<{ blob: Blob; fileName: string; rows: number }> {
  const rows = exportRows(view);
  const windowEnd = view.scorecards[0]?.window.to ?? isoDay(localDayOfTimestamp(view.asOf));
  const fileName = scorecardFileName(windowEnd, view.windowDays, format);
  const blob =
    format === 'csv'
      ? new Blob([scorecardsToCsv(rows)], { type: CSV_MIME_TYPE })
      : // The workbook writer (and its zip library) loads on the first Excel export, not with the panel.
        await import('./scorecard-xlsx').then(({ scorecardsToXlsx }) => scorecardsToXlsx(rows, view.index.currency));
  return { blob, fileName, rows: rows.length };
}
