/**
 * What the Spark Ads view says it still lacks, naming the pages and files that supply it and not
 * asking again for a page already captured.
 */
import type { SparkAdsGaps } from './spark-ads-gaps';
import type { PageKind } from '../pages/page-kind';
import { countNoun } from '../format/number';

export function sparkAdsGuidance(gaps: SparkAdsGaps, visited: ReadonlySet<PageKind>, maxAgeDays: number): string[] {
  const lines: string[] = [];
  const videoAnalysisSeen = visited.has('video-analysis');
  if (gaps.videos === 0) {
    lines.push(
      videoAnalysisSeen
        ? `No video posted in the last ${maxAgeDays} days is stored yet: set Video analysis to a recent date range, or import a recent Video data file.`
        : `No videos yet: open Video analysis in Seller Center, or import a Video data file.`,
    );
    return lines;
  }
  const noClicks = gaps.videos - gaps.withClicks - gaps.withEstimatedClicks;
  if (noClicks > 0) {
    lines.push(
      `${countNoun(noClicks, 'video')} ${noClicks === 1 ? 'has' : 'have'} no clicks or CTR: the Video data export gives CTR and views` +
        (videoAnalysisSeen ? ' (the Video analysis table you captured shows neither for them).' : '; Video analysis shows CTR too.'),
    );
  }
  if (gaps.withEstimatedClicks > 0) {
    lines.push(
      `${countNoun(gaps.withEstimatedClicks, 'video')}: clicks estimated as CTR × views (no clicks or product impressions given); ` +
        'a Video data file with clicks or product impressions replaces the estimate.',
    );
  }
  const noOrders = gaps.videos - gaps.withOrders;
  if (noOrders > 0) {
    lines.push(
      `${countNoun(noOrders, 'video')} ${noOrders === 1 ? 'has' : 'have'} no orders: orders per video come from the Video data export` +
        (visited.has('affiliate-orders') ? ' (the affiliate orders captured name none of them).' : ', or from Affiliate orders (their Content ID).'),
    );
  }
  return lines;
}
