import type { CreatorMetrics } from '../model/entities';
import type { ReportedFigures } from '../model/reported';
import { isoDay, parseDay } from '../calendar/days';
import { indexProgram } from './program-index';
import type { ProgramData } from './program-index-model';
import { periodToleranceDays } from './metric-sources';
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

/** Summed over the days of a window (counts and money); a ratio of sums stays the daily ratio. */
const additive = (perDay: number, days: number) => perDay * days;
const lineItemsCompete = true;

/**
 * Each scorecard metric: how a report states it, how to read it from a card, a line-item source,
 * and what daily figures of `perDay` make over `days` days.
 */
const METRICS = [
  {
    name: 'GMV',
    total: additive,
    lineItemsCompete,
    reported: (n: number): CreatorMetrics => ({ gmv: money(n) }),
    read: (c: Scorecard) => c.gmv,
    source: (c: Scorecard) => c.sources.gmv,
    lineItems: (day: string, n: number): ProgramData => ({ orders: [order('id:c', at(...dayParts(day)), n)] }),
  },
  {
    name: 'orders',
    total: additive,
    lineItemsCompete,
    reported: (n: number): CreatorMetrics => ({ orders: q(n) }),
    read: (c: Scorecard) => c.orders,
    source: (c: Scorecard) => c.sources.orders,
    lineItems: (day: string, n: number): ProgramData => ({
      orders: Array.from({ length: n }, (_, i) => order('id:c', at(...dayParts(day)), 10, { orderId: `o${i}` })),
    }),
  },
  {
    name: 'commission',
    total: additive,
    lineItemsCompete,
    reported: (n: number): CreatorMetrics => ({ estCommission: money(n) }),
    read: (c: Scorecard) => c.commission,
    source: (c: Scorecard) => c.sources.commission,
    lineItems: (day: string, n: number): ProgramData => ({ orders: [order('id:c', at(...dayParts(day)), 100, { estCommission: n })] }),
  },
  {
    name: 'posts',
    total: additive,
    lineItemsCompete,
    reported: (n: number): CreatorMetrics => ({ videos: q(n), liveStreams: q(0) }),
    read: (c: Scorecard) => c.posts,
    source: (c: Scorecard) => c.sources.posts,
    lineItems: (day: string, n: number): ProgramData => ({
      content: Array.from({ length: n }, (_, i) => piece('id:c', day, {}, { contentId: `v${i}` })),
    }),
  },
  {
    // Clicks go with the orders they convert into: a report's CTR × product impressions with its
    // orders, or the window's pieces with both known.
    name: 'clicks',
    total: additive,
    // The pieces' clicks are no rival figure: they only count with the same pieces' orders.
    lineItemsCompete: false,
    reported: (n: number): CreatorMetrics => ({ orders: q(1), ctr: q(0.1), productImpressions: q(n * 10) }),
    read: (c: Scorecard) => c.clicks,
    source: (c: Scorecard) => c.sources.clicks,
    lineItems: (day: string, n: number): ProgramData => ({ content: [piece('id:c', day, { clicks: q(n), orders: q(1) })] }),
  },
  {
    // Conversion in percent: n orders of 100 clicks is n%.
    name: 'conversion rate',
    total: (perDay: number) => perDay,
    lineItemsCompete,
    reported: (n: number): CreatorMetrics => ({ orders: q(n), ctr: q(0.1), productImpressions: q(1_000) }),
    read: (c: Scorecard) => (c.conversionRate === null ? null : Math.round(c.conversionRate * 10_000) / 100),
    source: (c: Scorecard) => c.sources.conversionRate,
    lineItems: (day: string, n: number): ProgramData => ({ content: [piece('id:c', day, { clicks: q(100), orders: q(n) })] }),
  },
] as const;

