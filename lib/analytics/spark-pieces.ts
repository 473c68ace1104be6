/**
 * The Spark Ads candidates of an index: recent dated videos with their clicks (and where those come
 * from), orders, views and GMV, each with its creator's entry.
 */
import type { ContentPiece } from '../model/entities';
import { exactValue } from '../parse/quantity';
import { acceptedLinkedOrders, rollupCreatorKey } from '../rollups/contributions';
import { pieceClicks } from '../rollups/piece-clicks';
import { parseDay } from '../calendar/days';
import type { CreatorEntry, ProgramIndex, SparkPiece, SparkPieceInput, SparkVideos } from './program-index-model';

const orNaN = (value: number | null): number => (value === null ? Number.NaN : value);

export const CLICKS_GIVEN = 1;
export const CLICKS_FROM_IMPRESSIONS = 2;
export const CLICKS_ESTIMATED = 3;

/** Video `at`'s figures as one object. Views and GMV are read from its piece. */
export function sparkPieceAt(videos: SparkVideos, at: number): SparkPiece {
  const piece = videos.piece[at]!;
  return {
    piece,
    entry: videos.entry[at]!,
    day: videos.day[at]!,
    clicks: videos.clicks[at]!,
    clicksSource: videos.clicksSource[at]!,
    estimatedClicks: videos.estimatedClicks[at]!,
    orders: videos.orders[at]!,
    views: orNaN(exactValue(piece.metrics.views)),
    gmv: orNaN(exactValue(piece.metrics.gmv)),
  };
}

/** Video `at`'s clicks for Spark Ads: known clicks, else the estimate from CTR × views; NaN when none. */
export function sparkClicksAt(videos: SparkVideos, at: number): number {
  const clicks = videos.clicks[at]!;
  return clicks === clicks ? clicks : videos.estimatedClicks[at]!;
}

/**
 * The Spark Ads videos of `inputs`, each with its creator's entry (`entryOf` a rollup key, `''`:
 * none). Clicks are `pieceClicks`; where they come from: CLICKS_GIVEN, CLICKS_FROM_IMPRESSIONS,
 * else CLICKS_ESTIMATED (CTR × views) when CTR and views are known.
 */
export function sparkPiecesOf(
  inputs: readonly SparkPieceInput[],
  entryOf: (rollupKey: string) => CreatorEntry | null,
  accepted: (currency: string) => boolean,
  hasOrders: boolean,
): SparkVideos {
  const size = inputs.length;
  const dayOf = new Int32Array(size);
  const clicksOf = new Float64Array(size);
  const sourceOf = new Uint8Array(size);
  const estimateOf = new Float64Array(size);
  const ordersOf = new Float64Array(size);
  // Sized for every video and cut to those kept (nearly all): not grown push by push, each growth a copy.
  const owners = new Array<string>(size);
  const pieces = new Array<ContentPiece>(size);
  // The videos come by post date (lib/analysis-store reads them so): most share the previous one's,
  // parsed once. (No date parses to null, as the first "previous" one does.)
  let lastPostDate: string | null | undefined = null;
  let lastDay: number | null = null;
  let n = 0;
  for (let i = 0; i < size; i++) {
    const input = inputs[i]!;
    const piece = input.piece;
    const postDate = piece.postDate;
    if (postDate !== lastPostDate) {
      lastPostDate = postDate;
      lastDay = parseDay(postDate);
    }
    const day = lastDay;
    if (day === null || piece.type !== 'video') continue;
    const m = piece.metrics;
    let clicks = exactValue(m.clicks);
    let clicksSource = 0;
    let estimatedClicks = Number.NaN;
    if (clicks !== null) clicksSource = CLICKS_GIVEN;
    else {
      const ctr = exactValue(m.ctr);
      clicks = pieceClicks(m);
      if (clicks !== null) clicksSource = CLICKS_FROM_IMPRESSIONS;
      else if (ctr !== null) {
        const views = exactValue(m.views);
        if (views !== null) {
          clicksSource = CLICKS_ESTIMATED;
          estimatedClicks = Math.round(ctr * views);
        }
      }
    }
    let orders = exactValue(m.orders);
    const owner = rollupCreatorKey(piece.creatorKey, piece.creatorHandle);
    if (orders === null && hasOrders) orders = acceptedLinkedOrders(owner, input.links, accepted);
    dayOf[n] = day;
    clicksOf[n] = orNaN(clicks);
    sourceOf[n] = clicksSource;
    estimateOf[n] = estimatedClicks;
    ordersOf[n] = orNaN(orders);
    owners[n] = owner;
    pieces[n] = piece;
    n++;
  }
  pieces.length = n;
  // Creators looked up after the videos are read, in a loop of their own: the lookups then find the
  // creators' map in cache, not evicted by each video's records.
  const entries: (CreatorEntry | null)[] = new Array<CreatorEntry | null>(n);
  for (let i = 0; i < n; i++) entries[i] = entryOf(owners[i]!);
  return {
    length: n,
    day: dayOf.subarray(0, n),
    clicks: clicksOf.subarray(0, n),
    clicksSource: sourceOf.subarray(0, n),
    estimatedClicks: estimateOf.subarray(0, n),
    orders: ordersOf.subarray(0, n),
    entry: entries,
    piece: pieces,
  };
}

/** A Spark Ads video by content key, as one object (made when asked). */
export interface SparkVideoLookup {
  get(contentKey: string): SparkPiece | undefined;
}

/** The Spark Ads videos' positions by content key (built once per set of videos). */
const positionsByVideos = new WeakMap<SparkVideos, Map<string, number>>();
export function sparkPieceByKey(index: ProgramIndex): SparkVideoLookup | null {
  const videos = index.sparkPieces;
  if (!videos) return null;
  let positions = positionsByVideos.get(videos);
  if (!positions) {
    positions = new Map();
    for (let at = 0; at < videos.length; at++) positions.set(videos.piece[at]!.key, at);
    positionsByVideos.set(videos, positions);
  }
  const found = positions;
  return {
    get(contentKey) {
      const at = found.get(contentKey);
      return at === undefined ? undefined : sparkPieceAt(videos, at);
    },
  };
}
