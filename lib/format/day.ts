/** Calendar days (`YYYY-MM-DD`, local) for humans: `Mar 12`, `Mar 12, 2024`. */
import { parseDay, utcMidnightOf } from '../analytics/days';
import { displayLocale } from './locale';

const formats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(withYear: boolean): Intl.DateTimeFormat {
  const locale = displayLocale();
  const key = `${locale}|${withYear ? 'y' : 'n'}`;
  let format = formats.get(key);
  if (!format) {
    // The day is a calendar date, not an instant: format it in UTC so no zone can shift it.
    format = new Intl.DateTimeFormat(locale, {
      month: 'short',
      day: 'numeric',
      year: withYear ? 'numeric' : undefined,
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format;
}

/** `2026-03-12` → `Mar 12` (the year is added unless it is `currentYear`); invalid text is returned as is. */
export function formatDayText(day: string, currentYear?: number): string {
  const dayNumber = parseDay(day);
  if (dayNumber === null) return day;
  const year = Number(day.slice(0, 4));
  return dayFormat(currentYear === undefined || year !== currentYear).format(utcMidnightOf(dayNumber));
}
