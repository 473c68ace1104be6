/**
 * The scorecards as an Excel workbook: the same columns as the CSV, with typed cells (numbers,
 * percents, money in the shop currency, dates) so the seller can sort and sum without cleaning up.
 * Text cells are typed strings: Excel never runs them as formulas, so they are written as is, less
 * bidi controls and zero-width characters (which would reorder or disguise a name).
 */
import { parseDay, utcMidnightOf } from '../calendar/days';
import type { CurrencyCode } from '../parse/quantity';
import { stripInvisible } from '../text/invisible';
import { SCORECARD_COLUMNS, type ExportColumnKind, type ScorecardExportRow } from './scorecard-columns';
import { xlsxBlob, type XlsxCell, type XlsxSheetData } from './xlsx-writer';

const CURRENCY_SYMBOLS: Record<CurrencyCode, string> = {
  USD: '$',
  GBP: '£',
  EUR: '€',
  MYR: 'RM',
  THB: '฿',
  IDR: 'Rp',
  VND: '₫',
  PHP: '₱',
  SGD: 'S$',
};

/** Whole-unit currencies show no decimals. */
const NO_DECIMALS: ReadonlySet<CurrencyCode> = new Set(['IDR', 'VND']);

/** Excel number format for money in a currency: `"$"#,##0.00`. */
export function currencyFormat(currency: CurrencyCode | null): string {
  if (!currency) return '#,##0.00';
  const digits = NO_DECIMALS.has(currency) ? '#,##0' : '#,##0.00';
  return `"${CURRENCY_SYMBOLS[currency]}"${digits}`;
}

const FORMATS: Record<Exclude<ExportColumnKind, 'money'>, string | undefined> = {
  text: '@',
  count: '#,##0',
  number: undefined,
  rate: '0.00%',
  date: 'yyyy-mm-dd',
};

function dateOfDay(day: string): Date | null {
  const dayNumber = parseDay(day);
  // UTC midnight: the workbook's serial date is then exactly that calendar day, in every zone.
  return dayNumber === null ? null : new Date(utcMidnightOf(dayNumber));
}

/** Decimals a cell shows: its value is rounded to them, so what Excel sums is what it shows. */
const CELL_DECIMALS: Record<Exclude<ExportColumnKind, 'text' | 'date' | 'money'>, number> = { count: 0, number: 4, rate: 4 };

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function xlsxCell(kind: ExportColumnKind, value: string | number | null, moneyFormat: string, moneyDecimals: number): XlsxCell {
  if (value === null) return null;
  switch (kind) {
    case 'text':
      return { type: String, value: stripInvisible(String(value)), format: FORMATS.text };
    case 'date': {
      const date = typeof value === 'string' ? dateOfDay(value) : null;
      return date ? { type: Date, value: date, format: FORMATS.date } : { type: String, value: stripInvisible(String(value)) };
    }
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) ? { type: Number, value: roundTo(value, moneyDecimals), format: moneyFormat } : null;
    default: {
      if (typeof value !== 'number' || !Number.isFinite(value)) return null;
      const format = FORMATS[kind];
      const rounded = roundTo(value, CELL_DECIMALS[kind]);
      return format ? { type: Number, value: rounded, format } : { type: Number, value: rounded };
    }
  }
}

/** Header row (bold) and one typed row per creator. */
export function scorecardSheetData(rows: readonly ScorecardExportRow[], currency: CurrencyCode | null): XlsxSheetData {
  const data: XlsxSheetData = new Array(rows.length + 1);
  data[0] = SCORECARD_COLUMNS.map((c) => ({ type: String, value: c.header, fontWeight: 'bold' as const, wrap: true }));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // Each row's money in its own scorecard's currency (the Currency column says which).
    const rowCurrency = row.card.currency ?? currency;
    const moneyFormat = currencyFormat(rowCurrency);
    const moneyDecimals = rowCurrency !== null && NO_DECIMALS.has(rowCurrency) ? 0 : 2;
    data[i + 1] = SCORECARD_COLUMNS.map((c) => xlsxCell(c.kind, c.value(row), moneyFormat, moneyDecimals));
  }
  return data;
}

/** The workbook as a Blob. */
export function scorecardsToXlsx(rows: readonly ScorecardExportRow[], currency: CurrencyCode | null, sheetName = 'Scorecards'): Blob {
  return xlsxBlob(scorecardSheetData(rows, currency), {
    sheet: sheetName,
    columns: SCORECARD_COLUMNS.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  });
}
