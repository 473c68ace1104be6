/** Builds the scorecard files from the current analysis (the view only decides when). */
import { formatDay, localDayOfTimestamp } from '../../lib/analytics/index';
import {
  CSV_MIME_TYPE,
  scorecardExportRows,
  scorecardFileName,
  scorecardsToCsv,
  scorecardsToXlsx,
  type ExportFormat,
  type ScorecardExportRow,
} from '../../lib/export/index';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';

export function exportRows(view: ProgramAnalysisView): ScorecardExportRow[] {
  return scorecardExportRows(view.scorecards, view.suggestions, (key) => {
    const creator = view.index.byKey.get(key)?.creator;
    return creator ? { creatorId: creator.creatorId, handleDisplay: creator.handleDisplay } : null;
  });
}

export async function buildScorecardFile(view: ProgramAnalysisView, format: ExportFormat): Promise<{ blob: Blob; fileName: string; rows: number }> {
  const rows = exportRows(view);
  const windowEnd = view.scorecards[0]?.window.to ?? formatDay(localDayOfTimestamp(view.asOf));
  const fileName = scorecardFileName(windowEnd, view.windowDays, format);
  const blob =
    format === 'csv'
      ? new Blob([scorecardsToCsv(rows)], { type: CSV_MIME_TYPE })
      : await scorecardsToXlsx(rows, view.index.currency);
  return { blob, fileName, rows: rows.length };
}
