/**
 * Clicks on a content piece, the one definition every view counts with (scorecards, Spark Ads,
 * leaderboard, hook-angle results): Seller Center shows clicks for some pieces and only CTR and
 * product impressions for others; the product of those is a click count, so it is rounded.
 */
import type { ContentPiece } from '../model/entities';
import { exactValue } from '../parse/quantity';

/** Clicks on a piece: the `clicks` metric, else CTR × product impressions (rounded). */
export function pieceClicks(metrics: ContentPiece['metrics']): number | null {
  const clicks = exactValue(metrics.clicks);
  if (clicks !== null) return clicks;
  const ctr = exactValue(metrics.ctr);
  const impressions = exactValue(metrics.productImpressions);
  return ctr !== null && impressions !== null ? Math.round(ctr * impressions) : null;
}
