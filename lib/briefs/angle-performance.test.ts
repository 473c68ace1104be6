import { pieceClicks } from '../rollups/piece-clicks';
import type { ContentMetrics, ContentPiece } from '../model/entities';
import type { Quantity } from '../parse/quantity';
import {
  anglePerformance,
  bestAngle,
  bestAngleFor,
  briefRef,
  briefTagging,
  createBriefTemplate,
  saveBriefTemplate,
} from './index';
import type { Brief } from './model';

const usd = (value: number): Quantity => ({ kind: 'exact', value, unit: 'USD', raw: `$${value}` });
const n = (value: number): Quantity => ({ kind: 'exact', value, raw: String(value) });
const pct = (value: number): Quantity => ({ kind: 'exact', value, unit: 'percent', raw: `${value * 100}%` });
const range = (min: number, max: number): Quantity => ({ kind: 'range', min, max, unit: 'USD', raw: `$${min}-$${max}` });

let seq = 0;
function piece(briefId: string | undefined, metrics: ContentMetrics, creatorKey = 'id:c1'): ContentPiece {
  seq++;
  return {
    key: `video:${seq}`,
    contentId: String(seq),
    type: 'video',
    creatorKey,
    productIds: [],
    metrics,
    ...(briefId ? { briefId } : {}),
    firstSeen: 0,
    lastSeen: 0,
    updatedAt: 0,
  };
}

const problem = createBriefTemplate({ productName: 'Glow', starter: 'problem-agitation' }, { id: 'tp', now: 1 });
const social = createBriefTemplate({ productName: 'Glow', starter: 'social-proof' }, { id: 'ts', now: 1 });
const customBrief: Brief = { ...problem.brief, hookAngle: 'custom', customAngleName: 'Gift idea' };
const custom = createBriefTemplate({ productName: 'Glow', brief: customBrief }, { id: 'tc', now: 1 });
// A template whose angle changed after v1: pieces pinned to v1 keep the old angle.
const changed = saveBriefTemplate(
  createBriefTemplate({ productName: 'Glow', starter: 'curiosity-gap' }, { id: 'tx', now: 1 }),
  { ...problem.brief, hookAngle: 'transformation-reveal' },
  { now: 2 },
);
const templates = [problem, social, custom, changed];

describe('pieceClicks', () => {
  it('uses exact clicks, else ctr × product impressions, else null', () => {
    expect(pieceClicks(piece('tp', { clicks: n(40), ctr: pct(0.5), productImpressions: n(10) }).metrics)).toBe(40);
    expect(pieceClicks(piece('tp', { ctr: pct(0.04), productImpressions: n(1000) }).metrics)).toBe(40);
    expect(pieceClicks(piece('tp', { ctr: pct(0.04) }).metrics)).toBeNull();
    expect(pieceClicks(piece('tp', { ctr: pct(0.04), productImpressions: { kind: 'range', min: 100, max: 1000, raw: '100-1K' } }).metrics)).toBeNull();
  });
});

