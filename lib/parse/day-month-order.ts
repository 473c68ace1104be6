/** Whether dates write the day or the month first, decided from the data where it can be, else from the region. */
/** How a column writes `03/05/2026`: decided from the data where it can be, else from the region. */
export type DayMonthOrder = 'day-first' | 'month-first';

/** Evidence a date text gives about day/month order: `25/03/2026` is day first, `03/25/2026` month first. */
export function dayMonthEvidence(text: string): DayMonthOrder | null {
  const match = /^\s*(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}\b/.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number(match[2]);
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  return null;
}

/** Collects evidence over a column; conflicting evidence (a mixed-up column) counts as none. */
export class DayMonthVote {
  private dayFirst = 0;
  private monthFirst = 0;

  add(cell: unknown): void {
    if (typeof cell !== 'string') return;
    const evidence = dayMonthEvidence(cell);
    if (evidence === 'day-first') this.dayFirst += 1;
    else if (evidence === 'month-first') this.monthFirst += 1;
  }

  /** The order the data shows, or null when it shows none (or both). */
  result(): DayMonthOrder | null {
    if (this.dayFirst > 0 && this.monthFirst === 0) return 'day-first';
    if (this.monthFirst > 0 && this.dayFirst === 0) return 'month-first';
    return null;
  }
}

/** Currencies of regions that write the day first; used only when neither the data nor the region decides. */
const DAY_FIRST_CURRENCIES = new Set(['GBP', 'EUR', 'MYR', 'SGD', 'THB', 'IDR', 'VND']);

/**
 * The region to hand `parseDate` so it reads `DD/MM` or `MM/DD`, in order of trust: the column's own
 * evidence (a day above 12), the shop region given, the file's currency (`£` amounts → day first),
 * else US order (`parseDate`'s default).
 */
export function dateRegion(order: DayMonthOrder | null, region: string | undefined, currency?: string): string | undefined {
  if (order === 'day-first') return 'GB';
  if (order === 'month-first') return 'US';
  if (region) return region;
  return currency && DAY_FIRST_CURRENCIES.has(currency) ? 'GB' : undefined;
}
