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

/**
 * A Spark Ads video's figures. Views and GMV are read from the piece when asked (only the listed
 * candidates and a few costs ask): tens of thousands of videos are read per analysis, scattered
 * in memory, and each figure is an object of its own.
 */
class SparkVideo implements SparkPiece {
  constructor(
    readonly piece: ContentPiece,
    readonly entry: CreatorEntry | null,
    readonly day: number,
    readonly clicks: number,
    readonly clicksSource: number,
    readonly estimatedClicks: number,
    readonly orders: number,
  ) {}

  get views(): number {
    return orNaN(exactValue(this.piece.metrics.views));
  }

  get gmv(): number {
    return orNaN(exactValue(this.piece.metrics.gmv));
  }
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
): SparkPiece[] {
  const result: SparkPiece[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const { piece, links } = inputs[i]!;
    const day = parseDay(piece.postDate);
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
    if (orders === null && hasOrders) orders = acceptedLinkedOrders(owner, links, accepted);
    result.push(new SparkVideo(piece, entryOf(owner), day, orNaN(clicks), clicksSource, estimatedClicks, orNaN(orders)));
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
