/**
 * What the Spark Ads list still lacks: of the videos posted in its age window, how many have clicks
 * (given, or CTR × product impressions), only an estimate (CTR × views), orders, and both. The view
 * turns this into which pages or files would supply the rest.
 */
import { localDayOfTimestamp } from '../calendar/days';
import type { ProgramIndex } from './program-index-model';
import type { AnalysisOptions } from './scorecard';
import { sparkClicks } from './spark-ads';

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
  for (const video of index.sparkPieces ?? []) {
    if (video.day < from || video.day > asOfDay) continue;
    gaps.videos++;
    const known = video.clicks === video.clicks;
    const clicks = sparkClicks(video);
    const orders = video.orders;
    if (known) gaps.withClicks++;
    else if (clicks === clicks) gaps.withEstimatedClicks++;
    if (orders === orders) gaps.withOrders++;
    if (clicks === clicks && orders === orders) gaps.withBoth++;
  }
  return gaps;
}
