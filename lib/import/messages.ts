/** What the seller reads when a whole file cannot be imported. Nothing is imported in these cases. */

export const FILE_ERROR = {
  empty: 'This file is empty.',
  tooLarge: 'This file is too large to import (the limit is 100 MB).',
  workbookTooLarge:
    'This Excel file unpacks to more than any export holds (over 400 MB of sheet data, or over 10,000 parts), so it was not opened. Download the export again, or as .csv.',
  workbookTooDeep:
    'This Excel file is built unlike any spreadsheet (its sheet data is nested thousands of levels deep), so it was not opened. Download the export again from the Affiliate Center.',
  imageOrPdf:
    'This is an image or PDF, not an export file. Download Creator data, Video data or Affiliate orders from the Affiliate Center as .xlsx or .csv.',
  oldExcel:
    'This is an old Excel .xls file. Open it in Excel or Google Sheets and save it as .xlsx, or download the export again as .csv.',
  damagedSpreadsheet:
    'This Excel file is damaged or incomplete and cannot be read. Download the export again from the Affiliate Center.',
  notSpreadsheet: 'This file is neither an Excel (.xlsx) nor a CSV file, so it cannot be an Affiliate Center export.',
  unknownColumns:
    'This file is not a Creator data, Video data or Affiliate orders export: its column headers were not recognised.',
  noRows: 'This export has its column headers but no rows of data.',
  unreadable: 'This file could not be read. Download the export again from the Affiliate Center and retry.',
} as const;

/** The unknown-columns message, naming a few headers seen so the seller can tell which file it was. */
export function unknownColumnsMessage(headersSeen: readonly string[]): string {
  const shown = headersSeen
    .map((header) => header.trim())
    .filter((header) => header !== '')
    .slice(0, 6)
    .map((header) => (header.length > 40 ? `${header.slice(0, 39)}…` : header));
  return shown.length > 0 ? `${FILE_ERROR.unknownColumns} First columns: ${shown.join(', ')}.` : FILE_ERROR.unknownColumns;
}
