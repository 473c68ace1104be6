/**
 * Where each scorecard figure of a window comes from (README.md, "Where each scorecard metric comes
 * from"). Per metric, the best source for the window:
 * 1. `reported`: a figure a page or file reported for exactly the window's period (the newest
 *    capture when several did);
 * 2. `dailies`: reported figures of shorter periods that together cover the window exactly, day by
 *    day, without overlap (daily figures, or two monthly files for a two-month window), summed;
 * 3. `reported` with an `offset`: the report whose period lies nearest the window when both its first
 *    and last day are within the tolerance (`periodToleranceDays`: a tenth of the window, at most 3
 *    days), used with its real period, and the difference said (a Manage creators capture from 3 days
 *    ago serves today's 90-day window);
 * 4. `line-items`: the sum of the captured line items (order lines created, videos posted in the
 *    window), which only covers what was captured;
 * 5. none: unknown (null), never 0 and never a silent partial sum.
 * Every chosen figure carries its source, period and capture time; the other sources' differing
 * values are kept as alternatives for the creator view. Money of another currency than the
 * scorecard's is never used (nor summed).
 */
import type { CreatorMetrics } from '../model/entities';
import type { ReportSource, ReportedFigures } from '../model/reported';
import { exactValue, isCurrencyCode, type CurrencyCode } from '../parse/quantity';
import { isoDay, type DayRange } from '../calendar/days';
import { fromMinor, toMinor } from './precision';
import type { CreatorEntry, IndexedReport } from './program-index-model';
import type { WindowMetrics } from './window-metrics';

export const SOURCED_METRICS = ['gmv', 'orders', 'commission', 'refundedGmv', 'videos', 'lives', 'clicks'] as const;
export type SourcedMetric = (typeof SOURCED_METRICS)[number];

const MONEY: ReadonlySet<SourcedMetric> = new Set(['gmv', 'commission', 'refundedGmv']);

export type SourceKind = 'reported' | 'dailies' | 'line-items';
/** Line items: affiliate order lines, or videos and LIVEs. */
export type LineItemSource = 'orders' | 'content';

export interface MetricSource {
  kind: SourceKind;
  /** The pages or files reported (several for dailies from more than one), or the line items' table. */
  sources: (ReportSource | LineItemSource)[];
  /** The period the figure covers, `YYYY-MM-DD`, both ends included. */
  from: string;
  to: string;
  /** When the newest (and oldest) of its parts was captured; null when unknown. */
  capturedAt: number | null;
  oldestCapturedAt: number | null;
  /** Reports summed, or line items counted. */
  parts: number;
  /** Clicks derived from CTR × product impressions of the same report. */
  derived?: 'ctr-x-impressions';
  /**
   * A report of a nearby period (within the tolerance), not the window's own: how many days its first
   * and last day lie after (positive) or before (negative) the window's.
   */
  offset?: PeriodOffset;
  /** Figures with the same basis come from one source and one period (ratios need that). */
  basis: string;
}

export interface PeriodOffset {
  start: number;
  end: number;
}

/** Most days a reported period's first or last day may lie from the window's and still serve it. */
export const MAX_PERIOD_OFFSET_DAYS = 3;

/**
 * How many days a report's period may be off a window of `windowDays` and still stand for it: a
 * tenth of the window, at most 3 days (7 days: exact only; 28 days: 2; 90 days: 3). Seller Center's
 * "last 90 days" captured on Monday is then still Thursday's 90-day figure, said as such.
 */
export function periodToleranceDays(windowDays: number): number {
  return Math.max(0, Math.min(MAX_PERIOD_OFFSET_DAYS, Math.floor(windowDays / 10)));
}

export interface SourcedFigure {
  value: number;
  source: MetricSource;
}

/** A figure another source gives for the same window, differing from the chosen one. */
export interface MetricAlternative extends SourcedFigure {
  metric: SourcedMetric;
}

export interface SourcedWindowFigures {
  figures: Record<SourcedMetric, SourcedFigure | null>;
  alternatives: MetricAlternative[];
  /** The window's line items as sources (the clicks of a conversion on the window's pieces name them too). */
  lineItems: LineItemSources;
}

