import { isoDay, dayNumberOf } from '../calendar/days';
import { indexProgram } from './program-index';
import { rosterHealth } from './roster';
import { at, creator, options, piece, program, q } from './test-helpers';

const daysAgo = (n: number) => isoDay(dayNumberOf(2026, 11, 20) - n);

describe('roster health', () => {
  it('counts active creators per tier against the targets', () => {
    const index = indexProgram({
      creators: [creator('id:2', { followers: q(20_000) }), creator('id:7', { followers: q(1_000) })],
      programs: [
        program('id:1', { acceptedTier: 'tier1' }),
        program('id:3', { acceptedTier: 'tier1' }),
        program('id:4', { acceptedTier: 'tier2' }),
        program('id:5', { acceptedTier: 'tier2' }),
      ],
      content: [
        piece('id:1', daysAgo(5)),
        piece('id:2', daysAgo(29)), // still active
        piece('id:3', daysAgo(30)), // inactive from 30 days
        piece('id:4', daysAgo(1)),
        piece('id:5', daysAgo(2)),
        piece('id:6', daysAgo(3)), // no tier, no followers
        piece('id:7', daysAgo(3)),
      ],
    });
    const health = rosterHealth(
      index,
      options(at(2026, 11, 20), {
        rosterTier1Min: 2,
        rosterTier1Max: 3,
        rosterTier2Min: 1,
        rosterTier2Max: 1,
        rosterTier3Min: 1,
        rosterTier3Max: 2,
      }),
    );
    expect(health.tiers).toEqual([
      { tier: 'tier1', creators: 3, accepted: 2, active: 2, target: { min: 2, max: 3 }, status: 'within' },
      { tier: 'tier2', creators: 2, accepted: 2, active: 2, target: { min: 1, max: 1 }, status: 'above' },
      { tier: 'tier3', creators: 0, accepted: 0, active: 0, target: { min: 1, max: 2 }, status: 'below' },
      { tier: 'prospect', creators: 1, accepted: 0, active: 1, target: null, status: null },
    ]);
    expect([health.unplaced, health.unplacedActive]).toEqual([1, 1]);
  });

  it("uses the playbook's targets by default", () => {
    const health = rosterHealth(indexProgram({}), options(at(2026, 11, 20)));
    expect(health.tiers.map((t) => [t.tier, t.target, t.status])).toEqual([
      ['tier1', { min: 50, max: 200 }, 'below'],
      ['tier2', { min: 5, max: 15 }, 'below'],
      ['tier3', { min: 2, max: 3 }, 'below'],
      ['prospect', null, null],
    ]);
  });
});
