/** Calendar days (`YYYY-MM-DD`, local) for humans: `Mar 12`, `Mar 12, 2024`. */

const formats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(withYear: boolean): Intl.DateTimeFormat {
  const key = withYear ? 'y' : 'n';
  let format = formats.get(key);
  if (!format) {
    // The day is a calendar date, not an instant: format it in UTC so no zone can shift it.
    format = new Intl.DateTimeFormat('en-US', {
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
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const year = Number(match[1]);
  const ms = Date.UTC(year, Number(match[2]) - 1, Number(match[3]));
  return dayFormat(currentYear === undefined || year !== currentYear).format(ms);
}