/** The metric's value in a report (money only in `currency`, when one is set). */
export function reportedValue(report: ReportedFigures, metric: SourcedMetric, currency: CurrencyCode | null): number | null {
  const m: CreatorMetrics = report.metrics;
  if (MONEY.has(metric) && currency !== null) {
    const q = metric === 'gmv' ? m.gmv : metric === 'commission' ? m.estCommission : m.refundedGmv;
    const unit = q?.unit ?? report.currency;
    if (isCurrencyCode(unit) && unit !== currency) return null;
  }
  switch (metric) {
    case 'gmv':
      return exactValue(m.gmv);
    case 'orders':
      return exactValue(m.orders);
    case 'commission':
      return exactValue(m.estCommission);
    case 'refundedGmv':
      return exactValue(m.refundedGmv);
    case 'videos':
      return exactValue(m.videos);
    case 'lives':
      return exactValue(m.liveStreams);
    case 'clicks': {
      const ctr = exactValue(m.ctr);
      const impressions = exactValue(m.productImpressions);
      return ctr !== null && impressions !== null ? Math.round(ctr * impressions) : null;
    }
  }
}

function reportSource(reports: readonly IndexedReport[], kind: 'reported' | 'dailies', metric: SourcedMetric): MetricSource {
  const sources = [...new Set(reports.map((r) => r.report.source))];
  const times = reports.map((r) => r.report.capturedAt);
  const from = Math.min(...reports.map((r) => r.from));
  const to = Math.max(...reports.map((r) => r.to));
  return {
    kind,
    sources,
    from: isoDay(from),
    to: isoDay(to),
    capturedAt: Math.max(...times),
    oldestCapturedAt: Math.min(...times),
    parts: reports.length,
    ...(metric === 'clicks' ? { derived: 'ctr-x-impressions' as const } : {}),
    basis: `${kind}:${reports.map((r) => r.report.id).join('|')}`,
  };
}

function sumValues(values: readonly number[], metric: SourcedMetric): number {
  if (!MONEY.has(metric)) return values.reduce((a, b) => a + b, 0);
  return fromMinor(values.reduce((a, b) => a + toMinor(b), 0));
}

/**
 * The fewest reports (one per period: the newest capture) whose periods lie inside the window and
 * follow each other day by day from its first day to its last; null when none do.
 */
function coveringReports(candidates: readonly IndexedReport[], range: DayRange): IndexedReport[] | null {
  const byStart = new Map<number, IndexedReport[]>();
  const seenPeriods = new Set<string>();
  for (const r of candidates) {
    const period = `${r.from}:${r.to}`;
    if (seenPeriods.has(period)) continue; // newest first: the first of a period is its newest
    seenPeriods.add(period);
    const list = byStart.get(r.from) ?? [];
    list.push(r);
    byStart.set(r.from, list);
  }
  // Breadth-first over days: each report leads from its first day to the day after its last.
  const via = new Map<number, IndexedReport>([]);
  const reached = new Set<number>([range.from]);
  let frontier = [range.from];
  while (frontier.length > 0 && !reached.has(range.to + 1)) {
    const next: number[] = [];
    for (const day of frontier) {
      for (const r of byStart.get(day) ?? []) {
        const after = r.to + 1;
        if (reached.has(after)) continue;
        reached.add(after);
        via.set(after, r);
        next.push(after);
      }
    }
    frontier = next;
  }
  if (!reached.has(range.to + 1)) return null;
  const path: IndexedReport[] = [];
  for (let day = range.to + 1; day !== range.from; ) {
    const r = via.get(day)!;
    path.unshift(r);
    day = r.from;
  }
  return path;
}

/** Most creators have no report: one shared answer, not three empty collections per metric. */
const NOTHING_REPORTED: { chosen: null; others: SourcedFigure[] } = Object.freeze({ chosen: null, others: Object.freeze([]) as unknown as SourcedFigure[] });

/**
 * Reported candidates for one metric: the window's own period, then a covering of it, then the
 * nearest period within the tolerance.
 */
