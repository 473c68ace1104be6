/**
 * Creator updates (playbook §9): lifecycle messages — new product, commission increase, campaign,
 * incentive, tips on what converts — and a weekly shout-out built from the leaderboard, ready to
 * paste into the channel the program uses.
 *
 * Template syntax: `{placeholder}` is filled from data; `**text**` is bold in the channel's own
 * syntax; `[[ … ]]` is an optional segment, dropped when a placeholder inside it has no value.
 */
import { z } from 'zod';
import { bestAngle, type AnglePerformance, type BestAngleOptions } from './angle-performance';
import { formatDayLong } from '../format/day';
import { IN_BRIEFS, formatMoneyText, formatPercentText } from '../format/number';
import { bold, literal, type Channel } from './channel-text';
import { HOOK_ANGLE_GUIDES } from './guidance';

export const UPDATE_KINDS = ['new-product', 'commission-increase', 'campaign', 'incentive', 'tip'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

export interface UpdateTemplate {
  id: string;
  kind: UpdateKind;
  name: string;
  subject: string;
  body: string;
}

export const updateTemplateSchema: z.ZodType<UpdateTemplate> = z.object({
  id: z.string().min(1),
  kind: z.enum(UPDATE_KINDS),
  name: z.string(),
  subject: z.string(),
  body: z.string(),
});

export const UPDATE_PLACEHOLDERS = [
  'greeting',
  'creatorName',
  'productName',
  'oldRate',
  'newRate',
  'campaignName',
  'dates',
  'incentive',
  'tip',
  'signOff',
] as const;
export type UpdatePlaceholder = (typeof UPDATE_PLACEHOLDERS)[number];

export const UPDATE_TEMPLATES: readonly UpdateTemplate[] = [
  {
    id: 'new-product',
    kind: 'new-product',
    name: 'New product',
    subject: 'New for you to promote: {productName}',
    body:
      '{greeting}\n\n' +
      '**{productName}** just landed in our TikTok Shop and it is open for you to promote[[ at {newRate} commission]].\n\n' +
      'Request a free sample in Affiliate Center and we will ship it quickly. The first videos on a new product get the most reach.\n\n' +
      '{signOff}',
  },
  {
    id: 'commission-increase',
    kind: 'commission-increase',
    name: 'Commission increase',
    subject: 'Your commission on {productName} is going up',
    body:
      '{greeting}\n\n' +
      'Good news: your commission on **{productName}** is going up from {oldRate} to **{newRate}**[[ for {dates}]].\n\n' +
      'Every sale you drive earns the higher rate, so now is a great time to post.\n\n' +
      '{signOff}',
  },
  {
    id: 'campaign',
    kind: 'campaign',
    name: 'Campaign',
    subject: '{campaignName}: {dates}',
    body:
      '{greeting}\n\n' +
      '**{campaignName}** runs {dates}[[ on {productName}]][[, with {newRate} commission]].\n\n' +
      'Shoppers are out in force during campaigns: get your videos up early and point viewers at the TikTok Shop link.\n\n' +
      '{signOff}',
  },
  {
    id: 'incentive',
    kind: 'incentive',
    name: 'New incentive',
    subject: 'New for our creators: {incentive}',
    body:
      '{greeting}\n\n' +
      'New for our creators: **{incentive}**[[ ({dates})]].\n\n' +
      'Reply here if you have any questions.\n\n' +
      '{signOff}',
  },
  {
    id: 'tip',
    kind: 'tip',
    name: 'Tip: what converts',
    subject: 'What is converting right now',
    body:
      '{greeting}\n\n' +
      'A quick tip on what is converting right now:\n\n' +
      '**{tip}**\n\n' +
      'Try it in your next video[[ for {productName}]] and tell us how it goes.\n\n' +
      '{signOff}',
  },
];

export interface DateRange {
  /** `YYYY-MM-DD`. */
  start: string;
  end?: string;
}

export interface UpdateData {
  creatorName?: string | null;
  productName?: string | null;
  /** Fractions (0.15 = 15%) or text as the seller wants it shown. */
  oldRate?: number | string | null;
  newRate?: number | string | null;
  campaignName?: string | null;
  dates?: string | DateRange | null;
  incentive?: string | null;
  tip?: string | null;
  senderName?: string | null;
  /** `group` greets everyone (for group chats) instead of one creator. */
  audience?: 'creator' | 'group';
}

export interface RenderedUpdate {
  channel: Channel;
  subject: string;
  text: string;
  /** Placeholders that had no value and were left in the text as `{name}`. */
  missing: string[];
}

/** `11 May 2026`, `11–17 May 2026`, `28 Apr – 4 May 2026`, `30 Dec 2026 – 3 Jan 2027`. */
export function formatDateRange(range: DateRange): string {
  const start = formatDayLong(range.start);
  if (!range.end || range.end === range.start) return start;
  const end = formatDayLong(range.end);
  const [sd, sm, sy] = start.split(' ');
  const [ed, em, ey] = end.split(' ');
  if (!sy || !ey || !sd || !ed) return `${start} – ${end}`;
  if (sy === ey && sm === em) return `${sd}–${ed} ${em} ${ey}`;
  if (sy === ey) return `${sd} ${sm} – ${ed} ${em} ${ey}`;
  return `${start} – ${end}`;
}

function rate(value: number | string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? formatPercentText(value, IN_BRIEFS) : undefined;
  return value.trim() || undefined;
}

function text(value: string | null | undefined): string | undefined {
  return value?.trim() || undefined;
}

function placeholderValues(data: UpdateData): Record<string, string | undefined> {
  const creatorName = text(data.creatorName);
  const sender = text(data.senderName);
  return {
    greeting: data.audience === 'group' ? 'Hi everyone,' : creatorName ? `Hi ${creatorName},` : 'Hi there,',
    creatorName,
    productName: text(data.productName),
    oldRate: rate(data.oldRate),
    newRate: rate(data.newRate),
    campaignName: text(data.campaignName),
    dates: typeof data.dates === 'string' ? text(data.dates) : data.dates ? formatDateRange(data.dates) : undefined,
    incentive: text(data.incentive),
    tip: text(data.tip),
    signOff: sender ? `Thanks,\n${sender}` : 'Thanks!',
  };
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills a template string for a channel; see the file comment for the syntax. */
export function fillTemplate(
  template: string,
  values: Record<string, string | undefined>,
  channel: Channel,
): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const known = (key: string) => values[key] !== undefined;
  // Optional segments first: dropped whole when any placeholder inside is unknown.
  const source = template.replace(/\[\[([\s\S]*?)\]\]/g, (_whole, inner: string) =>
    [...inner.matchAll(PLACEHOLDER)].every((m) => known(m[1] ?? '')) ? inner : '',
  );
  const fill = (segment: string) =>
    segment.replace(PLACEHOLDER, (whole, key: string) => {
      const value = values[key];
      if (value === undefined) {
        missing.add(key);
        return whole;
      }
      // Greeting and sign-off are our own text, not the seller's: nothing to escape.
      return key === 'greeting' || key === 'signOff' ? value : literal(channel, value);
    });
  // Bold segments and the plain text between them are filled separately, so values are
  // inserted once and never re-read as template syntax.
  let text = '';
  let last = 0;
  for (const m of source.matchAll(/\*\*([\s\S]+?)\*\*/g)) {
    text += fill(source.slice(last, m.index));
    text += bold(channel, fill(m[1] ?? ''));
    last = m.index + m[0].length;
  }
  text += fill(source.slice(last));
  return { text, missing: [...missing] };
}

/** The placeholders a template uses, subject first, each once in order of first use. */
export function templatePlaceholders(template: UpdateTemplate): string[] {
  return [...new Set([...`${template.subject}\n${template.body}`.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/** Renders one update template with data for a channel. */
export function renderUpdate(template: UpdateTemplate, data: UpdateData, channel: Channel = 'plain'): RenderedUpdate {
  const values = placeholderValues(data);
  const body = fillTemplate(template.body, values, channel);
  const subject = fillTemplate(template.subject, values, 'plain');
  return {
    channel,
    subject: subject.text,
    text: body.text,
    missing: [...new Set([...subject.missing, ...body.missing])],
  };
}

/** The built-in template for a kind. */
export function updateTemplateFor(kind: UpdateKind): UpdateTemplate {
  const found = UPDATE_TEMPLATES.find((t) => t.kind === kind);
  if (!found) throw new Error(`No update template for ${kind}`);
  return found;
}

/**
 * A "what converts" tip from hook-angle results, for the tip template; null when no angle has
 * results yet.
 */
export function whatConvertsTip(results: readonly AnglePerformance[], options: BestAngleOptions = {}): string | null {
  const best = bestAngle(results, options);
  if (!best) return null;
  const name = best.angle === 'custom' ? `"${best.label}"` : best.label.toLowerCase();
  const opener = best.angle !== 'custom' ? ` Try opening with something like "${HOOK_ANGLE_GUIDES[best.angle].openers[0]}".` : '';
  const posts = (n: number) => `${n} post${n === 1 ? '' : 's'}`;
  if (best.basis === 'conversion') {
    return (
      `Videos with a ${name} hook convert best right now: ${formatPercentText(best.value, IN_BRIEFS)} of clicks become orders ` +
      `(across ${posts(best.performance.conversionPieces)}).${opener}`
    );
  }
  return (
    `Videos with a ${name} hook earn the most per post right now: ${formatMoneyText(best.value, best.performance.currency, IN_BRIEFS)} ` +
    `per post (across ${posts(best.performance.gmvPieces)}).${opener}`
  );
}

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
