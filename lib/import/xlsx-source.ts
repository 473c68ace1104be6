/**
 * `.xlsx` export files, read with read-excel-file's `universal` entry: it takes an ArrayBuffer and
 * runs the same way in Node (tests, bench), the extension's pages and a worker, without spawning
 * workers of its own (its `browser` entry creates `blob:` workers, which the extension's CSP
 * refuses). Numbers are read as their stored digits (`parseNumber`), so 19-digit ids keep every
 * digit and rates stored as fractions stay exact; date-formatted cells come as `Date`s.
 */
import readXlsxFile, { InvalidInputError } from 'read-excel-file/universal';
import type { Cell } from './cells';
import type { RowBatch } from './csv-source';
import { findHeaderRow } from './detect-kind';
import { FILE_ERROR } from './messages';
import { ArchiveError, prepareXlsxArchive } from './xlsx-archive';
import { sheetCellText } from './cells';

export interface XlsxSheet {
  name: string;
  rows: Cell[][];
}

export type XlsxReadResult = { sheets: XlsxSheet[] } | { error: string };

/** Every sheet of the workbook, or a message for the seller when it cannot be read. */
export async function readXlsxSheets(data: ArrayBuffer): Promise<XlsxReadResult> {
  try {
    const prepared = await prepareXlsxArchive(data);
    const sheets = await readXlsxFile<string>(prepared, { parseNumber: (digits) => digits });
    return { sheets: sheets.map(({ sheet, data: rows }) => ({ name: sheet, rows: rows as Cell[][] })) };
  } catch (error) {
    return { error: xlsxErrorMessage(error) };
  }
}

function xlsxErrorMessage(error: unknown): string {
  if (error instanceof ArchiveError) {
    if (error.reason === 'too-large') return FILE_ERROR.workbookTooLarge;
    if (error.reason === 'too-deep') return FILE_ERROR.workbookTooDeep;
    return FILE_ERROR.damagedSpreadsheet;
  }
  if (error instanceof InvalidInputError || (error instanceof Error && error.name === 'InvalidInputError')) {
    return (error as { code?: string }).code === 'XLS_FILE_NOT_SUPPORTED' ? FILE_ERROR.oldExcel : FILE_ERROR.damagedSpreadsheet;
  }
  return FILE_ERROR.damagedSpreadsheet;
}

/** Non-empty rows as text, for header detection. */
export function rowsAsText(rows: readonly Cell[][], limit: number): string[][] {
  const texts: string[][] = [];
  for (const row of rows) {
    if (texts.length >= limit) break;
    const text = row.map(sheetCellText);
    if (text.some((cell) => cell !== '')) texts.push(text);
  }
  return texts;
}

/** The first sheet whose first rows hold a recognised header row (exports have one sheet; notes sheets are skipped). */
export function pickExportSheet(sheets: readonly XlsxSheet[]): XlsxSheet | null {
  return sheets.find((sheet) => findHeaderRow(rowsAsText(sheet.rows, 12)) !== null) ?? null;
}

/**
 * The sheet's rows in batches. Rows handed out are released from the sheet array so memory is given
 * back as the import proceeds. Reading the workbook counts as the first half of the work.
 */
export function* xlsxBatches(rows: (Cell[] | undefined)[], batchSize = 2000): Generator<RowBatch<Cell>> {
  const total = rows.length * 2;
  for (let start = 0; start < rows.length; start += batchSize) {
    const end = Math.min(rows.length, start + batchSize);
    const batch: Cell[][] = [];
    for (let index = start; index < end; index++) {
      batch.push(rows[index] ?? []);
      rows[index] = undefined;
    }
    yield { rows: batch, done: rows.length + end, total };
  }
}
