import type { ContentPiece } from '../model/entities';
import type { Quantity } from '../parse/quantity';
import { exactValue } from '../parse/quantity';
import { acceptedLinkedOrders, rollupCreatorKey } from '../rollups/contributions';
import type { ContentLinks } from '../rollups/fields';
import { pieceClicks } from '../rollups/piece-clicks';
import { parseDay } from '../calendar/days';
import type { CreatorEntry, SparkPiece, SparkPieceInput } from './program-index-model';
import { emptyCreatorEntry } from './program-index-model';
import { CLICKS_ESTIMATED, CLICKS_FROM_IMPRESSIONS, CLICKS_GIVEN, sparkClicksAt, sparkPieceAt, sparkPiecesOf } from './spark-pieces';
import { piece, q, qRange } from './test-helpers';

const orNaN = (value: number | null): number => (value === null ? Number.NaN : value);

/** The object per video `sparkPiecesOf` made before its figures were packed into typed arrays. */
function objectForm(inputs: readonly SparkPieceInput[], entryOf: (key: string) => CreatorEntry | null, accepted: (c: string) => boolean, hasOrders: boolean): SparkPiece[] {
  const result: SparkPiece[] = [];
  for (const { piece, links } of inputs) {
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
      else if (ctr !== null && exactValue(m.views) !== null) {
        clicksSource = CLICKS_ESTIMATED;
        estimatedClicks = Math.round(ctr * exactValue(m.views)!);
      }
    }
    let orders = exactValue(m.orders);
    const owner = rollupCreatorKey(piece.creatorKey, piece.creatorHandle);
    if (orders === null && hasOrders) orders = acceptedLinkedOrders(owner, links, accepted);
    result.push({
      piece,
      entry: entryOf(owner),
      day,
      clicks: orNaN(clicks),
      clicksSource,
      estimatedClicks,
      orders: orNaN(orders),
      views: orNaN(exactValue(m.views)),
      gmv: orNaN(exactValue(m.gmv)),
    });
  }
  return result;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('Spark Ads videos packed figure by figure', () => {
  it('give every figure the object per video gave, on random videos', () => {
    const next = random(12);
    const pick = <T,>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
    const maybe = (make: () => Quantity): Quantity | undefined => pick([undefined, make(), make(), qRange(1, 5)]);
    const entries = new Map(['id:1', 'id:2', 'h:three'].map((key) => [key, emptyCreatorEntry(key)]));
    for (let round = 0; round < 20; round++) {
      const inputs: SparkPieceInput[] = [];
      for (let i = 0; i < 60; i++) {
        const owner = pick(['id:1', 'id:2', undefined, 'id:4']);
        const video: ContentPiece = piece(owner, pick(['2026-11-01', '2026-10-15', undefined, 'not a day', '2026-02-30']), {
          clicks: maybe(() => q(Math.floor(next() * 500))),
          ctr: maybe(() => q(next() * 0.05)),
          productImpressions: maybe(() => q(Math.floor(next() * 20_000))),
          views: maybe(() => q(Math.floor(next() * 100_000))),
          orders: maybe(() => q(Math.floor(next() * 20))),
          gmv: maybe(() => q(Math.floor(next() * 5_000))),
        }, { type: pick(['video', 'video', 'live']), creatorHandle: owner ? undefined : pick(['three', undefined]) });
        const lines: Record<string, number> = {};
        for (let k = 0; k < Math.floor(next() * 4); k++) lines[`o${k}\u0001${pick(['id:1', 'id:2', 'h:three'])}${pick(['', '\u0001USD', '\u0001EUR'])}`] = 1;
        const links: ContentLinks | undefined = pick([undefined, { piece: video.key, lines }]);
        inputs.push({ piece: video, links });
      }
      const entryOf = (key: string) => entries.get(key) ?? null;
      const accepted = pick([(c: string) => c === '' || c === 'USD', () => true]);
      const hasOrders = pick([true, false]);
      // As given, and by post date as the panel reads them (runs of one date).
      const byDate = [...inputs].sort((a, b) => ((a.piece.postDate ?? '') < (b.piece.postDate ?? '') ? -1 : 1));
      for (const videos of [inputs, byDate]) {
        const expected = objectForm(videos, entryOf, accepted, hasOrders);
        const packed = sparkPiecesOf(videos, entryOf, accepted, hasOrders);
        expect(packed.length).toBe(expected.length);
        expected.forEach((video, at) => {
          expect(sparkPieceAt(packed, at)).toEqual(video);
          expect(sparkPieceAt(packed, at).entry).toBe(video.entry);
          expect(sparkClicksAt(packed, at)).toEqual(video.clicks === video.clicks ? video.clicks : video.estimatedClicks);
        });
      }
    }
  });
});
