/**
 * The scorecard export's columns, in the order the issue fixes them. One definition serves the CSV,
 * the XLSX and the tests: header text, the kind of value (which decides how it is written), and how
 * to read it from a row.
 */
import type { Scorecard, TierSuggestion } from '../analytics/index';
import type { ScorecardSourcedFigure } from '../analytics/scorecard';
import type { MetricSource } from '../analytics/metric-sources';
import { scorecardFlagLabels } from '../analytics/flag-labels';
import { sourceName } from '../analytics/metric-source-text';
import { tierName } from '../format/tier';

/** One creator's line: its scorecard and its open (not dismissed) tier suggestion. */
export interface ScorecardExportRow {
  card: Scorecard;
  suggestion: TierSuggestion | null;
  /** Seller Center's creator id, when known. */
  creatorId: string | null;
  /** Handle as displayed (case kept), without `@`. */
  handle: string | null;
}

/**
 * - `text`: neutralised against formulas (CSV), a text cell (XLSX).
 * - `count`: whole numbers. `number`: plain decimals. `money`: the shop currency, 2 decimals.
 * - `rate`: a fraction (0.034 for 3.4%), a percent cell in XLSX.
 * - `date`: `YYYY-MM-DD`, a date cell in XLSX.
 */
export type ExportColumnKind = 'text' | 'count' | 'number' | 'money' | 'rate' | 'date';

export interface ExportColumn {
  header: string;
  kind: ExportColumnKind;
  /** Null is unknown: an empty cell, never 0. Text for `text` and `date`, a number otherwise. */
  value: (row: ScorecardExportRow) => string | number | null;
  /** Width in characters for the XLSX. */
  width: number;
}

export const SCORECARD_COLUMNS: readonly ExportColumn[] = [
  { header: 'Creator ID', kind: 'text', width: 20, value: (r) => r.creatorId },
  { header: 'Handle', kind: 'text', width: 20, value: (r) => r.handle },
  { header: 'Display name', kind: 'text', width: 22, value: (r) => r.card.displayName },
  { header: 'Followers', kind: 'count', width: 11, value: (r) => r.card.followers },
  { header: 'Current tier', kind: 'text', width: 11, value: (r) => tierName(r.card.acceptedTier) },
  { header: 'Suggested tier', kind: 'text', width: 11, value: (r) => tierName(r.suggestion?.toTier) },
  { header: 'Suggestion reason', kind: 'text', width: 50, value: (r) => r.suggestion?.reason ?? null },
  { header: 'Agreed posts per week', kind: 'number', width: 10, value: (r) => r.card.agreedPostsPerWeek },
  { header: 'Posts', kind: 'count', width: 8, value: (r) => r.card.posts },
  { header: 'Output rate (%)', kind: 'rate', width: 9, value: (r) => r.card.outputRate },
  { header: 'Currency', kind: 'text', width: 8, value: (r) => r.card.currency },
  { header: 'GMV', kind: 'money', width: 12, value: (r) => r.card.gmv },
  { header: 'Orders', kind: 'count', width: 8, value: (r) => r.card.orders },
  { header: 'Clicks', kind: 'count', width: 9, value: (r) => r.card.clicks },
  { header: 'Conversion rate (%)', kind: 'rate', width: 10, value: (r) => r.card.conversionRate },
  { header: 'Revenue per post', kind: 'money', width: 12, value: (r) => r.card.revenuePerPost },
  { header: 'Est. commission', kind: 'money', width: 12, value: (r) => r.card.commission },
  { header: 'Agreed commission rate (%)', kind: 'rate', width: 10, value: (r) => r.card.agreedCommissionRate },
  { header: 'Flat fees', kind: 'money', width: 12, value: (r) => r.card.flatFees },
  { header: 'Sample cost', kind: 'money', width: 12, value: (r) => r.card.sampleCost },
  { header: 'Spark Ads spend', kind: 'money', width: 12, value: (r) => r.card.sparkAdsSpend },
  { header: 'Total cost', kind: 'money', width: 12, value: (r) => r.card.totalCost },
  { header: 'Commission-to-revenue (%)', kind: 'rate', width: 10, value: (r) => r.card.commissionToRevenue },
  { header: 'Hook retention (%)', kind: 'rate', width: 9, value: (r) => r.card.hookRetention },
  { header: 'Repeat purchase rate (%)', kind: 'rate', width: 9, value: (r) => r.card.repeatPurchaseRate },
  { header: 'Samples received', kind: 'count', width: 9, value: (r) => r.card.samplesReceived },
  { header: 'Net contribution', kind: 'money', width: 12, value: (r) => r.card.netContribution },
  { header: 'GMV per sample dollar', kind: 'number', width: 10, value: (r) => r.card.gmvPerSampleDollar },
  { header: 'Spark Ads return', kind: 'number', width: 10, value: (r) => r.card.sparkAdsReturn },
  { header: 'Last post date', kind: 'date', width: 11, value: (r) => r.card.lastPostDay },
  {
    header: 'Flags',
    kind: 'text',
    width: 40,
    value: (r) => {
      const labels = scorecardFlagLabels(r.card);
      return labels.length > 0 ? labels.join('; ') : null;
    },
  },
  ...sourceColumns('GMV', 'gmv'),
  ...sourceColumns('Orders', 'orders'),
  ...sourceColumns('Posts', 'posts'),
  ...sourceColumns('Clicks', 'clicks'),
  ...sourceColumns('Est. commission', 'commission'),
];

