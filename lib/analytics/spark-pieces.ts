/**
 * The Spark Ads candidates of an index: recent dated videos with their clicks (and where those come
 * from), orders, views and GMV, each with its creator's entry.
 */
import type { ContentPiece } from '../model/entities';
import { exactValue } from '../parse/quantity';
import { acceptedLinkedOrders, rollupCreatorKey } from '../rollups/contributions';
import { pieceClicks } from '../rollups/piece-clicks';
import { parseDay } from '../calendar/days';
import type { CreatorEntry, ProgramIndex, SparkPiece, SparkPieceInput } from './program-index-model';

const orNaN = (value: number | null): number => (value === null ? Number.NaN : value);

export const CLICKS_GIVEN = 1;
export const CLICKS_FROM_IMPRESSIONS = 2;
export const CLICKS_ESTIMATED = 3;

/** Where a piece's clicks come from, and the estimate from views when nothing better is known. */
function clicksSourceOf(metrics: ContentPiece['metrics']): { source: number; estimate: number } {
  if (exactValue(metrics.clicks) !== null) return { source: CLICKS_GIVEN, estimate: Number.NaN };
  const ctr = exactValue(metrics.ctr);
  if (ctr !== null && exactValue(metrics.productImpressions) !== null) return { source: CLICKS_FROM_IMPRESSIONS, estimate: Number.NaN };
  const views = exactValue(metrics.views);
  return ctr !== null && views !== null ? { source: CLICKS_ESTIMATED, estimate: Math.round(ctr * views) } : { source: 0, estimate: Number.NaN };
}

/**
 * The Spark Ads videos of `inputs`, each with its creator's entry (`entryOf` a rollup key, `''`:
 * none).
 */
export function sparkPiecesOf(
  inputs: readonly SparkPieceInput[],
  entryOf: (rollupKey: string) => CreatorEntry | null,
  accepted: (currency: string) => boolean,
  hasOrders: boolean,
): SparkPiece[] {
  const result: SparkPiece[] = [];
  for (const { piece, links } of inputs) {
    const day = parseDay(piece.postDate);
    if (day === null || piece.type !== 'video') continue;
    const m = piece.metrics;
    const clicksSource = clicksSourceOf(m);
    let orders = exactValue(m.orders);
    const owner = rollupCreatorKey(piece.creatorKey, piece.creatorHandle);
    if (orders === null && hasOrders) orders = acceptedLinkedOrders(owner, links, accepted);
    result.push({
      piece,
      entry: entryOf(owner),
      day,
      clicks: orNaN(pieceClicks(piece.metrics)),
      clicksSource: clicksSource.source,
      estimatedClicks: clicksSource.estimate,
      orders: orNaN(orders),
      views: orNaN(exactValue(m.views)),
      gmv: orNaN(exactValue(m.gmv)),
    });
  }
  return result;
}


/** The Spark Ads videos by content key (built once per index). */
const sparkByKey = new WeakMap<ProgramIndex, Map<string, SparkPiece>>();
export function sparkPieceByKey(index: ProgramIndex): Map<string, SparkPiece> | null {
  if (!index.sparkPieces) return null;
  let map = sparkByKey.get(index);
  if (!map) {
    map = new Map(index.sparkPieces.map((p) => [p.piece.key, p]));
    sparkByKey.set(index, map);
  }
  return map;
}
