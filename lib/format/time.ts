/**
 * Times for humans: "just now", "2 min ago", "3 h ago", "yesterday", "4 days ago", then a date.
 * `now` is always passed in so views can tick and tests stay deterministic.
 */
import { displayLocale } from './locale';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DateFormatOptions {
  locale?: string;
  /** IANA zone; the browser's own zone when omitted. */
  timeZone?: string;
}

export function formatRelativeTime(at: number, now: number, options: DateFormatOptions = {}): string {
  const elapsed = now - at;
  // A timestamp slightly in the future is clock skew between contexts, not a prophecy.
  if (elapsed < 45_000) return 'just now';
  if (elapsed < HOUR) return `${Math.max(1, Math.round(elapsed / MINUTE))} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  if (elapsed < 2 * DAY) return 'yesterday';
  if (elapsed < 7 * DAY) return `${Math.floor(elapsed / DAY)} days ago`;
  return formatDate(at, now, options);
}

/** `Mar 12` this year, `Mar 12, 2024` otherwise (en-US). */
export function formatDate(at: number, now: number, options: DateFormatOptions = {}): string {
  const locale = options.locale ?? displayLocale();
  const year = (t: number) => new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: options.timeZone }).format(t);
  const sameYear = year(at) === year(now);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    timeZone: options.timeZone,
  }).format(at);
}

/** Full date and time for tooltips and screen readers: `Mar 12, 2025, 2:03 PM`. */
export function formatDateTime(at: number, options: DateFormatOptions = {}): string {
  return new Intl.DateTimeFormat(options.locale ?? displayLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  }).format(at);
}

/** Machine-readable form for `<time dateTime>`. */
export function toIsoDateTime(at: number): string {
  return new Date(at).toISOString();
}
