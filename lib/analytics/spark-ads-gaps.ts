/**
 * What the Spark Ads list still lacks: of the videos posted in its age window, how many have clicks
 * (given, or CTR × product impressions), only an estimate (CTR × views), orders, and both. The view
 * turns this into which pages or files would supply the rest.
 */
import { localDayOfTimestamp } from '../calendar/days';
import type { ProgramIndex } from './program-index-model';
import type { AnalysisOptions } from './scorecard';
import { sparkClicksAt } from './spark-pieces';

export interface SparkAdsGaps {
  /** Videos posted in the last `sparkAdsMaxAgeDays` days. */
  videos: number;
  /** Of those, with clicks given or derived from CTR × product impressions. */
  withClicks: number;
  /** Of those, with only an estimate (CTR × views). */
  withEstimatedClicks: number;
  withOrders: number;
  /** With clicks (or an estimate) and orders both known. */
  withBoth: number;
}

export function sparkAdsGaps(index: ProgramIndex, options: AnalysisOptions): SparkAdsGaps {
  const asOfDay = localDayOfTimestamp(options.asOf);
  const from = asOfDay - options.settings.sparkAdsMaxAgeDays + 1;
  const gaps: SparkAdsGaps = { videos: 0, withClicks: 0, withEstimatedClicks: 0, withOrders: 0, withBoth: 0 };
  const videos = index.sparkPieces;
  for (let at = 0; videos && at < videos.length; at++) {
    const day = videos.day[at]!;
    if (day < from || day > asOfDay) continue;
    gaps.videos++;
    const known = videos.clicks[at] === videos.clicks[at];
    const clicks = sparkClicksAt(videos, at);
    const orders = videos.orders[at]!;
    if (known) gaps.withClicks++;
    else if (clicks === clicks) gaps.withEstimatedClicks++;
    if (orders === orders) gaps.withOrders++;
    if (clicks === clicks && orders === orders) gaps.withBoth++;
  }
  return gaps;
}
