import type { CreatorMetrics } from '../model/entities';
import type { ReportedFigures } from '../model/reported';
import { isoDay, parseDay } from '../calendar/days';
import { indexProgram, type ProgramData } from './program-index';
import { computeScorecards, type Scorecard } from './scorecard';
import { at, money, options, order, piece, program, q, report } from './test-helpers';

const asOf = at(2026, 11, 20, 12);
const captured = at(2026, 11, 20, 9);
const earlier = at(2026, 11, 19, 9);

function card(data: ProgramData, windowDays: number, key = 'id:c'): Scorecard {
  const cards = computeScorecards(indexProgram({ currency: 'USD', programs: [program(key)], ...data }), {
    ...options(asOf),
    windowDays,
  });
  return cards.find((c) => c.creatorKey === key)!;
}

function windowOf(days: number): { from: string; to: string } {
  const to = parseDay('2026-11-20')!;
  return { from: isoDay(to - days + 1), to: '2026-11-20' };
}

/** Daily reports covering the window, one per day, each with `perDay`. */
function dailies(days: number, perDay: CreatorMetrics): ReportedFigures[] {
  const to = parseDay('2026-11-20')!;
  return Array.from({ length: days }, (_, i) => {
    const day = isoDay(to - i);
    return report('id:c', 'creator-analysis', { from: day, to: day }, perDay, captured);
  });
}

/** Each scorecard metric: how a report states it, how to read it from a card, and a line-item source. */
const METRICS = [
  {
    name: 'GMV',
    reported: (n: number): CreatorMetrics => ({ gmv: money(n) }),
    read: (c: Scorecard) => c.gmv,
    source: (c: Scorecard) => c.sources.gmv,
    lineItems: (day: string, n: number): ProgramData => ({ orders: [order('id:c', at(...dayParts(day)), n)] }),
  },
  {
    name: 'orders',
    reported: (n: number): CreatorMetrics => ({ orders: q(n) }),
    read: (c: Scorecard) => c.orders,
    source: (c: Scorecard) => c.sources.orders,
    lineItems: (day: string, n: number): ProgramData => ({
      orders: Array.from({ length: n }, (_, i) => order('id:c', at(...dayParts(day)), 10, { orderId: `o${i}` })),
    }),
  },
  {
    name: 'commission',
    reported: (n: number): CreatorMetrics => ({ estCommission: money(n) }),
    read: (c: Scorecard) => c.commission,
    source: (c: Scorecard) => c.sources.commission,
    lineItems: (day: string, n: number): ProgramData => ({ orders: [order('id:c', at(...dayParts(day)), 100, { estCommission: n })] }),
  },
  {
    name: 'posts',
    reported: (n: number): CreatorMetrics => ({ videos: q(n), liveStreams: q(0) }),
    read: (c: Scorecard) => c.posts,
    source: (c: Scorecard) => c.sources.posts,
    lineItems: (day: string, n: number): ProgramData => ({
      content: Array.from({ length: n }, (_, i) => piece('id:c', day, {}, { contentId: `v${i}` })),
    }),
  },
] as const;

function dayParts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

