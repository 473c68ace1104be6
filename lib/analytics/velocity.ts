/**
 * Content velocity (playbook §4): new pieces per week across the roster, weeks starting Monday on
 * the local calendar, plus each creator's pace against the agreed rate.
 * Weeks are computed on day numbers (see days.ts), so a daylight-saving change inside a week
 * changes nothing: a post's week is decided by its local calendar day alone.
 */
import { isoDay, localDayOfTimestamp, mondayOf, windowEndingOn } from '../calendar/days';
import type { ProgramIndex } from './program-index-model';
import type { AnalysisOptions } from './scorecard';
import { lowerBoundInt } from './stats';
import { postsInRange } from './window-metrics';

export interface VelocityWeek {
  /** Monday, `YYYY-MM-DD`. */
  weekStart: string;
  posts: number;
  videos: number;
  lives: number;
  /** Creators with at least one post that week. */
  activeCreators: number;
  /** Posts minus the previous week's; null for the first week shown. */
  change: number | null;
  /** change ÷ previous week's posts; null when that was 0 or unknown. */
  changeRatio: number | null;
  /** The current week, still running on the day of `asOf`. */
  partial: boolean;
  /** Days of the week up to and including the day of `asOf` (7 for complete weeks). */
  daysCovered: number;
}

export interface CreatorPace {
  creatorKey: string;
  handle: string | null;
  posts: number;
  windowDays: number;
  postsPerWeek: number;
  agreedPostsPerWeek: number;
  /** agreed − actual per week; positive means behind. */
  shortfallPerWeek: number;
  /** actual ÷ agreed. */
  paceRatio: number;
}

export interface ContentVelocity {
  weeks: VelocityWeek[];
  /** Last complete week against the one before it (the running week is not compared). */
  weekOverWeek: { weekStart: string; posts: number; change: number | null; changeRatio: number | null } | null;
  /** Creators with an agreed rate, by key. */
  pace: CreatorPace[];
  /** Creators below their agreed rate, furthest behind first. */
  behindPace: CreatorPace[];
  /** Stored pieces without a post date (not in any week). */
  undatedPosts: number;
}

export function contentVelocity(index: ProgramIndex, options: AnalysisOptions): ContentVelocity {
  const { settings } = options;
  const asOfDay = localDayOfTimestamp(options.asOf);
  const weekCount = settings.velocityWeeks;
  const firstMonday = mondayOf(asOfDay) - 7 * (weekCount - 1);
  const posts = new Float64Array(weekCount);
  const videos = new Float64Array(weekCount);
  const creatorsPerWeek = new Int32Array(weekCount);

  const { day: days, posts: postsOf, videos: videosOf } = index.cells;
  // One walk over each owner's cells of the weeks shown (by day: a binary search finds the first),
  // the creators' and those of pieces without a creator (counted in posts, not in active creators).
  const addWeeks = (from: number, to: number, creator: boolean): void => {
    let lastWeek = -1;
    for (let row = lowerBoundInt(days, firstMonday, from, to); row < to; row++) {
      const day = days[row]!;
      if (day > asOfDay) break;
      const n = postsOf[row]!;
      if (n === 0) continue;
      const w = Math.floor((day - firstMonday) / 7);
      posts[w]! += n;
      videos[w]! += videosOf[row]!;
      if (creator && w !== lastWeek) {
        creatorsPerWeek[w]!++;
        lastWeek = w;
      }
    }
  };
  for (const entry of index.entries) addWeeks(entry.cellsFrom, entry.cellsTo, true);
  addWeeks(index.orphanCells.from, index.orphanCells.to, false);

  const weeks: VelocityWeek[] = [];
  for (let w = 0; w < weekCount; w++) {
    const monday = firstMonday + 7 * w;
    const count = posts[w]!;
    const previous = w > 0 ? posts[w - 1]! : null;
    const daysCovered = Math.min(7, asOfDay - monday + 1);
    weeks.push({
      weekStart: isoDay(monday),
      posts: count,
      videos: videos[w]!,
      lives: count - videos[w]!,
      activeCreators: creatorsPerWeek[w]!,
      change: previous === null ? null : count - previous,
      changeRatio: previous === null || previous === 0 ? null : (count - previous) / previous,
      partial: daysCovered < 7,
      daysCovered,
    });
  }
  const complete = weeks.filter((w) => !w.partial);
  const last = complete.at(-1);
  const weekOverWeek = last
    ? { weekStart: last.weekStart, posts: last.posts, change: last.change, changeRatio: last.changeRatio }
    : null;

  const range = windowEndingOn(asOfDay, settings.paceWindowDays);
  const pace: CreatorPace[] = [];
  for (const entry of index.entries) {
    const agreed = entry.program?.agreedPostsPerWeek ?? null;
    if (agreed === null || agreed <= 0) continue;
    const n = postsInRange(entry, index, range);
    const postsPerWeek = n / (settings.paceWindowDays / 7);
    pace.push({
      creatorKey: entry.key,
      handle: entry.handle,
      posts: n,
      windowDays: settings.paceWindowDays,
      postsPerWeek,
      agreedPostsPerWeek: agreed,
      shortfallPerWeek: agreed - postsPerWeek,
      paceRatio: postsPerWeek / agreed,
    });
  }
  const behindPace = pace
    .filter((p) => p.postsPerWeek < p.agreedPostsPerWeek)
    .sort((a, b) => b.shortfallPerWeek - a.shortfallPerWeek || (a.creatorKey < b.creatorKey ? -1 : 1));
  return { weeks, weekOverWeek, pace, behindPace, undatedPosts: index.undatedPieces };
}