/** `GMV source`, `GMV period`, `GMV captured at`: where the figure came from (empty when unknown). */
function sourceColumns(label: string, key: ScorecardSourcedFigure): ExportColumn[] {
  const texts = (r: ScorecardExportRow) => {
    const source = r.card.sources[key];
    return source ? sourceTexts(source) : null;
  };
  return [
    { header: `${label} source`, kind: 'text', width: 28, value: (r) => texts(r)?.name ?? null },
    { header: `${label} period`, kind: 'text', width: 23, value: (r) => texts(r)?.period ?? null },
    { header: `${label} captured at`, kind: 'text', width: 17, value: (r) => texts(r)?.capturedAt ?? null },
  ];
}

interface SourceTexts {
  name: string;
  period: string;
  capturedAt: string | null;
}

/** A source's texts, once per source: creators with the same line items share one (metric-sources.ts). */
const textsBySource = new WeakMap<MetricSource, SourceTexts>();
function sourceTexts(source: MetricSource): SourceTexts {
  let texts = textsBySource.get(source);
  if (texts === undefined) {
    texts = { name: sourceName(source), period: `${source.from} – ${source.to}`, capturedAt: capturedAtText(source.capturedAt) };
    textsBySource.set(source, texts);
  }
  return texts;
}

/** `2026-11-20 10:05`, local time (a text cell: the seller's own clock). */
function capturedAtText(at: number | null): string | null {
  if (at === null) return null;
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Decimal places written per kind; CSV rates are percentages (3.4 for 3.4%), with `(%)` in the header. */
export const DECIMALS: Record<Exclude<ExportColumnKind, 'text' | 'date'>, number> = {
  count: 0,
  number: 4,
  money: 2,
  rate: 4,
};

/** `Creator.key` `id:7234` → `7234`; handle-keyed creators have no id. */
export function creatorIdFromKey(creatorKey: string): string | null {
  return creatorKey.startsWith('id:') ? creatorKey.slice(3) || null : null;
}

export interface CreatorNames {
  creatorId?: string;
  handleDisplay?: string;
}

/**
 * One row per scorecard, in the scorecards' order, each with its open suggestion (dismissed ones
 * are the seller's decision and are not exported as suggestions).
 */
export function scorecardExportRows(
  scorecards: readonly Scorecard[],
  suggestions: readonly TierSuggestion[],
  names?: (creatorKey: string) => CreatorNames | null | undefined,
): ScorecardExportRow[] {
  const open = new Map<string, TierSuggestion>();
  for (const s of suggestions) if (!s.dismissed) open.set(s.creatorKey, s);
  return scorecards.map((card) => {
    const known = names?.(card.creatorKey);
    const handle = known?.handleDisplay?.trim().replace(/^@+/, '') || card.handle;
    return {
      card,
      suggestion: open.get(card.creatorKey) ?? null,
      creatorId: known?.creatorId ?? creatorIdFromKey(card.creatorKey),
      handle: handle || null,
    };
  });
}
