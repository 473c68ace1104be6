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

/**
 * One week's ranking figure of every creator, by position in `index.entries` (typed arrays: no
 * object per creator and week); NaN where the creator does not qualify.
 */
interface WeekScores {
  value: Float64Array;
  /** Tie-breaker: orders for GMV, clicks for conversion. */
  weight: Float64Array;
}

/** The leaderboard's order of two qualifying creators (positions): by value, then weight, then handle/key. */
function compare(index: ProgramIndex, scores: WeekScores, a: number, b: number): number {
  const { value, weight } = scores;
  if (value[b] !== value[a]) return value[b]! - value[a]!;
  if (weight[b] !== weight[a]) return weight[b]! - weight[a]!;
  const ea = index.entries[a]!;
  const eb = index.entries[b]!;
  const an = ea.handle ?? ea.key;
  const bn = eb.handle ?? eb.key;
  return an < bn ? -1 : an > bn ? 1 : 0;
}

/** The first `size` qualifying creators (positions) in the leaderboard's order (one pass: thousands of creators, a few rows). */
function top(index: ProgramIndex, scores: WeekScores, size: number): number[] {
  const best: number[] = [];
  const value = scores.value;
  for (let item = 0; item < value.length; item++) {
    if (Number.isNaN(value[item]!)) continue;
    if (best.length === size && (size === 0 || compare(index, scores, item, best[size - 1]!) >= 0)) continue;
    let at = best.length;
    while (at > 0 && compare(index, scores, item, best[at - 1]!) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > size) best.pop();
  }
  return best;
}

/** The qualifying values of a week in ascending order, to rank on (`rankOf`). */
interface Ranking {
  sorted: Float64Array;
  /** How many of them qualify (the first `count` of `sorted`; NaN sorts last). */
  count: number;
}

function rankingOf(scores: WeekScores): Ranking {
  const sorted = scores.value.slice().sort();
  let count = sorted.length;
  while (count > 0 && Number.isNaN(sorted[count - 1]!)) count--;
  return { sorted, count };
}

/** Competition rank on value: 1 + how many qualifying creators have a greater value (equal values share a rank). */
function rankOf(value: number, { sorted, count }: Ranking): number {
  // The first qualifying value greater than `value`: every one after it is greater too.
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! > value) high = mid;
    else low = mid + 1;
  }
  return count - low + 1;
}

function scoreWeek(index: ProgramIndex, range: DayRange, minClicks: number): { gmv: WeekScores; conversion: WeekScores } {
  const size = index.entries.length;
  const gmv: WeekScores = { value: new Float64Array(size).fill(Number.NaN), weight: new Float64Array(size) };
  const conversion: WeekScores = { value: new Float64Array(size).fill(Number.NaN), weight: new Float64Array(size) };
  for (let at = 0; at < size; at++) {
    const m = rankingFigures(index.entries[at]!, range, index);
    if (m.gmv !== null && m.gmv > 0) {
      gmv.value[at] = m.gmv;
      gmv.weight[at] = m.orders ?? 0;
    }
    // Only the week's own posts (the content source): a creator-level capture has no week.
    if (m.conversionRate !== null && (m.clicks as number) >= minClicks) {
      conversion.value[at] = m.conversionRate;
      conversion.weight[at] = m.clicks as number;
    }
  }
  return { gmv, conversion };
}

function rows(index: ProgramIndex, current: WeekScores, previous: WeekScores, size: number): LeaderboardRow[] {
  const now = rankingOf(current);
  const then = rankingOf(previous);
  return top(index, current, size).map((at) => {
    const entry = index.entries[at]!;
    const value = current.value[at]!;
    const r = rankOf(value, now);
    const before = previous.value[at]!;
    const ranked = !Number.isNaN(before);
    const beforeRank = ranked ? rankOf(before, then) : null;
    return {
      rank: r,
      creatorKey: entry.key,
      handle: entry.handle,
      value,
      previousValue: ranked ? before : null,
      previousRank: beforeRank,
      rankChange: beforeRank !== null ? beforeRank - r : null,
      change: ranked ? value - before : null,
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
    byGmv: rows(index, now.gmv, before.gmv, settings.leaderboardSize),
    byConversion: rows(index, now.conversion, before.conversion, settings.leaderboardSize),
  };
}
