/**
 * Reading one cell of an export file. CSV cells are text; `.xlsx` cells are text, numbers (read as
 * their stored digits, so 19-digit ids keep every digit), booleans or dates. Nothing here throws, and
 * unknown values are null, never 0.
 */
import type { Quantity } from '../parse/quantity';
import { parseDate, parseQuantity } from '../parse/values';
import type { ColumnValueKind } from './header-names';

export { dateRegion, dayMonthEvidence, DayMonthVote, type DayMonthOrder } from '../parse/day-month-order';

export type Cell = string | number | boolean | Date | null | undefined;

/** Longer cells are not values worth keeping (titles are cut to this length). */
export const MAX_TEXT_LENGTH = 2000;

/** The cell as trimmed text; '' for empty. */
export function sheetCellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.length > MAX_TEXT_LENGTH ? cell.slice(0, MAX_TEXT_LENGTH).trim() : cell.trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
}

/** Text that is a value rather than a placeholder: `--`, `-`, `N/A` and blanks give null. */
export function cellValueText(cell: Cell): string | null {
  const text = sheetCellText(cell);
  if (text === '') return null;
  // Every placeholder starts with a dash or an n: most cells (digits, money, words) skip the pattern.
  const first = text.charCodeAt(0);
  if (!PLACEHOLDER_STARTS.has(first)) return text;
  return PLACEHOLDER.test(text) ? null : text;
}

const PLACEHOLDER = /^(?:-+|—+|–+|n\/?a|null|none)$/i;
const PLACEHOLDER_STARTS = new Set(['-', '—', '–', 'n', 'N'].map((char) => char.charCodeAt(0)));

/**
 * A metric cell as a Quantity. Rates are fractions: `5.93%` → 0.0593; a bare number in a rate column
 * is taken as a fraction when at most 1 (how `.xlsx` stores a cell formatted as a percentage) and is
 * refused (null) above 1, where it could be either 5.93 % or 593 %. Money and count columns refuse
 * percentages, and count columns refuse money, so a shifted column never passes for the right one.
 */
export function sheetCellQuantity(cell: Cell, kind: ColumnValueKind, region?: string): Quantity | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return null;
    if (kind === 'rate' && Math.abs(cell) > 1) return null;
    return { kind: 'exact', value: cell, raw: String(cell) };
  }
  if (typeof cell !== 'string') return null;
  // parseQuantity has its own fast path for the common shapes (`$1,234.50`, `5.93%`): no second one here.
  const quantity = parseQuantity(cell, region ? { region } : undefined);
  if (!quantity) return null;
  const unit = quantity.unit;
  if (kind === 'rate') {
    if (unit === 'percent') return quantity;
    if (unit !== undefined) return null;
    const largest = quantity.kind === 'exact' ? Math.abs(quantity.value) : Math.max(Math.abs(quantity.min ?? 0), Math.abs(quantity.max ?? 0));
    return largest <= 1 ? quantity : null;
  }
  if (unit === 'percent') return null;
  if (kind === 'count' && unit !== undefined) return null;
  return quantity;
}

export type IdResult = { id: string } | { problem: 'missing' | 'not-an-id' };

/**
 * An id cell (video, product, order, SKU): digits only. Tolerates what spreadsheets do to long
 * numbers kept as text: a leading apostrophe or tab, an `="…"` wrapper, a trailing `.0`.
 * A number shown in scientific notation (`7.23457E+18`) lost its last digits and is not an id.
 */
