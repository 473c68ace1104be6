/**
 * Importing one export file the seller downloaded from the Affiliate Center.
 *
 * The file's content decides how it is read (a zip is an `.xlsx` whatever its name; text is CSV),
 * its headers decide what it is. Work is done in batches with a pause for the event loop whenever
 * a batch has run for a frame's worth of time, so the page stays responsive and `onProgress` can
 * paint. Row-level problems are counted per reason; a file that is not an export gives an error
 * message and no rows. Reading `.xlsx` (unzip + XML) is one library call that does not pause:
 * for very large workbooks run this module in a Web Worker (it uses no DOM API).
 */
import type { ContentRow, CreatorRow, RejectedCount, RejectedRow } from '../model/entities';
import type { DayPeriod } from '../model/reported';
import type { ImportFormat } from '../model/values';
import { periodOfFile } from '../reported/period';
import type { Cell } from './cells';
import { sheetCellText } from './cells';
import { CreatorRowMapper } from './creator-rows';
import { chooseCsvLayout, csvBatches, decodeCsvText, type RowBatch } from './csv-source';
import type { DecodedHow } from './text-encoding';
import { findHeaderRow, HEADER_SCAN_ROWS, type ExportKind, type HeaderRow } from './detect-kind';
import { FILE_ERROR, unknownColumnsMessage } from './messages';
import { nextTask } from '../tasks/next-task';
import { OrderRowMapper, type ImportedOrderRow } from './order-rows';
import type { RowMapper } from './row-mapper';
import { VideoRowMapper } from './video-rows';
import { pickExportSheet, readXlsxSheets, rowsAsText, xlsxBatches } from './xlsx-source';

export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface ImportOptions {
  /** Shop region (`US`, `GB`, `DE`…): decimal comma and, when the dates themselves do not tell, day/month order. */
  region?: string;
  /** The encoding the file says it is in (a `charset` of its MIME type), used when its bytes are not UTF-8. */
  charset?: string;
  /** Called as the import advances; `done / total` is the fraction done (units differ by file type). */
  onProgress?: (done: number, total: number) => void;
}

interface ImportCounts {
  /** Data rows in the file (blank lines, titles and the header row not counted). */
  rowsRead: number;
  /** Data rows folded into another row of the file (a video's per-product rows, repeated lines). */
  merged: number;
  /** Data rows left out, by reason. */
  rejected: RejectedCount[];
  /** Each row left out (the first MAX_REJECTED_ROWS_LISTED): row number, value, reason. */
  rejectedRows: RejectedRow[];
  /** `xlsx` or `csv`, by content. */
  format: ImportFormat;
  /** The period the file states for its figures (title lines above the headers, else its name). */
  period?: DayPeriod;
  /** CSV only: how its bytes were read, and how many characters could not be (replaced by U+FFFD). */
  text?: { encoding: string; how: DecodedHow; replaced: number };
}

export type ImportResult =
  | ({ kind: 'creators'; rows: CreatorRow[] } & ImportCounts)
  | ({ kind: 'videos'; rows: ContentRow[] } & ImportCounts)
  | ({ kind: 'orders'; rows: ImportedOrderRow[] } & ImportCounts);

export type ImportOutcome = ImportResult | { error: string };

type Sniffed = 'zip' | 'xls' | 'image' | 'text';

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

/** What the bytes are, whatever the file is called. */
export function sniffFile(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(bytes, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) || // GIF
    startsWith(bytes, [0x25, 0x50, 0x44, 0x46]) || // %PDF
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) // WEBP
  ) {
    return 'image';
  }
  return 'text';
}


/** Time budget of one uninterrupted stretch of work, in ms. */
const SLICE_MS = 12;
/** Rows mapped between looks at the clock (a row takes a few microseconds). */
const ROWS_PER_CLOCK_CHECK = 200;

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function mapperFor(header: HeaderRow, region: string | undefined): RowMapper<CreatorRow | ContentRow | ImportedOrderRow> {
  if (header.kind === 'creators') return new CreatorRowMapper(header.headers, region);
  if (header.kind === 'videos') return new VideoRowMapper(header.headers, region);
  return new OrderRowMapper(header.headers, region);
}

function isBlank(row: readonly Cell[]): boolean {
  for (const cell of row) if (sheetCellText(cell) !== '') return false;
  return true;
}

