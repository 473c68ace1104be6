/** The rejected rows of an import as a CSV file the seller can open next to the export to fix it. */
import { CSV_LINE_END, csvText, UTF8_BOM } from '../export/csv';
import type { RejectedRow } from '../model/entities';

export function rejectedRowsCsv(rows: readonly RejectedRow[]): string {
  const lines = ['Row,Value,Reason', ...rows.map((r) => `${r.row},${csvText(r.value)},${csvText(r.reason)}`)];
  return `${UTF8_BOM}${lines.join(CSV_LINE_END)}${CSV_LINE_END}`;
}

/** `videos.csv` → `videos-rejected-rows.csv`. */
export function rejectedRowsFileName(importedFileName: string): string {
  const base = importedFileName.replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'import';
  return `${base}-rejected-rows.csv`;
}
