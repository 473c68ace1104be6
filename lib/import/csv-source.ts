/**
 * CSV export files: decoding, delimiter choice, and parsing in slices so a large file never blocks
 * the page for long (papaparse parses each slice; slices end on a record boundary found here).
 */
import Papa from 'papaparse';
import { findHeaderRow } from './detect-kind';

/** Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (old Excel "CSV"). Null for binary data. */
export function decodeCsvText(data: ArrayBuffer): string | null {
  const bytes = new Uint8Array(data);
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('windows-1252').decode(body);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return looksLikeText(text) ? text : null;
}

/** Text files have no NUL characters and few control characters; binary data has plenty of both. */
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code === 0) return false;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control += 1;
  }
  return control <= sample.length / 100;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The end (exclusive) of the slice starting at `start`: just after the first record-ending newline
 * at or beyond `start + target`, outside quoted fields (which may hold newlines). The text end when none.
 */
export function csvSliceEnd(text: string, start: number, target: number, delimiter: string): number {
  const delimiterCode = delimiter.charCodeAt(0);
  let inQuotes = false;
  let atFieldStart = true;
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inQuotes) {
      if (code === QUOTE) {
        if (text.charCodeAt(index + 1) === QUOTE) index += 1; // `""` inside quotes
        else inQuotes = false;
      }
      continue;
    }
    if (code === LF) {
      if (index + 1 - start >= target) return index + 1;
      atFieldStart = true;
      continue;
    }
    if (code === QUOTE && atFieldStart) inQuotes = true;
    atFieldStart = code === delimiterCode || code === CR;
  }
  return text.length;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Parses text (a whole number of records) into rows. Blank lines stay (as rows of empty cells, which
 * the importer skips) so every row keeps its number in the file: rejected rows are listed by it.
 */
export function parseCsvRecords(text: string, delimiter: string): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, newline: undefined }).data;
  // The line break that ends the last record is not a blank line of its own.
  const last = rows.at(-1);
  if (last && last.length === 1 && last[0] === '' && /[\r\n]$/.test(text)) rows.pop();
  return rows;
}

export interface CsvLayout {
  delimiter: string;
  /** Rows of the start of the file, as parsed with that delimiter (for messages). */
  preview: string[][];
  recognised: boolean;
}

/**
 * The delimiter under which the start of the file shows a recognised header row (`,` for US
 * exports, `;` where the decimal separator is a comma, tab for "Unicode text"); the one giving the
 * most columns when none does.
 */
export function chooseCsvLayout(text: string): CsvLayout {
  let fallback: CsvLayout | null = null;
  let best: { layout: CsvLayout; score: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const preview = parseCsvRecords(text.slice(0, csvSliceEnd(text, 0, 64 * 1024, delimiter)), delimiter).slice(0, 12);
    const header = findHeaderRow(preview);
    if (header && (!best || header.score > best.score)) best = { layout: { delimiter, preview, recognised: true }, score: header.score };
    const width = Math.max(0, ...preview.map((row) => row.length));
    if (!fallback || width > Math.max(0, ...fallback.preview.map((row) => row.length))) {
      fallback = { delimiter, preview, recognised: false };
    }
  }
  return best?.layout ?? fallback!;
}

export interface RowBatch<C> {
  rows: C[][];
  /** Progress in the source's own unit (characters for CSV, rows for .xlsx); `done / total` is the fraction. */
  done: number;
  total: number;
}

/** Slices of about `sliceChars` characters, parsed one at a time. */
export function* csvBatches(text: string, delimiter: string, sliceChars = 64 * 1024): Generator<RowBatch<string>> {
  let start = 0;
  while (start < text.length) {
    const end = csvSliceEnd(text, start, sliceChars, delimiter);
    const rows = parseCsvRecords(text.slice(start, end), delimiter);
    start = end;
    yield { rows, done: start, total: text.length };
  }
}