function reportedFigure(
  entry: CreatorEntry,
  range: DayRange,
  metric: SourcedMetric,
  currency: CurrencyCode | null,
): { chosen: SourcedFigure | null; others: SourcedFigure[] } {
  if (entry.reports.length === 0) return NOTHING_REPORTED;
  const matching: SourcedFigure[] = [];
  const inside: IndexedReport[] = [];
  const values = new Map<IndexedReport, number>();
  const tolerance = periodToleranceDays(range.to - range.from + 1);
  let nearest: { report: IndexedReport; value: number; distance: number } | null = null;
  for (const r of entry.reports) {
    const isInside = r.from >= range.from && r.to <= range.to;
    const distance = Math.abs(r.from - range.from) + Math.abs(r.to - range.to);
    const isNear = distance > 0 && Math.abs(r.from - range.from) <= tolerance && Math.abs(r.to - range.to) <= tolerance;
    if (!isInside && !isNear) continue;
    const value = reportedValue(r.report, metric, currency);
    if (value === null) continue;
    // Newest capture first: on equal distance the newer report stays the nearest.
    if (isNear && (nearest === null || distance < nearest.distance)) nearest = { report: r, value, distance };
    if (!isInside) continue;
    values.set(r, value);
    if (distance === 0) matching.push({ value, source: reportSource([r], 'reported', metric) });
    else inside.push(r);
  }
  const covering = coveringReports(inside, range);
  const dailies = covering
    ? { value: sumValues(covering.map((r) => values.get(r)!), metric), source: reportSource(covering, 'dailies', metric) }
    : null;
  const [first, ...rest] = matching;
  if (first) return { chosen: first, others: dailies ? [...rest, dailies] : rest };
  if (dailies || !nearest) return { chosen: dailies, others: [] };
  const offset = { start: nearest.report.from - range.from, end: nearest.report.to - range.to };
  return { chosen: { value: nearest.value, source: { ...reportSource([nearest.report], 'reported', metric), offset } }, others: [] };
}

/** The texts of the last range asked for: every creator's line items of a window share them (one basis string, not thousands). */
let rangeTexts = { from: NaN, to: NaN, fromText: '', toText: '', basis: '' };

/**
 * The one `sources` list of each line-item table, shared by every line-item source (every creator's
 * scorecard keeps two or three: no array each). Frozen: nothing may add to a shared list.
 */
const LINE_ITEM_TABLES: Readonly<Record<LineItemSource, LineItemSource[]>> = {
  content: Object.freeze(['content']) as LineItemSource[],
  orders: Object.freeze(['orders']) as LineItemSource[],
};

/**
 * The line-item sources of the last range asked for, by table and count, then capture time:
 * creators with the same ones share one (frozen) object. A few dozen serve 5,000 scorecards, so a
 * saved analysis stores, and reads back, each once (structured clone keeps shared objects shared).
 * Keyed by numbers, not by a text per scorecard (which formatted a timestamp thousands of times).
 */
let lineItemSourcesOfRange = new Map<number, Map<number | null, MetricSource>>();
let sharedSources = 0;
const MAX_SHARED_SOURCES = 10_000;

export function lineItemSource(source: LineItemSource, range: DayRange, parts: number, seenAt: number | null): MetricSource {
  let texts = rangeTexts;
  if (texts.from !== range.from || texts.to !== range.to || sharedSources >= MAX_SHARED_SOURCES) {
    const fromText = isoDay(range.from);
    const toText = isoDay(range.to);
    texts = rangeTexts = { from: range.from, to: range.to, fromText, toText, basis: `line-items:${fromText}:${toText}` };
    lineItemSourcesOfRange = new Map();
    sharedSources = 0;
  }
  // Counts are whole and not negative: the table is the key's sign.
  const tableAndCount = source === 'content' ? parts : -1 - parts;
  let byCapture = lineItemSourcesOfRange.get(tableAndCount);
  if (byCapture === undefined) lineItemSourcesOfRange.set(tableAndCount, (byCapture = new Map()));
  let shared = byCapture.get(seenAt);
  if (shared === undefined) {
    shared = Object.freeze({ kind: 'line-items', sources: LINE_ITEM_TABLES[source], from: texts.fromText, to: texts.toText, capturedAt: seenAt, oldestCapturedAt: null, parts, basis: texts.basis } as const);
    byCapture.set(seenAt, shared);
    sharedSources++;
  }
  return shared;
}

