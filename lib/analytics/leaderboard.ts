/**
 * Leaderboard (playbook §9, "share wins"): the top creators of the week by GMV and by conversion
 * on clicks, with the change since the week before. "The week" is the 7 local days ending on the
 * day of `asOf`, and "last week" the 7 days before: always whole, comparable periods.
 * GMV is order-dated (see window-metrics.ts); conversion is that of the week's posts, with at least
 * `leaderboardMinClicks` clicks.
 */
import { isoDay, localDayOfTimestamp, windowEndingOn, type DayRange } from '../calendar/days';
import type { ProgramIndex } from './program-index-model';
import type { AnalysisOptions } from './scorecard';
import { rankingFigures } from './window-metrics';

export interface LeaderboardRow {
  /** 1 = top; equal values share a rank. */
  rank: number;
  creatorKey: string;
  handle: string | null;
  value: number;
  /** Last week's value (null when it did not qualify or was unknown). */
  previousValue: number | null;
  previousRank: number | null;
  /** Places moved up since last week (negative = down); null when not ranked last week. */
  rankChange: number | null;
  /** value − previousValue. */
  change: number | null;
}

export interface Leaderboard {
  week: { from: string; to: string };
  previousWeek: { from: string; to: string };
  byGmv: LeaderboardRow[];
  byConversion: LeaderboardRow[];
}

interface Scored {
  key: string;
  handle: string | null;
  value: number;
  /** Tie-breaker: orders for GMV, clicks for conversion. */
  weight: number;
}

/** The leaderboard's order: by value, then weight, then handle/key. */
function compare(a: Scored, b: Scored): number {
  if (b.value !== a.value) return b.value - a.value;
  if (b.weight !== a.weight) return b.weight - a.weight;
  const an = a.handle ?? a.key;
  const bn = b.handle ?? b.key;
  return an < bn ? -1 : an > bn ? 1 : 0;
}

/** The first `size` items in the leaderboard's order (one pass: thousands of creators, a few rows). */
function top(items: readonly Scored[], size: number): Scored[] {
  const best: Scored[] = [];
  for (const item of items) {
    if (best.length === size && (size === 0 || compare(item, best[size - 1]!) >= 0)) continue;
    let at = best.length;
    while (at > 0 && compare(item, best[at - 1]!) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > size) best.pop();
  }
  return best;
}

/** Competition rank on value: 1 + how many have a greater value (equal values share a rank). */
function rankOf(value: number, items: readonly Scored[]): number {
  let greater = 0;
  for (const item of items) if (item.value > value) greater++;
  return greater + 1;
}

function scoreWeek(index: ProgramIndex, range: DayRange, minClicks: number): { gmv: Scored[]; conversion: Scored[] } {
  const gmv: Scored[] = [];
  const conversion: Scored[] = [];
  for (const entry of index.entries) {
    const m = rankingFigures(entry, range, index);
    if (m.gmv !== null && m.gmv > 0) gmv.push({ key: entry.key, handle: entry.handle, value: m.gmv, weight: m.orders ?? 0 });
    // Only the week's own posts (the content source): a creator-level capture has no week.
    if (m.conversionRate !== null && (m.clicks as number) >= minClicks) {
      conversion.push({ key: entry.key, handle: entry.handle, value: m.conversionRate, weight: m.clicks as number });
    }
  }
  return { gmv, conversion };
}

function rows(current: readonly Scored[], previous: readonly Scored[], size: number): LeaderboardRow[] {
  return top(current, size).map((item) => {
    const r = rankOf(item.value, current);
    const before = previous.find((p) => p.key === item.key);
    const beforeRank = before ? rankOf(before.value, previous) : null;
    return {
      rank: r,
      creatorKey: item.key,
      handle: item.handle,
      value: item.value,
      previousValue: before ? before.value : null,
      previousRank: beforeRank,
      rankChange: beforeRank !== null ? beforeRank - r : null,
      change: before ? item.value - before.value : null,
    };
  });
}

export function leaderboard(index: ProgramIndex, options: AnalysisOptions): Leaderboard {
  const { settings } = options;
  const asOfDay = localDayOfTimestamp(options.asOf);
  const week = windowEndingOn(asOfDay, 7);
  const previousWeek = windowEndingOn(asOfDay - 7, 7);
  const now = scoreWeek(index, week, settings.leaderboardMinClicks);
  const before = scoreWeek(index, previousWeek, settings.leaderboardMinClicks);
  return {
    week: { from: isoDay(week.from), to: isoDay(week.to) },
    previousWeek: { from: isoDay(previousWeek.from), to: isoDay(previousWeek.to) },
    byGmv: rows(now.gmv, before.gmv, settings.leaderboardSize),
    byConversion: rows(now.conversion, before.conversion, settings.leaderboardSize),
  };
}
