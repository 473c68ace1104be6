/**
 * CSV cells that spreadsheets read as data, never as code (formula injection, OWASP "CSV
 * injection"): a text cell that starts like a formula is prefixed with `'`. Numbers are written
 * plain and are never prefixed, so `-12.5` in a numeric column stays a number. Bidi controls and
 * zero-width characters are dropped first: they would reorder or disguise a name in the sheet, and
 * could hide a formula start from the check.
 */
import { stripInvisible } from '../text/invisible';

/** Characters that make Excel, Sheets or LibreOffice run a cell: `= + - @`, their full-width forms, tab, CR. */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** `=HYPERLINK(…)` → `'=HYPERLINK(…)`; anything else unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export function quoteCsvField(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** A text cell: invisible characters dropped, neutralised, then quoted. Null is an empty cell. */
export function csvText(text: string | null | undefined): string {
  if (text === null || text === undefined || text === '') return '';
  return quoteCsvField(neutraliseFormula(stripInvisible(text)));
}

/**
 * A number as spreadsheets parse it in every locale's CSV import: no separators, no symbols, `.` for
 * decimals, rounded to `decimals` places, never in exponent form. Null and non-finite are empty.
 */
export function plainNumber(n: number | null | undefined, decimals: number): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  const scale = 10 ** decimals;
  // Beyond 2^53 there are no decimals left to round (and scaling would lose digits).
  const rounded = Math.abs(n) >= 2 ** 53 / scale ? n : Math.round(n * scale) / scale;
  if (rounded === 0) return '0'; // also -0
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  return plainNumberFormat(decimals).format(rounded);
}

const plainFormats = new Map<number, Intl.NumberFormat>();
function plainNumberFormat(decimals: number): Intl.NumberFormat {
  let format = plainFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: decimals });
    plainFormats.set(decimals, format);
  }
  return format;
}

/** UTF-8 byte order mark: tells Excel the file is UTF-8 (names in Thai, Vietnamese, emoji…). */
export const UTF8_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';