/** The line items of a window as sources: its pieces' and its order lines' (null when there are none). */
export interface LineItemSources {
  content: MetricSource | null;
  orders: MetricSource | null;
}

function lineItemSources(m: WindowMetrics, range: DayRange): LineItemSources {
  const lines = m.orderLines + m.excludedLines;
  return {
    content: m.posts > 0 ? lineItemSource('content', range, m.posts, m.piecesSeenAt) : null,
    orders: m.orderSource === 'orders' && lines > 0 ? lineItemSource('orders', range, lines, m.ordersSeenAt) : null,
  };
}

/** The captured line items' figure of a metric, when there are line items to sum. */
function lineItemFigure(m: WindowMetrics, metric: SourcedMetric, { content, orders }: LineItemSources): SourcedFigure | null {
  switch (metric) {
    case 'videos':
      return content && { value: m.videos, source: content };
    case 'lives':
      return content && { value: m.lives, source: content };
    case 'clicks':
      // Clicks only count with their orders (conversion); see `WindowMetrics.clicks`.
      return null;
    default: {
      if (m.orderSource === 'orders') {
        if (!orders) return null;
        const value = metric === 'gmv' ? m.gmv : metric === 'orders' ? m.orders : metric === 'commission' ? m.commission : m.refundedGmv;
        return value === null ? null : { value, source: orders };
      }
      if (m.orderSource === 'content' && content) {
        const value = metric === 'gmv' ? m.gmv : metric === 'orders' ? m.orders : metric === 'commission' ? m.commission : null;
        return value === null ? null : { value, source: content };
      }
      return null;
    }
  }
}

/** Whether two values differ as shown (money to the cent, counts exactly). */
function differs(a: number, b: number, metric: SourcedMetric): boolean {
  return MONEY.has(metric) ? toMinor(a) !== toMinor(b) : a !== b;
}

/** The alternatives of a window without reports: one shared list (every creator's scorecard keeps its list), frozen. */
const NO_ALTERNATIVES = Object.freeze([]) as unknown as MetricAlternative[];

/** Each sourced metric's best figure for the window, with the differing figures of other sources. */
export function sourceWindowFigures(
  entry: CreatorEntry,
  range: DayRange,
  m: WindowMetrics,
  currency: CurrencyCode | null,
): SourcedWindowFigures {
  // Every key from the start: one object shape for every creator.
  const figures: Record<SourcedMetric, SourcedFigure | null> = { gmv: null, orders: null, commission: null, refundedGmv: null, videos: null, lives: null, clicks: null };
  const lineItems = lineItemSources(m, range);
  // Most creators have no report: the line items are every figure, and there is no alternative.
  if (entry.reports.length === 0) {
    for (const metric of SOURCED_METRICS) figures[metric] = lineItemFigure(m, metric, lineItems);
    return { figures, alternatives: NO_ALTERNATIVES, lineItems };
  }
  const alternatives: MetricAlternative[] = [];
  for (const metric of SOURCED_METRICS) {
    const reported = reportedFigure(entry, range, metric, currency);
    const lineItem = lineItemFigure(m, metric, lineItems);
    const chosen = reported.chosen ?? lineItem;
    figures[metric] = chosen;
    // Alternatives only to a reported figure (the line items are the last resort): no array per metric otherwise.
    if (!reported.chosen) continue;
    for (const other of reported.others) {
      if (differs(other.value, reported.chosen.value, metric)) alternatives.push({ metric, ...other });
    }
    if (lineItem && differs(lineItem.value, reported.chosen.value, metric)) alternatives.push({ metric, ...lineItem });
  }
  return { figures, alternatives, lineItems };
}

/** Two figures from one source and period: a ratio of them means something. */
export function sameBasis(a: SourcedFigure | null, b: SourcedFigure | null): boolean {
  return a !== null && b !== null && a.source.basis === b.source.basis;
}

/** The scorecard's currency: the shop's (from orders), else that of the creator's newest report. */
export function reportCurrency(entry: CreatorEntry): CurrencyCode | null {
  for (const r of entry.reports) if (r.report.currency) return r.report.currency;
  return null;
}
