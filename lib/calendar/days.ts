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

const parsedDays = new Map<string, number | null>();

/** `YYYY-MM-DD` → day number; null for anything else (including impossible dates). Cached. */
export function parseDay(text: string | null | undefined): number | null {
  if (!text) return null;
  const cached = parsedDays.get(text);
  if (cached !== undefined) return cached;
  let result: number | null = null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const n = dayNumberOf(year, month, day);
    // Date.UTC rolls 2026-02-30 over to March: a round trip rejects such dates.
    if (isoDay(n) === text) result = n;
  }
  if (parsedDays.size > 100_000) parsedDays.clear();
  parsedDays.set(text, result);
  return result;
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
