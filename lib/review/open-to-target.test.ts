import { indexProgram } from '../analytics/program-index';
import type { ProgramData } from '../analytics/program-index-model';
import { computeScorecards } from '../analytics/scorecard';
import { at, collaboration, creator, options, piece, program, q } from '../analytics/test-helpers';
import { withPrograms } from '../analytics/with-programs';
import { openToTargetSuggestions } from './open-to-target';

const asOf = at(2026, 11, 20, 12);
const settings = { openToTargetMinClicks: 100, tier1CommissionMin: 0.1, tier1CommissionMax: 0.2 };

/** One video in the window with these clicks and orders. */
const video = (key: string, clicks: number, orders: number) => piece(key, '2026-11-15', { clicks: q(clicks), orders: q(orders) });

const data: ProgramData = {
  currency: 'USD',
  creators: ['a', 'b', 'c', 'd', 'e', 'f'].map((k) => creator(`id:${k}`)),
  content: [
    video('id:a', 400, 20), // 5%: open, above the median → suggested
    video('id:b', 200, 2), // 1%
    video('id:c', 300, 9), // 3%
    video('id:d', 500, 30), // 6%: above, but already in a target collaboration
    video('id:e', 50, 5), // 10% on 50 clicks: too few clicks
    video('id:f', 150, 8), // 5.3%: open, above the median, open rate higher than the band's middle
  ],
  collaborations: [
    collaboration('open-1', ['id:a', 'id:b', 'id:e'], { kind: 'open', commissionRate: 0.08 }),
    collaboration('open-2', ['id:f'], { kind: 'open', commissionRate: 0.18 }),
    collaboration('open-3', ['id:d'], { kind: 'open', commissionRate: 0.1 }),
    collaboration('t-1', ['id:d'], { kind: 'target', commissionRate: 0.15 }),
  ],
};

function run(programs = [] as ReturnType<typeof program>[]) {
  const index = withPrograms(indexProgram(data), programs);
  return openToTargetSuggestions(index, computeScorecards(index, options(asOf)), settings);
}

describe('open → target suggestions', () => {
  it('suggests open creators converting above the program median with enough clicks, best first, with the numbers', () => {
    const list = run();
    // Median of the 5 creators with 100+ clicks (1%, 3%, 5%, 5.3%, 6%) is 5%: above it, d is in a target collaboration already.
    expect(list.map((s) => s.creatorKey)).toEqual(['id:f']);
    const f = list[0]!;
    expect(f).toMatchObject({ clicks: 150, programMedian: 0.05, peers: 5, openRate: 0.18, dismissed: false });
    // The open plan already pays 18%: the offer matches it, within the band.
    expect(f.suggestedRate).toBe(0.18);
    expect(f.reason).toBe(
      'Came through open collaboration at 18% and converts 5.3% on 150 clicks, above the program median of 5% (5 creators with 100+ clicks): invite to a target collaboration at 18%.',
    );
  });

  it('the minimum clicks is a setting', () => {
    const index = indexProgram(data);
    const list = openToTargetSuggestions(index, computeScorecards(index, options(asOf)), { ...settings, openToTargetMinClicks: 10 });
    // e's 10% on 50 clicks now counts (and moves the median).
    expect(list.map((s) => s.creatorKey)).toContain('id:e');
  });

  it('a dismissed suggestion stays hidden until the conversion changes; an accepted one is marked', () => {
    const dismissed = run([program('id:f', { targetInvite: { status: 'dismissed', at: 1, rate: 0.18, conversionRate: 8 / 150 } })]);
    expect(dismissed.find((s) => s.creatorKey === 'id:f')!.dismissed).toBe(true);
    const changed = run([program('id:f', { targetInvite: { status: 'dismissed', at: 1, rate: 0.18, conversionRate: 0.04 } })]);
    expect(changed.find((s) => s.creatorKey === 'id:f')!.dismissed).toBe(false);
    const accepted = run([program('id:f', { targetInvite: { status: 'accepted', at: 1, rate: 0.18, conversionRate: 0.04 } })]);
    expect(accepted.find((s) => s.creatorKey === 'id:f')!.accepted).toBe(true);
  });

  it('nothing without enough clicks anywhere', () => {
    const index = indexProgram({ ...data, content: [video('id:a', 10, 1)] });
    expect(openToTargetSuggestions(index, computeScorecards(index, options(asOf)), settings)).toEqual([]);
  });
});