/** Runs the rows after the header through the kind's mapper, pausing for the event loop between slices. */
async function importRows(
  batches: Iterable<RowBatch<Cell>>,
  format: ImportFormat,
  options: ImportOptions & { fileName?: string },
  headersSeen: string[],
  text?: ImportCounts['text'],
): Promise<ImportOutcome> {
  const leading: Cell[][] = [];
  /** The file row of each of `leading` (1-based, as a spreadsheet numbers rows). */
  const leadingRows: number[] = [];
  let fileRow = 0;
  let header: HeaderRow | null = null;
  let mapper: RowMapper<CreatorRow | ContentRow | ImportedOrderRow> | null = null;
  let rowsRead = 0;
  let sliceStart = now();
  const breathe = async () => {
    if (now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = now();
    }
  };

  const take = (row: Cell[], at: number) => {
    if (isBlank(row)) return;
    rowsRead += 1;
    mapper!.rejections.row = at;
    mapper!.add(row);
  };
  const takeLeadingAfterHeader = () => {
    const rows = leadingRows.splice(header!.row + 1);
    leading.splice(header!.row + 1).forEach((later, i) => take(later, rows[i]!));
  };

  for (const batch of batches) {
    let sinceCheck = 0;
    for (const row of batch.rows) {
      fileRow += 1;
      if (mapper) {
        take(row, fileRow);
        if (++sinceCheck >= ROWS_PER_CLOCK_CHECK) {
          sinceCheck = 0;
          await breathe();
        }
        continue;
      }
      if (isBlank(row)) continue;
      leading.push(row);
      leadingRows.push(fileRow);
      if (leading.length < HEADER_SCAN_ROWS) continue;
      header = findHeaderRow(leading.map((cells) => cells.map(sheetCellText)));
      if (!header) return { error: unknownColumnsMessage(headersSeen) };
      mapper = mapperFor(header, options.region);
      takeLeadingAfterHeader();
    }
    options.onProgress?.(batch.done, batch.total);
    await breathe();
  }

  if (!mapper) {
    header = findHeaderRow(leading.map((cells) => cells.map(sheetCellText)));
    if (!header) return { error: unknownColumnsMessage(headersSeen) };
    mapper = mapperFor(header, options.region);
    takeLeadingAfterHeader();
  }
  if (rowsRead === 0) return { error: FILE_ERROR.noRows };

  const rows = await mapper.finish(breathe);
  const counts: ImportCounts = {
    rowsRead,
    merged: mapper.merged,
    rejected: mapper.rejections.list(),
    rejectedRows: mapper.rejections.rows(),
    format,
    ...(text ? { text } : {}),
  };
  const titleLines = leading.slice(0, header!.row).map((cells) => cells.map(sheetCellText).join(' '));
  const period = periodOfFile(options.fileName, titleLines, options.region);
  if (period) counts.period = period;
  const kind: ExportKind = header!.kind;
  if (kind === 'creators') return { kind, rows: rows as CreatorRow[], ...counts };
  if (kind === 'videos') return { kind, rows: rows as ContentRow[], ...counts };
  return { kind, rows: rows as ImportedOrderRow[], ...counts };
}

/**
 * Reads a Creator data / Creator analysis, Video data / Video list or Affiliate orders export
 * (`.xlsx` or `.csv`). Never throws: a file that is not one of these gives `{ error }` for the seller.
 */
export async function importExportFile(
  file: { name: string; data: ArrayBuffer },
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  try {
    return await importBytes(file.data, { ...options, fileName: file.name });
  } catch {
    // Every known failure has its own message; anything else still must not escape as an exception.
    return { error: FILE_ERROR.unreadable };
  }
}

async function importBytes(data: ArrayBuffer, options: ImportOptions & { fileName?: string }): Promise<ImportOutcome> {
  // Copy into this realm's ArrayBuffer when needed: libraries check `instanceof ArrayBuffer`.
  const buffer = data instanceof ArrayBuffer ? data : new Uint8Array(data as ArrayBufferLike).slice().buffer;
  if (buffer.byteLength === 0) return { error: FILE_ERROR.empty };
  if (buffer.byteLength > MAX_FILE_BYTES) return { error: FILE_ERROR.tooLarge };
  options.onProgress?.(0, 1);

  const kind = sniffFile(new Uint8Array(buffer, 0, Math.min(16, buffer.byteLength)));
  if (kind === 'image') return { error: FILE_ERROR.imageOrPdf };
  if (kind === 'xls') return { error: FILE_ERROR.oldExcel };

  if (kind === 'zip') {
    const read = await readXlsxSheets(buffer);
    if ('error' in read) return read;
    const firstRows = read.sheets[0] ? rowsAsText(read.sheets[0].rows, HEADER_SCAN_ROWS) : [];
    if (read.sheets.every((sheet) => rowsAsText(sheet.rows, 1).length === 0)) return { error: FILE_ERROR.empty };
    const sheet = pickExportSheet(read.sheets);
    if (!sheet) return { error: unknownColumnsMessage(firstRows.find((row) => row.length > 1) ?? firstRows[0] ?? []) };
    await nextTask(); // the library call above ran in one go: let the page paint before the rows
    return importRows(xlsxBatches(sheet.rows), 'xlsx', options, []);
  }

  const decoded = decodeCsvText(buffer, options.charset);
  if (decoded === null) return { error: FILE_ERROR.notSpreadsheet };
  const { text, encoding, how, replaced } = decoded;
  if (text.trim() === '') return { error: FILE_ERROR.empty };
  const layout = chooseCsvLayout(text);
  const seen = layout.preview.find((row) => row.length > 1) ?? layout.preview[0] ?? [];
  if (!layout.recognised) return { error: unknownColumnsMessage(seen) };
  return importRows(csvBatches(text, layout.delimiter), 'csv', options, seen, { encoding, how, replaced });
}
