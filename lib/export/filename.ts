/** Export file names: `creator-scorecards-2026-11-20-28d.csv` (the window's last day and length). */
export type ExportFormat = 'csv' | 'xlsx';

export function scorecardFileName(windowEndDay: string, windowDays: number, format: ExportFormat): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(windowEndDay) ? windowEndDay : 'undated';
  return `creator-scorecards-${day}-${Math.round(windowDays)}d.${format}`;
}
