/**
 * What the Spark Ads list still lacks: of the videos posted in its age window, how many have clicks
 * (given, or CTR × product impressions), only an estimate (CTR × views), orders, and both. The view
 * turns this into which pages or files would supply the rest.
 */
import { localDayOfTimestamp } from '../calendar/days';
import type { ProgramIndex } from './program-index';
import type { AnalysisOptions } from './scorecard';
import { sparkClicks } from './spark-ads';
import { lowerBoundInt } from './stats';

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
  const pc = index.pieces;
  const gaps: SparkAdsGaps = { videos: 0, withClicks: 0, withEstimatedClicks: 0, withOrders: 0, withBoth: 0 };
  const scan = (rowsFrom: number, rowsTo: number) => {
    for (let pos = lowerBoundInt(pc.day, from, rowsFrom, rowsTo); pos < rowsTo && pc.day[pos]! <= asOfDay; pos++) {
      if (pc.isVideo[pos] !== 1) continue;
      gaps.videos++;
      const known = pc.clicks[pos]! === pc.clicks[pos]!;
      const clicks = sparkClicks(pc, pos);
      const orders = pc.orders[pos]!;
      if (known) gaps.withClicks++;
      else if (clicks === clicks) gaps.withEstimatedClicks++;
      if (orders === orders) gaps.withOrders++;
      if (clicks === clicks && orders === orders) gaps.withBoth++;
    }
  };
  for (const entry of index.entries) scan(entry.piecesFrom, entry.piecesTo);
  scan(index.orphanPieces.from, index.orphanPieces.to);
  return gaps;
}