describe.each([7, 28, 90])('a %i-day window', (days) => {
  const window = windowOf(days);

  describe.each(METRICS)('$name', (metric) => {
    it('takes a figure reported for exactly the window, with its source, period and capture time', () => {
      const c = card({ reported: [report('id:c', 'manage-creators', window, metric.reported(40), captured)] }, days);
      expect(metric.read(c)).toBe(40);
      expect(metric.source(c)).toMatchObject({ kind: 'reported', sources: ['manage-creators'], ...window, capturedAt: captured, parts: 1 });
    });

    it('sums daily figures that cover the window day by day', () => {
      const c = card({ reported: dailies(days, metric.reported(2)) }, days);
      expect(metric.read(c)).toBe(2 * days);
      expect(metric.source(c)).toMatchObject({ kind: 'dailies', sources: ['creator-analysis'], ...window, parts: days });
    });

    it('does not sum dailies with a gap: that would be a silent partial sum', () => {
      const c = card({ reported: dailies(days, metric.reported(2)).slice(1) }, days);
      expect(metric.read(c)).toBeNull();
      expect(metric.source(c)).toBeUndefined();
    });

    it('falls back on the captured line items, labelled as such', () => {
      const c = card(metric.lineItems('2026-11-20', 3), days);
      expect(metric.read(c)).toBe(3);
      expect(metric.source(c)).toMatchObject({ kind: 'line-items', ...window });
    });

    it('prefers the reported figure when sources conflict, and keeps the other as an alternative', () => {
      const c = card(
        {
          ...metric.lineItems('2026-11-20', 3),
          reported: [
            report('id:c', 'manage-creators', window, metric.reported(40), captured),
            report('id:c', 'import:creators', window, metric.reported(30), earlier),
          ],
        },
        days,
      );
      expect(metric.read(c)).toBe(40);
      const others = c.alternatives.map((alt) => [alt.source.kind, alt.source.sources[0], alt.value]);
      expect(others).toEqual(expect.arrayContaining([['reported', 'import:creators', 30], ['line-items', expect.any(String), 3]]));
    });

    it('is unknown when no source covers the window: never 0', () => {
      const otherPeriod = { from: isoDay(parseDay(window.from)! - 1), to: isoDay(parseDay(window.to)! - 1) };
      const c = card({ reported: [report('id:c', 'manage-creators', otherPeriod, metric.reported(40), captured)] }, days);
      expect(metric.read(c)).toBeNull();
      expect(metric.source(c)).toBeUndefined();
    });
  });

  describe('ratios', () => {
    it('conversion from the orders and clicks of one report', () => {
      const c = card(
        { reported: [report('id:c', 'import:creators', window, { orders: q(24), ctr: q(0.02), productImpressions: q(60_000) }, captured)] },
        days,
      );
      expect([c.orders, c.clicks, c.conversionRate, c.conversionSource]).toEqual([24, 1_200, 0.02, 'reported']);
      expect(c.sources.conversionRate).toMatchObject({ kind: 'reported', derived: 'ctr-x-impressions' });
    });

    it('no conversion when orders and clicks come from different periods', () => {
      const c = card(
        {
          reported: [
            report('id:c', 'manage-creators', window, { orders: q(24) }, captured),
            report('id:c', 'creator-analysis', { from: '2026-11-20', to: '2026-11-20' }, { ctr: q(0.02), productImpressions: q(60_000) }, captured),
          ],
        },
        days,
      );
      expect(c.orders).toBe(24);
      expect(c.conversionRate).toBeNull();
    });

    it('revenue per post from GMV and posts of one source, not from a mix', () => {
      const same = card({ reported: [report('id:c', 'manage-creators', window, { gmv: money(900), videos: q(8), liveStreams: q(1) }, captured)] }, days);
      expect(same.revenuePerPost).toBe(100);
      const mixed = card(
        {
          reported: [report('id:c', 'manage-creators', window, { gmv: money(900) }, captured)],
          content: [piece('id:c', '2026-11-20')],
        },
        days,
      );
      expect([mixed.gmv, mixed.posts, mixed.revenuePerPost]).toEqual([900, 1, null]);
    });
  });
});

describe('money and currencies', () => {
  it('never takes money of another currency than the scorecard’s', () => {
    const c = card({ reported: [report('id:c', 'manage-creators', windowOf(90), { gmv: money(500, 'EUR'), orders: q(4) }, captured, 'EUR')] }, 90);
    expect([c.currency, c.gmv, c.orders]).toEqual(['USD', null, 4]);
  });

  it('uses the report’s currency when no orders say what the shop’s is', () => {
    const cards = computeScorecards(
      indexProgram({ reported: [report('id:c', 'manage-creators', windowOf(90), { gmv: money(1_234.56, 'EUR') }, captured, 'EUR')] }),
      { ...options(asOf), windowDays: 90 },
    );
    expect([cards[0]!.currency, cards[0]!.gmv]).toEqual(['EUR', 1_234.56]);
  });

  it('sums daily money in cents', () => {
    const c = card({ reported: dailies(7, { gmv: money(0.1) }).slice(0, 3).concat(dailies(7, { gmv: money(0.2) }).slice(3)) }, 7);
    expect(c.gmv).toBe(1.1); // 3 × 0.10 + 4 × 0.20, not 1.1000000000000003
  });
});
