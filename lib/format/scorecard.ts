/** A scorecard's figures, labelled and formatted for the creator view and the printable page. */
import type { Scorecard } from '../analytics/scorecard';
import { formatDayText } from './day';
import { formatMoneyValue, formatPace, formatRateValue } from './metric';
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
      value: withDetail(formatCount(card.posts), `(${card.videos ?? 0} videos, ${card.lives ?? 0} LIVEs)`),
    },
    { label: 'Posts per week vs agreed', value: formatPace(card.postsPerWeek, card.agreedPostsPerWeek) },
    { label: 'Output rate', value: formatRateValue(card.outputRate), hint: 'posts per week ÷ agreed' },
    { label: 'GMV', value: money(card.gmv) },
    { label: 'Orders', value: formatCount(card.orders) },
    { label: 'Clicks', value: formatCount(card.clicks) },
    { label: 'Conversion rate', value: formatRateValue(card.conversionRate), hint: 'orders ÷ clicks' },
    { label: 'Revenue per post', value: money(card.revenuePerPost) },
    { label: 'Est. commission', value: money(card.commission) },
    { label: 'Commission-to-revenue', value: formatRateValue(card.commissionToRevenue), hint: 'commission and flat fees ÷ GMV' },
    { label: 'Hook retention', value: formatRateValue(card.hookRetention), hint: 'still watching at 3 s' },
    { label: 'Repeat purchase rate', value: formatRateValue(card.repeatPurchaseRate) },
    {
      label: 'Samples received',
      value: withDetail(formatCount(card.samplesReceived), `(${card.samplesWithContent} with content)`),
    },
    { label: 'Net contribution', value: money(card.netContribution), hint: 'GMV − commission − fees − samples' },
    {
      label: 'Last post',
      value: card.lastPostDay ? { text: formatDayText(card.lastPostDay, year), unknown: false } : UNKNOWN,
    },
  ];
}
