/** The weekly shout-out creator update, built from the leaderboard, ready to paste into the program's channel. */
import { formatDayLong } from '../format/day';
import { IN_BRIEFS, formatMoneyText, formatPercentText } from '../format/number';
import { bold, literal, type Channel } from './channel-text';

export interface LeaderboardGmvEntry {
  /** Handle with or without `@`. */
  handle: string;
  displayName?: string;
  /** Null when unknown: such entries are left out, never shown as 0. */
  gmv: number | null;
  currency?: string;
  /** Change on the previous week as a fraction (0.25 = up 25%). */
  change?: number | null;
}

export interface LeaderboardConversionEntry {
  handle: string;
  displayName?: string;
  /** Orders ÷ clicks as a fraction; null when unknown. */
  conversion: number | null;
  /** Change on the previous week in percentage points, as a fraction (0.011 = +1.1 pts). */
  change?: number | null;
}

/** The week's leaderboard as the shout-out needs it (the analytics leaderboard maps onto this). */
export interface WeeklyLeaderboard {
  /** First day of the week, `YYYY-MM-DD`. */
  weekOf: string;
  /** Default currency for GMV entries without their own. */
  currency?: string;
  byGmv: LeaderboardGmvEntry[];
  byConversion: LeaderboardConversionEntry[];
}

export interface ShoutoutOptions {
  channel?: Channel;
  /** How many creators per list (default 3). */
  top?: number;
  /** A tactic that worked, shared with the group (e.g. from `whatConvertsTip`). */
  tip?: string | null;
}

const MEDALS = ['🥇', '🥈', '🥉'];

function who(entry: { handle: string; displayName?: string }): string {
  const handle = `@${entry.handle.trim().replace(/^@+/, '')}`;
  const name = entry.displayName?.trim();
  return name && name.toLowerCase() !== handle.slice(1).toLowerCase() ? `${name} (${handle})` : handle;
}

function rank(i: number): string {
  return MEDALS[i] ?? `${i + 1}.`;
}

function gmvChange(change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change) || change === 0) return '';
  return ` (${change > 0 ? 'up' : 'down'} ${formatPercentText(Math.abs(change), IN_BRIEFS)} on last week)`;
}

function pointsChange(change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '';
  const pts = Math.round(change * 1000) / 10;
  if (pts === 0) return '';
  return ` (${pts > 0 ? '+' : '−'}${Math.abs(pts).toFixed(1)} pts)`;
}

/** A group-chat-ready shout-out for the week's top creators by GMV and by conversion. */
export function weeklyShoutout(board: WeeklyLeaderboard, options: ShoutoutOptions = {}): string {
  const channel = options.channel ?? 'plain';
  const top = Math.max(1, options.top ?? 3);
  const lit = (s: string) => literal(channel, s);
  const byGmv = board.byGmv
    .filter((e): e is LeaderboardGmvEntry & { gmv: number } => e.gmv !== null && Number.isFinite(e.gmv) && e.gmv > 0)
    .sort((a, b) => b.gmv - a.gmv)
    .slice(0, top);
  const byConversion = board.byConversion
    .filter(
      (e): e is LeaderboardConversionEntry & { conversion: number } =>
        e.conversion !== null && Number.isFinite(e.conversion) && e.conversion > 0,
    )
    .sort((a, b) => b.conversion - a.conversion)
    .slice(0, top);

  const blocks = [`🏆 ${bold(channel, `Weekly shout-out: week of ${formatDayLong(board.weekOf)}`)}`];
  if (byGmv.length === 0 && byConversion.length === 0) {
    blocks.push('No sales tracked this week yet. Let us change that next week! 💪');
    return blocks.join('\n\n');
  }
  if (byGmv.length > 0) {
    blocks.push(
      [
        bold(channel, 'Top sellers (GMV)'),
        ...byGmv.map(
          (e, i) => `${rank(i)} ${lit(who(e))}: ${formatMoneyText(e.gmv, e.currency ?? board.currency, IN_BRIEFS)}${gmvChange(e.change)}`,
        ),
      ].join('\n'),
    );
  }
  if (byConversion.length > 0) {
    blocks.push(
      [
        bold(channel, 'Best converters (orders per click)'),
        ...byConversion.map((e, i) => `${rank(i)} ${lit(who(e))}: ${formatPercentText(e.conversion, IN_BRIEFS)}${pointsChange(e.change)}`),
      ].join('\n'),
    );
  }
  const tip = options.tip?.trim();
  if (tip) blocks.push(`💡 ${bold(channel, 'What worked:')} ${lit(tip)}`);
  blocks.push('Great work, everyone! Keep the posts coming 🙌');
  return blocks.join('\n\n');
}
