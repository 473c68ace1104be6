/** Calendar days (`YYYY-MM-DD`, local) for humans: `Mar 12`, `Mar 12, 2024`. */
import { parseDay, utcMidnightOf } from '../calendar/days';
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

let briefDayFormat: Intl.DateTimeFormat | undefined;

/**
 * `2026-05-11` → `11 May 2026`: day first and the month in letters, so a text pasted to a creator in
 * any country reads the same (English month names, whatever the panel's locale). Other text is returned trimmed.
 */
export function formatDayLong(day: string): string {
  const text = day.trim();
  const dayNumber = parseDay(text);
  if (dayNumber === null) return text;
  briefDayFormat ??= new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  const parts = briefDayFormat.formatToParts(utcMidnightOf(dayNumber));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}`;
}

/** A period of days: `Nov 1 – Nov 30, 2026` (one year shown when both ends share it). */
export function formatPeriodText(period: { from: string; to: string }): string {
  const year = Number(period.to.slice(0, 4));
  const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  if (period.from === period.to) return formatDayText(period.to);
  return `${formatDayText(period.from, sameYear ? year : undefined)} – ${formatDayText(period.to)}`;
}
