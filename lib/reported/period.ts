/**
 * The period a page or an export file states for its figures. Framework-free and small: the
 * background reads page periods from the text of the page's date filter, the import reads file
 * periods from the title lines above the headers or from the file name.
 *
 * - An explicit range (`02/06/2026 - 03/05/2026`, `2026-03-01 ~ 2026-03-31`) wins; day/month order
 *   follows the shop region when the dates themselves do not tell.
 * - "Last N days" (in the UI languages Seller Center offers) is the N days ending on the day of
 *   capture, as the page labels them (Seller Center's own figures lag 24–48 h; the label is what
 *   the seller compares with).
 * - "Yesterday" is the day before the capture.
 * Anything else is no period: the figures are then not kept as a report (never guessed).
 */
import { isoDay, parseDay } from '../calendar/days';
import type { DayPeriod } from '../model/reported';
import { dateRegion, DayMonthVote } from '../parse/day-month-order';
import { parseDateRange } from '../parse/values';

/** Manage creators always shows the last 90 days. */
export const MANAGE_CREATORS_DAYS = 90;

/** Longest period text looked at (a date filter label is short). */
export const MAX_PERIOD_TEXT = 200;

/** The `days` days ending on `endDay` (`YYYY-MM-DD`). */
export function periodEndingOn(endDay: string, days: number): DayPeriod | null {
  const end = parseDay(endDay);
  if (end === null || !Number.isInteger(days) || days < 1) return null;
  return { from: isoDay(end - days + 1), to: endDay };
}

/** Number of days in a period (both ends included); 0 when it is not a valid period. */
export function periodDays(period: DayPeriod): number {
  const from = parseDay(period.from);
  const to = parseDay(period.to);
  return from === null || to === null || to < from ? 0 : to - from + 1;
}

const LAST_N_DAYS = [
  /\b(?:last|past|previous)\s+(\d{1,3})\s+days?\b/i,
  /\bletzte[nr]?\s+(\d{1,3})\s+tage?n?\b/i,
  /\b(?:derniers|dernières)\s+(\d{1,3})\s+jours\b/i,
  /\b(\d{1,3})\s+derniers\s+jours\b/i,
  /\b[úu]ltimos\s+(\d{1,3})\s+d[ií]as\b/i,
  /\bultimi\s+(\d{1,3})\s+giorni\b/i,
  /\b(\d{1,3})\s+hari\s+terakhir\b/i,
  /\b(\d{1,3})\s+ngày\s+qua\b/i,
  /\b(\d{1,3})\s+วันที่ผ่านมา/,
  /(?:近|最近|过去)\s*(\d{1,3})\s*(?:天|日)/,
];
const YESTERDAY = /\b(?:yesterday|gestern|hier|ayer|ieri|kemarin|hôm qua)\b|เมื่อวาน|昨天|昨日/i;

/** Date-like tokens: `2026-03-01`, `01/03/2026`, `1.3.2026`. */
const DATE_TOKEN = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/g;

/** An explicit range anywhere in the text: the whole text, else its first two date-like tokens. */
export function explicitRange(text: string, region: string | undefined): DayPeriod | null {
  const tokens = text.match(DATE_TOKEN) ?? [];
  // Both ends are written the same way: a day above 12 in either decides the order for both.
  const vote = new DayMonthVote();
  for (const token of tokens.slice(0, 2)) vote.add(token);
  const options = { region: dateRegion(vote.result(), region) };
  const whole = parseDateRange(text, options);
  if (whole) return whole;
  if (tokens.length < 2) return null;
  return parseDateRange(`${tokens[0]} - ${tokens[1]}`, options);
}

/**
 * The period a date filter's text states, or null. `capturedDay` (`YYYY-MM-DD`) anchors relative
 * labels ("Last 28 days").
 */
export function periodFromText(text: string | null | undefined, capturedDay: string, region?: string | null): DayPeriod | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const bounded = text.slice(0, MAX_PERIOD_TEXT);
  const explicit = explicitRange(bounded, region ?? undefined);
  if (explicit) return explicit;
  for (const pattern of LAST_N_DAYS) {
    const match = pattern.exec(bounded);
    if (match) return periodEndingOn(capturedDay, Number(match[1]));
  }
  if (YESTERDAY.test(bounded)) {
    const day = parseDay(capturedDay);
    return day === null ? null : { from: isoDay(day - 1), to: isoDay(day - 1) };
  }
  return null;
}

/** File names carry ranges as `20261101-20261130` or `2026-11-01_2026-11-30`. */
const NAME_RANGE = /(\d{4})[-.]?(\d{2})[-.]?(\d{2})\s*(?:[-_~–]|to)\s*(\d{4})[-.]?(\d{2})[-.]?(\d{2})/i;

/** The period an export file states: its title lines (above the headers) first, then its name. */
export function periodOfFile(name: string | undefined, titleLines: readonly string[], region?: string): DayPeriod | null {
  for (const line of titleLines) {
    const period = explicitRange(line.slice(0, MAX_PERIOD_TEXT), region);
    if (period) return period;
  }
  const match = NAME_RANGE.exec((name ?? '').slice(0, MAX_PERIOD_TEXT));
  if (!match) return null;
  const from = `${match[1]}-${match[2]}-${match[3]}`;
  const to = `${match[4]}-${match[5]}-${match[6]}`;
  return parseDay(from) !== null && parseDay(to) !== null && from <= to ? { from, to } : null;
}
