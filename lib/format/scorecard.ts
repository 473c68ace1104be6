/** A scorecard's figures, labelled and formatted for the creator view and the printable page. */
import type { Scorecard } from '../analytics/scorecard';
import { formatDayText } from './day';
import { formatMoneyValue, formatMultiple, formatPace, formatRateValue } from './metric';
import { formatCount, UNKNOWN, type FormattedValue } from './number';

export interface ScorecardFigure {
  label: string;
  value: FormattedValue;
  /** What the figure is, when the label alone does not say. */
  hint?: string;
}

export function scorecardFigures(card: Scorecard): ScorecardFigure[] {
  const money = (n: number | null) => formatMoneyValue(n, card.currency);
  const year = Number(card.window.to.slice(0, 4));
  const withDetail = (value: FormattedValue, detail: string): FormattedValue =>
    value.unknown ? value : { text: `${value.text} ${detail}`, unknown: false };
  return [
    { label: 'Followers', value: formatCount(card.followers) },
    {
      label: 'Posts',
      value: withDetail(formatCount(card.posts), `(${card.videos} videos, ${card.lives} LIVEs)`),
    },
    { label: 'Posts per week vs agreed', value: formatPace(card.postsPerWeek, card.agreedPostsPerWeek) },
    { label: 'Output rate', value: formatRateValue(card.outputRate), hint: 'posts per week ÷ agreed' },
    { label: 'GMV', value: money(card.gmv) },
    { label: 'Orders', value: formatCount(card.orders) },
    { label: 'Clicks', value: formatCount(card.clicks) },
    { label: 'Conversion rate', value: formatRateValue(card.conversionRate), hint: 'orders ÷ clicks' },
    { label: 'Revenue per post', value: money(card.revenuePerPost) },
    { label: 'Est. commission', value: money(card.commission) },
    { label: 'Agreed commission', value: formatRateValue(card.agreedCommissionRate) },
    { label: 'Flat fees', value: money(card.flatFees), hint: 'flat fee per post × posts' },
    { label: 'Commission-to-revenue', value: formatRateValue(card.commissionToRevenue), hint: 'commission and flat fees ÷ GMV' },
    { label: 'Hook retention', value: formatRateValue(card.hookRetention), hint: 'still watching at 3 s' },
    { label: 'Repeat purchase rate', value: formatRateValue(card.repeatPurchaseRate) },
    {
      label: 'Samples received',
      value: withDetail(formatCount(card.samplesReceived), `(${card.samplesWithContent} with content)`),
    },
    { label: 'Sample cost', value: money(card.sampleCost), hint: 'samples shipped in the window: their own cost, else the product’s, else the default' },
    { label: 'Spark Ads spend', value: money(card.sparkAdsSpend), hint: 'entered per video, for videos posted in the window' },
    { label: 'Total cost', value: money(card.totalCost), hint: 'commission + flat fees + samples + Spark Ads' },
    { label: 'Net contribution', value: money(card.netContribution), hint: 'GMV − total cost' },
    { label: 'GMV per sample dollar', value: formatMultiple(card.gmvPerSampleDollar), hint: 'GMV ÷ sample cost' },
    { label: 'Spark Ads return', value: formatMultiple(card.sparkAdsReturn), hint: 'GMV of boosted videos ÷ their Spark Ads spend' },
    {
      label: 'Last post',
      value: card.lastPostDay ? { text: formatDayText(card.lastPostDay, year), unknown: false } : UNKNOWN,
    },
  ];
}
