/** The scorecards as CSV: UTF-8 with BOM, the fixed columns, one row per creator (see scorecard-columns.ts). */
import { CSV_LINE_END, UTF8_BOM, csvText, plainNumber, quoteCsvField } from './csv';
import { DECIMALS, SCORECARD_COLUMNS, type ExportColumn, type ScorecardExportRow } from './scorecard-columns';

export const SCORECARD_CSV_HEADER = SCORECARD_COLUMNS.map((c) => quoteCsvField(c.header)).join(',');

/**
 * Text cells as written, by their text: most repeat row after row (tiers, dates, the source
 * columns), and each is cleaned, neutralised and quoted once per file.
 */
type TextCells = Map<string, string>;

function csvCell(column: ExportColumn, row: ScorecardExportRow, texts: TextCells): string {
  const value = column.value(row);
  if (value === null) return '';
  switch (column.kind) {
    case 'text':
    case 'date': {
      const text = String(value);
      let cell = texts.get(text);
      if (cell === undefined) {
        cell = csvText(text);
        texts.set(text, cell);
      }
      return cell;
    }
    case 'rate':
      // A percentage, as the header says: 0.034 → 3.4.
      return typeof value === 'number' ? plainNumber(value * 100, DECIMALS.rate) : '';
    default:
      return typeof value === 'number' ? plainNumber(value, DECIMALS[column.kind]) : '';
  }
}

/** The whole file as text, BOM first, CRLF line ends (RFC 4180). */
export function scorecardsToCsv(rows: readonly ScorecardExportRow[]): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = SCORECARD_CSV_HEADER;
  const texts: TextCells = new Map();
  const cells = new Array<string>(SCORECARD_COLUMNS.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (let c = 0; c < SCORECARD_COLUMNS.length; c++) cells[c] = csvCell(SCORECARD_COLUMNS[c]!, row, texts);
    lines[i + 1] = cells.join(',');
  }
  return UTF8_BOM + lines.join(CSV_LINE_END) + CSV_LINE_END;
}

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';
