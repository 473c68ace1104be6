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
import { windowMetrics } from './window-metrics';

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

/** Sorted by value, then weight, then handle/key; competition ranks on value. */
function rank(items: Scored[]): Map<string, { rank: number; item: Scored }> {
  items.sort((a, b) => {
    if (b.value !== a.value) return b.value - a.value;
    if (b.weight !== a.weight) return b.weight - a.weight;
    const an = a.handle ?? a.key;
    const bn = b.handle ?? b.key;
    return an < bn ? -1 : an > bn ? 1 : 0;
  });
  const ranks = new Map<string, { rank: number; item: Scored }>();
  let current = 0;
  items.forEach((item, i) => {
    if (i === 0 || item.value !== items[i - 1]!.value) current = i + 1;
    ranks.set(item.key, { rank: current, item });
  });
  return ranks;
}

function scoreWeek(index: ProgramIndex, range: DayRange, minClicks: number): { gmv: Scored[]; conversion: Scored[] } {
  const gmv: Scored[] = [];
  const conversion: Scored[] = [];
  for (const entry of index.entries) {
    const m = windowMetrics(entry, range, index);
    if (m.gmv !== null && m.gmv > 0) gmv.push({ key: entry.key, handle: entry.handle, value: m.gmv, weight: m.orders ?? 0 });
    // Only the week's own posts: a creator-level capture has no week.
    if (m.conversionSource === 'content' && m.conversionRate !== null && (m.clicks as number) >= minClicks) {
      conversion.push({ key: entry.key, handle: entry.handle, value: m.conversionRate, weight: m.clicks as number });
    }
  }
  return { gmv, conversion };
}

function rows(
  current: Map<string, { rank: number; item: Scored }>,
  previous: Map<string, { rank: number; item: Scored }>,
  size: number,
): LeaderboardRow[] {
  const result: LeaderboardRow[] = [];
  for (const [key, { rank: r, item }] of current) {
    if (result.length >= size) break;
    const before = previous.get(key);
    result.push({
      rank: r,
      creatorKey: key,
      handle: item.handle,
      value: item.value,
      previousValue: before ? before.item.value : null,
      previousRank: before ? before.rank : null,
      rankChange: before ? before.rank - r : null,
      change: before ? item.value - before.item.value : null,
    });
  }
  return result;
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
    byGmv: rows(rank(now.gmv), rank(before.gmv), settings.leaderboardSize),
    byConversion: rows(rank(now.conversion), rank(before.conversion), settings.leaderboardSize),
  };
}
