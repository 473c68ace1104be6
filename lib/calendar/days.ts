/**
 * Calendar days as integers ("day numbers": days since 1970-01-01 on the civil calendar), so
 * windows and weeks are integer arithmetic, never millisecond arithmetic: a local day is always
 * one step, whatever the daylight-saving clock did. Day numbers are time-zone free; the only
 * place the time zone enters is `localDayOfTimestamp`, which reads the runtime's local calendar
 * through Date getters.
 */

const MS_PER_DAY = 86_400_000;
/** Every UTC offset in use is a multiple of 15 minutes, so local midnight falls on these bucket edges. */
const QUARTER_HOUR_MS = 900_000;

/** Day number of a civil date (month 1–12). */
export function dayNumberOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The number of two or four ASCII digits at `at`; NaN when any is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    n = n * 10 + digit;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `YYYY-MM-DD` → day number; null for anything else (including impossible dates, and years before
 * 100, which `Date.UTC` would read as 19xx). Read digit by digit, with no regular expression, Date
 * or cache: the analysis parses the post date of tens of thousands of videos on every load.
 */
export function parseDay(text: string | null | undefined): number | null {
  if (!text || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  // NaN fails every comparison.
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1)) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;
  // Days from the civil date (proleptic Gregorian, as Date.UTC), counted from 0000-03-01.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** UTC midnight of a day number (epoch ms): an instant that formats as that calendar day in UTC. */
export function utcMidnightOf(dayNumber: number): number {
  return dayNumber * MS_PER_DAY;
}

/** Day number → `YYYY-MM-DD`. Cached: analyses format the same few hundred days again and again. */
export function isoDay(dayNumber: number): string {
  const cached = formattedDays.get(dayNumber);
  if (cached !== undefined) return cached;
  const date = new Date(utcMidnightOf(dayNumber));
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const text = `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  if (formattedDays.size > 100_000) formattedDays.clear();
  formattedDays.set(dayNumber, text);
  return text;
}
const formattedDays = new Map<number, string>();

/** The local calendar day of an epoch-ms time as `YYYY-MM-DD` (snapshots and file names follow the seller's days, not UTC). */
export function localDay(epochMs: number): string {
  return isoDay(localDayOfTimestamp(epochMs));
}

/**
 * The local calendar day a timestamp falls on, in the runtime's time zone (the seller's browser).
 * Cached per quarter hour: 200,000 orders cost a few thousand Date constructions, not 200,000.
 * After changing the process time zone (tests), call `resetLocalDayCache`.
 */
export function localDayOfTimestamp(ms: number): number {
  const bucket = Math.floor(ms / QUARTER_HOUR_MS);
  const chunkId = Math.floor(bucket / CHUNK);
  let chunk = chunkId === lastChunkId ? lastChunk : dayChunks.get(chunkId);
  if (!chunk) {
    chunk = new Float64Array(CHUNK).fill(Number.NaN);
    if (dayChunks.size > 1000) dayChunks.clear();
    dayChunks.set(chunkId, chunk);
  }
  lastChunkId = chunkId;
  lastChunk = chunk;
  const slot = bucket - chunkId * CHUNK;
  const cached = chunk[slot] as number;
  if (cached === cached) return cached; // not NaN
  const date = new Date(ms);
  const n = dayNumberOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
  chunk[slot] = n;
  return n;
}
/** Quarter hours per cache chunk (about 43 days). */
const CHUNK = 4096;
const dayChunks = new Map<number, Float64Array>();
let lastChunkId = Number.NaN;
let lastChunk: Float64Array | undefined;

/** Forget cached timestamp → day conversions (call after changing the process time zone). */
export function resetLocalDayCache(): void {
  dayChunks.clear();
  lastChunkId = Number.NaN;
  lastChunk = undefined;
}

/** Monday = 0 … Sunday = 6. Day 0 (1970-01-01) was a Thursday. */
export function weekdayMondayFirst(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** The Monday starting the week that contains the day. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - weekdayMondayFirst(dayNumber);
}

/** A closed range of day numbers. */
export interface DayRange {
  from: number;
  to: number;
}

/** The `days` days ending with (and including) `endDay`. */
export function windowEndingOn(endDay: number, days: number): DayRange {
  return { from: endDay - days + 1, to: endDay };
}