describe('anglePerformance', () => {
  const pieces = [
    // Problem agitation: 2 pieces with full data, 1 with only a GMV range.
    piece('tp', { gmv: usd(300), orders: n(6), ctr: pct(0.05), productImpressions: n(2000) }), // 100 clicks
    piece('tp@v1', { gmv: usd(100), orders: n(2), clicks: n(100) }),
    piece('tp', { gmv: range(5000, 25000) }),
    // Social proof: orders but no way to know clicks → conversion unknown, never 0.
    piece('ts', { gmv: usd(50), orders: n(1) }),
    // Custom angle.
    piece('tc', { gmv: usd(0), orders: n(0), clicks: n(10) }),
    // Pinned to v1 of the changed template (curiosity gap), and one on its current version.
    piece(briefRef('tx', 1), { orders: n(1), clicks: n(20) }),
    piece('tx', { orders: n(3), clicks: n(30) }),
    // Ignored: untagged, unknown brief.
    piece(undefined, { gmv: usd(999) }),
    piece('deleted', { gmv: usd(999) }),
  ];
  const rows = anglePerformance(pieces, templates);

  it('groups by angle, named angles first in their usual order', () => {
    expect(rows.map((r) => [r.key, r.label, r.pieces])).toEqual([
      ['problem-agitation', 'Problem agitation', 3],
      ['transformation-reveal', 'Transformation reveal', 1],
      ['social-proof', 'Social proof', 1],
      ['curiosity-gap', 'Curiosity gap', 1],
      ['custom:gift idea', 'Gift idea', 1],
    ]);
  });

  it('sums only exact values and says how many pieces each total rests on', () => {
    expect(rows[0]).toMatchObject({
      angle: 'problem-agitation',
      gmv: 400,
      gmvPieces: 2,
      orders: 8,
      orderPieces: 2,
      clicks: 200,
      clickPieces: 2,
      conversion: 0.04,
      conversionPieces: 2,
      conversionClicks: 200,
      revenuePerPost: 200,
      currency: 'USD',
      mixedCurrency: false,
    });
  });

  it('keeps unknown as null, never 0', () => {
    expect(rows[2]).toMatchObject({ angle: 'social-proof', gmv: 50, orders: 1, clicks: null, conversion: null, revenuePerPost: 50 });
    expect(rows[1]).toMatchObject({ gmv: null, revenuePerPost: null, currency: null, conversion: 0.1 });
  });

  it('a known zero stays a zero; zero clicks give no conversion', () => {
    expect(rows[4]).toMatchObject({ gmv: 0, orders: 0, clicks: 10, conversion: 0, revenuePerPost: 0 });
    const zeroClicks = anglePerformance([piece('tp', { orders: n(0), clicks: n(0) })], templates);
    expect(zeroClicks[0]).toMatchObject({ clicks: 0, conversion: null });
  });

  it('does not mix currencies', () => {
    const gbp: Quantity = { kind: 'exact', value: 10, unit: 'GBP', raw: '£10' };
    const [row] = anglePerformance([piece('tp', { gmv: usd(10) }), piece('tp', { gmv: gbp })], templates);
    expect(row).toMatchObject({ gmv: null, revenuePerPost: null, mixedCurrency: true, currency: null, gmvPieces: 2 });
  });

  it('accepts a lookup function instead of templates', () => {
    const lookup = (id: string) => (id === 'b1' ? social.brief : null);
    expect(anglePerformance([piece('b1', {}), piece('b2', {})], lookup).map((r) => [r.key, r.pieces])).toEqual([['social-proof', 1]]);
  });

  it('counts tagging', () => {
    expect(briefTagging(pieces, templates)).toEqual({ tagged: 7, untagged: 1, unresolved: 1 });
  });

  it('is empty for no pieces', () => {
    expect(anglePerformance([], templates)).toEqual([]);
  });
});

describe('best angle', () => {
  const pieces = [
    // c1: social proof converts at 5% on 200 clicks; problem agitation at 20% but on 10 clicks only.
    piece('ts', { gmv: usd(500), orders: n(10), clicks: n(200) }, 'id:c1'),
    piece('tp', { gmv: usd(80), orders: n(2), clicks: n(10) }, 'id:c1'),
    // c2: no click data at all → falls back to revenue per post.
    piece('ts', { gmv: usd(40) }, 'id:c2'),
    piece('tc', { gmv: usd(90) }, 'id:c2'),
  ];

  it('picks the best conversion among angles with enough clicks', () => {
    const best = bestAngleFor('id:c1', pieces, templates);
    expect(best).toMatchObject({ angle: 'social-proof', basis: 'conversion', value: 0.05, label: 'Social proof' });
    expect(bestAngleFor('id:c1', pieces, templates, { minClicks: 5 })).toMatchObject({ angle: 'problem-agitation', value: 0.2 });
  });

  it('falls back to revenue per post when no conversion is solid', () => {
    expect(bestAngleFor('id:c2', pieces, templates)).toMatchObject({
      angle: 'custom',
      customAngleName: 'Gift idea',
      basis: 'revenuePerPost',
      value: 90,
    });
  });

  it('is null without results', () => {
    expect(bestAngleFor('id:nobody', pieces, templates)).toBeNull();
    expect(bestAngle(anglePerformance([piece('tp', {})], templates))).toBeNull();
  });
});
