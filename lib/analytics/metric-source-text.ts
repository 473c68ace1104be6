/**
 * Where a scorecard figure comes from, in words: shown on hover/focus in the panel, printed on the
 * scorecard, and written as columns of the exports. See lib/analytics/metric-sources.ts.
 */
import type { MetricAlternative, MetricSource, PeriodOffset } from './metric-sources';
import type { Scorecard } from './scorecard';
import { formatPeriodText } from '../format/day';
import { formatMoneyValue } from '../format/metric';
import { formatCountText } from '../format/number';
import { formatDateTime } from '../format/time';

const NAMES: Record<MetricSource['sources'][number], string> = {
  'manage-creators': 'Manage creators',
  'creator-analysis': 'Creator analysis',
  'import:creators': 'Creator data file',
  orders: 'captured affiliate orders',
  content: 'captured videos and LIVEs',
};

/** A page's or file's name: `Manage creators`, `Creator data file`. */
export function reportSourceLabel(source: string): string {
  return (NAMES as Record<string, string>)[source] ?? source;
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/**
 * How a nearby report's period differs from the window: `3 days earlier than the window`, or
 * `starts 2 days earlier and ends 1 day later than the window`.
 */
export function offsetText(offset: PeriodOffset): string {
  const side = (n: number) => `${days(Math.abs(n))} ${n < 0 ? 'earlier' : 'later'}`;
  if (offset.start === offset.end) return `${side(offset.end)} than the window`;
  const parts = [offset.start !== 0 ? `starts ${side(offset.start)}` : null, offset.end !== 0 ? `ends ${side(offset.end)}` : null];
  return `${parts.filter(Boolean).join(' and ')} than the window`;
}

/**
 * `Manage creators`, `Manage creators (nearest period: 3 days earlier than the window)`,
 * `Creator analysis, 30 reports summed`, `captured affiliate orders (12 lines)`.
 */
export function sourceName(source: MetricSource): string {
  const names = source.sources.map((s) => NAMES[s]).join(' + ');
  if (source.kind === 'reported') return source.offset ? `${names} (nearest period: ${offsetText(source.offset)})` : names;
  if (source.kind === 'dailies') return `${names}, ${source.parts} reports summed`;
  const unit = source.sources[0] === 'orders' ? 'line' : 'piece';
  const capitalised = names.charAt(0).toUpperCase() + names.slice(1);
  return `${capitalised} (${source.parts} ${unit}${source.parts === 1 ? '' : 's'}; only what was captured)`;
}

/** `Nov 20, 2026, 10:00 AM`, or a span when the parts were captured on different occasions. */
export function capturedText(source: MetricSource): string | null {
  if (source.capturedAt === null) return null;
  const newest = formatDateTime(source.capturedAt);
  if (source.oldestCapturedAt === null || source.oldestCapturedAt === source.capturedAt) return newest;
  return `${formatDateTime(source.oldestCapturedAt)} – ${newest}`;
}

/** The whole description: source, period, capture time and how it was derived. */
export function describeSource(source: MetricSource): string {
  const parts = [`${sourceName(source)}, for ${formatPeriodText(source)}`];
  const captured = capturedText(source);
  if (captured) parts.push(`captured ${captured}`);
  if (source.derived === 'ctr-x-impressions') parts.push('clicks = CTR × product impressions');
  return `${parts.join('; ')}.`;
}

/** Why a figure is unknown, and what would supply it. */
export function unknownSourceText(window: { days: number; from: string; to: string }): string {
  const page = window.days === 90 ? 'capture Manage creators (its last 90 days), or ' : '';
  return (
    `No source covers ${formatPeriodText(window)}: ${page}capture Creator analysis set to exactly these dates, ` +
    'or import a Creator data file for them; captured orders and videos of the window also count, as what was captured.'
  );
}

const METRIC_LABELS: Record<MetricAlternative['metric'], string> = {
  gmv: 'GMV',
  orders: 'Orders',
  commission: 'Est. commission',
  refundedGmv: 'Refunded GMV',
  videos: 'Videos',
  lives: 'LIVEs',
  clicks: 'Clicks',
};

/** `GMV: $88,100.00 shown (Manage creators …); captured affiliate orders give $35.10 (…)`, one line per disagreement. */
export function alternativeTexts(card: Scorecard): string[] {
  return card.alternatives.map((alt) => {
    const money = alt.metric === 'gmv' || alt.metric === 'commission' || alt.metric === 'refundedGmv';
    const format = (n: number) => (money ? formatMoneyValue(n, card.currency).text : formatCountText(n));
    const chosen = chosenValue(card, alt.metric);
    const shown = chosen === null ? '' : ` ${format(chosen)} shown;`;
    return `${METRIC_LABELS[alt.metric]}:${shown} ${sourceName(alt.source)} gives ${format(alt.value)} for ${formatPeriodText(alt.source)}.`;
  });
}

function chosenValue(card: Scorecard, metric: MetricAlternative['metric']): number | null {
  return (card[metric] as number | null | undefined) ?? null;
}
