/**
 * The analytics leaderboard (`lib/analytics` `Leaderboard`) in the shape the weekly shout-out needs
 * (`WeeklyLeaderboard` in `lib/briefs/updates`). GMV change becomes relative (0.25 = up 25%);
 * conversion change stays in points (value − previous value). Unknown stays unknown (null).
 */
import type { Leaderboard, LeaderboardRow } from '../analytics/leaderboard';
import type { WeeklyLeaderboard } from './weekly-shoutout';

export interface LeaderboardNames {
  /** Handle and display name by creator key, when known. */
  lookup: (creatorKey: string) => { handle: string | null; displayName: string | null } | undefined;
  currency?: string | null;
}

/** A handle to show: the row's, the creator's, else the key without its prefix (`id:123` → `123`). */
function handleOf(row: LeaderboardRow, known: { handle: string | null } | undefined): string {
  return row.handle ?? known?.handle ?? row.creatorKey.replace(/^(id|h):/, '');
}

export function weeklyLeaderboardFrom(board: Leaderboard, names: LeaderboardNames): WeeklyLeaderboard {
  const who = (row: LeaderboardRow) => {
    const known = names.lookup(row.creatorKey);
    const displayName = known?.displayName?.trim();
    return { handle: handleOf(row, known), ...(displayName ? { displayName } : {}) };
  };
  return {
    weekOf: board.week.from,
    ...(names.currency ? { currency: names.currency } : {}),
    byGmv: board.byGmv.map((row) => ({
      ...who(row),
      gmv: row.value,
      change: row.previousValue !== null && row.previousValue > 0 && row.change !== null ? row.change / row.previousValue : null,
    })),
    byConversion: board.byConversion.map((row) => ({
      ...who(row),
      conversion: row.value,
      change: row.change,
    })),
  };
}
