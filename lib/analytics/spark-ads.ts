/**
 * Spark Ads candidates (playbook §7): videos ranked by click-to-purchase conversion, never by views,
 * among those with enough clicks to mean something. Views are returned only as context.
 * LIVEs are left out: a Spark Ad runs an organic post.
 */
import type { ContentType } from '../model/entities';
import { localDayOfTimestamp } from '../calendar/days';
import { CLICKS_ESTIMATED, CLICKS_FROM_IMPRESSIONS, CLICKS_GIVEN, sparkClicksAt, sparkPieceAt } from './spark-pieces';
import { type ProgramIndex, type SparkPiece } from './program-index-model';
import type { AnalysisOptions } from './scorecard';
import { kthLargest } from './stats';

export interface SparkAdsCandidate {
  /** 1 = best; equal conversion rates share a rank. */
  rank: number;
  contentKey: string;
  contentId: string;
  type: ContentType;
  creatorKey: string | null;
  handle: string | null;
  title: string | null;
  postDate: string | null;
  clicks: number;
  /**
   * Where the clicks come from: the page's or file's clicks; else CTR × product impressions; else
   * CTR × views, an estimate (and marked so).
   */
  clicksSource: SparkClicksSource;
  orders: number;
  conversionRate: number;
  /** Context only: never used for ranking. */
  views: number | null;
  gmv: number | null;
}

export type SparkClicksSource = 'clicks' | 'ctr-x-impressions' | 'ctr-x-views';
const CLICK_SOURCES: Record<number, SparkClicksSource> = {
  [CLICKS_GIVEN]: 'clicks',
  [CLICKS_FROM_IMPRESSIONS]: 'ctr-x-impressions',
  [CLICKS_ESTIMATED]: 'ctr-x-views',
};

/** A piece's clicks for Spark Ads: known clicks, else the estimate from CTR × views; NaN when none. */
export function sparkClicks(video: SparkPiece): number {
  return video.clicks === video.clicks ? video.clicks : video.estimatedClicks;
}

export interface SparkAdsOptions extends AnalysisOptions {
  /** Return at most this many (default: all eligible). */
  limit?: number;
}

export function sparkAdsCandidates(index: ProgramIndex, options: SparkAdsOptions): SparkAdsCandidate[] {
  const { settings } = options;
  const asOfDay = localDayOfTimestamp(options.asOf);
  const from = asOfDay - settings.sparkAdsMaxAgeDays + 1;
  // Eligible videos as parallel typed arrays, sized for every video: thousands of candidates, no
  // object per candidate and no array grown push by push.
  const videos = index.sparkPieces;
  if (!videos) return [];
  const days = videos.day;
  const orderCounts = videos.orders;
  const rows = new Int32Array(videos.length);
  const rates = new Float64Array(videos.length);
  let eligible = 0;
  for (let pos = 0; pos < videos.length; pos++) {
    const day = days[pos]!;
    const clicks = sparkClicksAt(videos, pos);
    const orders = orderCounts[pos]!;
    // NaN (unknown) fails every comparison below.
    if (day < from || day > asOfDay || !(clicks >= settings.sparkAdsMinClicks && clicks > 0) || !(orders >= 0)) continue;
    rows[eligible] = pos;
    rates[eligible] = orders / clicks;
    eligible++;
  }

  // With a limit, only candidates at or above the limit-th best rate need the full ordering.
  const threshold =
    options.limit === undefined || options.limit >= eligible
      ? Number.NEGATIVE_INFINITY
      : options.limit > 0
        ? kthLargest(rates.subarray(0, eligible), options.limit)
        : Number.POSITIVE_INFINITY;
  let selected: number[] = [];
  for (let k = 0; k < eligible; k++) if (rates[k]! >= threshold) selected.push(k);
  selected.sort((a, b) => {
    if (rates[b] !== rates[a]) return rates[b]! - rates[a]!;
    const ca = sparkClicksAt(videos, rows[a]!);
    const cb = sparkClicksAt(videos, rows[b]!);
    if (cb !== ca) return cb - ca;
    const ka = videos.piece[rows[a]!]!.key;
    const kb = videos.piece[rows[b]!]!.key;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  if (options.limit !== undefined) selected = selected.slice(0, options.limit);

  let rank = 0;
  return selected.map((k, i) => {
    const rate = rates[k]!;
    if (i === 0 || rate !== rates[selected[i - 1]!]) rank = i + 1;
    const video = sparkPieceAt(videos, rows[k]!);
    const { piece, entry: creator, clicksSource, orders, views, gmv } = video;
    return {
      rank,
      contentKey: piece.key,
      contentId: piece.contentId,
      type: piece.type,
      creatorKey: creator?.key ?? null,
      handle: creator?.handle ?? piece.creatorHandle ?? null,
      title: piece.title ?? null,
      postDate: piece.postDate ?? null,
      clicks: sparkClicks(video),
      clicksSource: CLICK_SOURCES[clicksSource] ?? 'clicks',
      orders,
      conversionRate: rate,
      views: Number.isNaN(views) ? null : views,
      gmv: Number.isNaN(gmv) ? null : gmv,
    };
  });
}
