/** A scorecard's figures, labelled and formatted for the creator view and the printable page. */
import type { Scorecard, ScorecardSourcedFigure } from './scorecard';
import { describeSource, unknownSourceText } from './metric-source-text';
import { formatDayText } from '../format/day';
import { formatMoneyValue, formatMultiple, formatPace, formatRateValue } from '../format/metric';
import { formatCount, formatMoneyText, MONEY_COMPACT_FROM, UNKNOWN, type FormattedValue } from '../format/number';

export interface ScorecardFigure {
  label: string;
  value: FormattedValue;
  /** What the figure is, when the label alone does not say. */
  hint?: string;
  /** Where the figure comes from (source, period, capture time), or why it is unknown. */
  source?: string;
}

const RATIO_NOT_COMPUTED = 'Not computed: its parts are unknown, or come from different sources or periods.';

/** Source text of a figure: its source, else why it is unknown. */
function sourceOf(card: Scorecard, key: ScorecardSourcedFigure, ratio = false): string {
  const source = card.sources[key];
  if (source) return describeSource(source);
  return ratio ? RATIO_NOT_COMPUTED : unknownSourceText(card.window);
}

/** The figures a report can supply, shown for each reported period on the creator view. */
export const REPORTED_PERIOD_FIGURES: readonly string[] = ['Posts', 'GMV', 'Orders', 'Clicks', 'Conversion rate', 'Revenue per post', 'Est. commission'];

/** Money shown compact (`$4.5K`) says its exact amount where the figure's source is read. */
function withExactAmount(n: number | null, currency: Scorecard['currency'], source: string | undefined): { source?: string } {
  const exact = n !== null && Math.abs(n) >= MONEY_COMPACT_FROM ? `Exactly ${formatMoneyText(n, currency, { compact: false })}.` : null;
  const text = [exact, source].filter(Boolean).join(' ');
  return text ? { source: text } : {};
}

export function scorecardFigures(card: Scorecard): ScorecardFigure[] {
  const money = (n: number | null) => formatMoneyValue(n, card.currency);
  const exact = (n: number | null, source?: string) => withExactAmount(n, card.currency, source);
  const year = Number(card.window.to.slice(0, 4));
  const withDetail = (value: FormattedValue, detail: string): FormattedValue =>
    value.unknown ? value : { text: `${value.text} ${detail}`, unknown: false };
  return [
    { label: 'Followers', value: formatCount(card.followers) },
    {
      label: 'Posts',
      value: withDetail(formatCount(card.posts), `(${card.videos ?? 0} videos, ${card.lives ?? 0} LIVEs)`),
      source: sourceOf(card, 'posts'),
    },
    { label: 'Posts per week vs agreed', value: formatPace(card.postsPerWeek, card.agreedPostsPerWeek) },
    { label: 'Output rate', value: formatRateValue(card.outputRate), hint: 'posts per week ÷ agreed' },
    { label: 'GMV', value: money(card.gmv), ...exact(card.gmv, sourceOf(card, 'gmv')) },
    { label: 'Orders', value: formatCount(card.orders), source: sourceOf(card, 'orders') },
    { label: 'Clicks', value: formatCount(card.clicks), source: sourceOf(card, 'clicks') },
    { label: 'Conversion rate', value: formatRateValue(card.conversionRate), hint: 'orders ÷ clicks', source: sourceOf(card, 'conversionRate', true) },
    { label: 'Revenue per post', value: money(card.revenuePerPost), ...exact(card.revenuePerPost, sourceOf(card, 'revenuePerPost', true)) },
    { label: 'Est. commission', value: money(card.commission), ...exact(card.commission, sourceOf(card, 'commission')) },
    { label: 'Agreed commission', value: formatRateValue(card.agreedCommissionRate) },
    { label: 'Flat fees', value: money(card.flatFees), hint: 'flat fee per post × posts', ...exact(card.flatFees) },
    {
      label: 'Commission-to-revenue',
      value: formatRateValue(card.commissionToRevenue),
      hint: 'commission and flat fees ÷ GMV',
      source: sourceOf(card, 'commissionToRevenue', true),
    },
    { label: 'Hook retention', value: formatRateValue(card.hookRetention), hint: 'still watching at 3 s' },
    { label: 'Repeat purchase rate', value: formatRateValue(card.repeatPurchaseRate) },
    {
      label: 'Samples received',
      value: withDetail(formatCount(card.samplesReceived), `(${card.samplesWithContent} with content)`),
    },
    {
      label: 'Sample cost',
      value: money(card.sampleCost),
      hint: 'samples shipped in the window: their own cost, else the product’s, else the default',
      ...exact(card.sampleCost),
    },
    { label: 'Spark Ads spend', value: money(card.sparkAdsSpend), hint: 'entered per video, for videos posted in the window', ...exact(card.sparkAdsSpend) },
    { label: 'Total cost', value: money(card.totalCost), hint: 'commission + flat fees + samples + Spark Ads', ...exact(card.totalCost) },
    { label: 'Net contribution', value: money(card.netContribution), hint: 'GMV − total cost', ...exact(card.netContribution) },
    { label: 'GMV per sample dollar', value: formatMultiple(card.gmvPerSampleDollar), hint: 'GMV ÷ sample cost' },
    { label: 'Spark Ads return', value: formatMultiple(card.sparkAdsReturn), hint: 'GMV of boosted videos ÷ their Spark Ads spend' },
    {
      label: 'Last post',
      value: card.lastPostDay ? { text: formatDayText(card.lastPostDay, year), unknown: false } : UNKNOWN,
    },
  ];
}
