/**
 * CSV export files: decoding, delimiter choice, and parsing in slices so a large file never blocks
 * the page for long (papaparse parses each slice; slices end on a record boundary found here).
 */
import Papa from 'papaparse';
import { findHeaderRow } from './detect-kind';
import { decodeText, type DecodedText } from './text-encoding';

/**
 * Bytes → text, the encoding detected per file (text-encoding.ts: BOM, valid or mostly-valid UTF-8,
 * else the declared or probable legacy code page). Null for binary data.
 */
export function decodeCsvText(data: ArrayBuffer, declaredCharset?: string): DecodedText | null {
  const decoded = decodeText(new Uint8Array(data), declaredCharset);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  return looksLikeText(text) ? { ...decoded, text } : null;
}

/**
 * Text files have no NUL characters and few control characters; binary data has plenty of both.
 * A few unreadable bytes (U+FFFD) in a mostly-UTF-8 file do not make it binary.
 */
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  let replaced = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code === 0) return false;
    if (code === 0xfffd) replaced += 1;
    else if (code < 32 && code !== 9 && code !== 10 && code !== 13) control += 1;
  }
  return control <= sample.length / 100 && replaced <= sample.length / 10;
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

/**
 * `csvSliceEnd` where no quote lies between `start` and the newline it would stop at (`nextQuote`: the
 * first `"` at or after `start`, -1 for none): that newline, found by `indexOf` instead of a scan of
 * every character. Undefined when a quote is in the way (the scan decides then).
 */
export function quoteFreeSliceEnd(text: string, start: number, target: number, nextQuote: number): number | undefined {
  const newline = text.indexOf('\n', start + Math.max(1, target) - 1);
  const end = newline < 0 ? text.length : newline + 1;
  return nextQuote < 0 || nextQuote >= end ? end : undefined;
}

/** Slices of about `sliceChars` characters, parsed one at a time. */
export function* csvBatches(text: string, delimiter: string, sliceChars = 64 * 1024): Generator<RowBatch<string>> {
  let start = 0;
  let nextQuote = text.indexOf('"');
  while (start < text.length) {
    if (nextQuote >= 0 && nextQuote < start) nextQuote = text.indexOf('"', start);
    const end = quoteFreeSliceEnd(text, start, sliceChars, nextQuote) ?? csvSliceEnd(text, start, sliceChars, delimiter);
    const rows = parseCsvRecords(text.slice(start, end), delimiter);
    start = end;
    yield { rows, done: start, total: text.length };
  }
}