/** `days` days later (positive) or earlier than `day`. */
function shift(day: string, days: number): string {
  return isoDay(parseDay(day)! + days);
}

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
      expect(metric.read(c)).toBe(metric.total(2, days));
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
      expect(others).toEqual(expect.arrayContaining([['reported', 'import:creators', 30]]));
      expect(others.some(([kind, , value]) => kind === 'line-items' && value === 3)).toBe(metric.lineItemsCompete);
    });

    const tolerance = periodToleranceDays(days);

    it(`takes a report of a period up to ${tolerance} days off the window, with its real period and the difference`, () => {
      if (tolerance === 0) return; // a 7-day window takes its own period only (tested below)
      const earlier = { from: shift(window.from, -tolerance), to: shift(window.to, -tolerance) };
      const c = card({ ...metric.lineItems('2026-11-20', 3), reported: [report('id:c', 'manage-creators', earlier, metric.reported(40), captured)] }, days);
      expect(metric.read(c)).toBe(40);
      expect(metric.source(c)).toMatchObject({ kind: 'reported', ...earlier, offset: { start: -tolerance, end: -tolerance } });
      // The captured line items still show beside it, as a disagreeing source.
      expect(c.alternatives.some((alt) => alt.source.kind === 'line-items' && alt.value === 3)).toBe(metric.lineItemsCompete);
    });

    it('prefers its own period and covering dailies over a nearby period', () => {
      const off = Math.max(tolerance, 1);
      const near = { from: shift(window.from, -off), to: shift(window.to, -off) };
      const own = card({ reported: [report('id:c', 'manage-creators', near, metric.reported(40), captured), report('id:c', 'import:creators', window, metric.reported(30), earlier)] }, days);
      expect([metric.read(own), metric.source(own)?.offset]).toEqual([30, undefined]);
      const covered = card({ reported: [report('id:c', 'manage-creators', near, metric.reported(40), captured), ...dailies(days, metric.reported(2))] }, days);
      expect([metric.read(covered), metric.source(covered)?.kind]).toEqual([metric.total(2, days), 'dailies']);
    });

    it('takes the nearest of several nearby periods', () => {
      if (tolerance < 2) return;
      const c = card(
        {
          reported: [
            report('id:c', 'manage-creators', { from: shift(window.from, -2), to: shift(window.to, -2) }, metric.reported(40), captured),
            report('id:c', 'manage-creators', { from: shift(window.from, -1), to: shift(window.to, -1) }, metric.reported(30), earlier),
          ],
        },
        days,
      );
      expect(metric.read(c)).toBe(30);
      expect(metric.source(c)?.offset).toEqual({ start: -1, end: -1 });
    });

    it(`is unknown when the only report is ${tolerance + 1} days off: beyond the tolerance`, () => {
      const beyond = { from: shift(window.from, -(tolerance + 1)), to: shift(window.to, -(tolerance + 1)) };
      const c = card({ reported: [report('id:c', 'manage-creators', beyond, metric.reported(40), captured)] }, days);
      expect(metric.read(c)).toBeNull();
    });

    it('is unknown when no source covers the window: never 0', () => {
      const otherPeriod = { from: shift(window.from, -10), to: shift(window.to, -10) };
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

describe('the period tolerance', () => {
  it('is a tenth of the window, at most 3 days', () => {
    expect([7, 14, 28, 30, 90, 365].map(periodToleranceDays)).toEqual([0, 1, 2, 3, 3, 3]);
  });

  it('a Manage creators capture of 3 days ago serves today’s 90-day window, said as such', () => {
    const threeDaysAgo = { from: isoDay(parseDay('2026-11-20')! - 92), to: '2026-11-17' };
    const c = card({ reported: [report('id:c', 'manage-creators', threeDaysAgo, { gmv: money(88_100), videos: q(18), liveStreams: q(0) }, captured)] }, 90);
    expect([c.gmv, c.posts, c.revenuePerPost]).toEqual([88_100, 18, 88_100 / 18]);
    expect(c.sources.gmv).toMatchObject({ from: threeDaysAgo.from, to: '2026-11-17', offset: { start: -3, end: -3 } });
  });

  it('a period that differs at one end only', () => {
    const longer = { from: isoDay(parseDay('2026-11-20')! - 29), to: '2026-11-20' }; // 30 days for a 28-day window
    const c = card({ reported: [report('id:c', 'creator-analysis', longer, { gmv: money(300) }, captured)] }, 28);
    expect(c.gmv).toBe(300);
    expect(c.sources.gmv?.offset).toEqual({ start: -2, end: 0 });
  });
});

describe('line-item sources', () => {
  it('creators with the same line items share one frozen source (a saved analysis stores it once)', () => {
    const content = ['id:a', 'id:b', 'id:c'].flatMap((key) => [piece(key, '2026-11-18'), ...(key === 'id:c' ? [piece(key, '2026-11-19')] : [])]);
    const cards = computeScorecards(indexProgram({ currency: 'USD', programs: [program('id:a'), program('id:b'), program('id:c')], content }), { ...options(asOf), windowDays: 28 });
    const [a, b, c] = ['id:a', 'id:b', 'id:c'].map((key) => cards.find((card) => card.creatorKey === key)!.sources.videos!);
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toMatchObject({ kind: 'line-items', parts: 1 });
    expect(c).not.toBe(a);
    expect(c).toMatchObject({ kind: 'line-items', parts: 2 });
  });
});