export function cellId(cell: Cell): IdResult {
  if (typeof cell === 'number') {
    return Number.isSafeInteger(cell) && cell >= 0 ? { id: String(cell) } : { problem: 'not-an-id' };
  }
  const text = cellValueText(cell);
  if (text === null) return { problem: 'missing' };
  if (ID_DIGITS.test(text)) return { id: text }; // as written: nothing to unwrap (almost every id cell)
  const unwrapped = text
    .replace(/^[\t']+/, '')
    .replace(/^="(.*)"$/, '$1')
    .replace(/^#/, '')
    .replace(/\.0+$/, '')
    .trim();
  return ID_DIGITS.test(unwrapped) ? { id: unwrapped } : { problem: 'not-an-id' };
}

const ID_DIGITS = /^\d{1,30}$/;

/** Several ids in one cell (`123, 456`), or one. Invalid parts are dropped. */
export function cellIds(cell: Cell): string[] {
  if (typeof cell === 'number') {
    const single = cellId(cell);
    return 'id' in single ? [single.id] : [];
  }
  const text = cellValueText(cell);
  if (text === null) return [];
  const ids: string[] = [];
  for (const part of text.split(/[\s,;|/]+/)) {
    const single = cellId(part);
    if ('id' in single && !ids.includes(single.id)) ids.push(single.id);
  }
  return ids;
}

// ------------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system as used after February 1900 (Excel's phantom 29 Feb 1900 included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Parts of a wall-clock time: calendar day plus time of day, as written (no time zone). */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Serial day numbers from 1970 to 2199: anything else in a date column is not a date. */
function excelSerialClock(serial: number): WallClock | null {
  if (!Number.isFinite(serial) || serial < 25_569 || serial > 109_574) return null;
  return utcClock(new Date(EXCEL_EPOCH_MS + serial * DAY_MS));
}

/** `.xlsx` dates come as UTC instants of the wall-clock time written in the sheet. */
function utcClock(exact: Date): WallClock | null {
  if (Number.isNaN(exact.getTime())) return null;
  // Serial day fractions carry float noise (08:00:00 arrives as 07:59:59.999): round to the second.
  const date = new Date(Math.round(exact.getTime() / 1000) * 1000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hours: date.getUTCHours(),
    minutes: date.getUTCMinutes(),
    seconds: date.getUTCSeconds(),
  };
}

const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;
const TIME_OF_DAY = /(?:^|[\sT,])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*([ap])?\.?m?\.?/i;

function textClock(text: string, region: string | undefined): WallClock | null {
  if (SERIAL_TEXT.test(text)) return excelSerialClock(Number(text));
  const day = parseDate(text, region ? { region } : undefined);
  if (!day) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  const time = TIME_OF_DAY.exec(text.replace(/^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/, ' '));
  if (time) {
    hours = Number(time[1]);
    minutes = Number(time[2]);
    seconds = Number(time[3] ?? 0);
    const meridiem = time[4]?.toLowerCase();
    if (meridiem === 'p' && hours < 12) hours += 12;
    if (meridiem === 'a' && hours === 12) hours = 0;
    if (hours > 23 || minutes > 59 || seconds > 59) hours = minutes = seconds = 0;
  }
  return { year, month, day: date, hours, minutes, seconds };
}

function cellClock(cell: Cell, region: string | undefined): WallClock | null {
  if (cell instanceof Date) return utcClock(cell);
  if (typeof cell === 'number') return excelSerialClock(cell);
  const text = cellValueText(cell);
  return text === null ? null : textClock(text, region);
}

/** A date cell as a calendar day `YYYY-MM-DD`: text (`25/03/2026`, `2026-03-25 10:00`), Excel serial or date cell. */
export function cellDay(cell: Cell, region: string | undefined): string | null {
  const clock = cellClock(cell, region);
  if (!clock) return null;
  return `${clock.year}-${String(clock.month).padStart(2, '0')}-${String(clock.day).padStart(2, '0')}`;
}

/**
 * A date-time cell as epoch milliseconds. Exports write the time without a zone; it is read as the
 * seller's local time (the browser's zone), the same way the Affiliate Center displays it.
 */
export function cellTime(cell: Cell, region: string | undefined): number | null {
  const clock = cellClock(cell, region);
  if (!clock) return null;
  const time = new Date(clock.year, clock.month - 1, clock.day, clock.hours, clock.minutes, clock.seconds).getTime();
  return Number.isNaN(time) ? null : time;
}
