import type { ContentPiece } from '../model/entities';
import type { AffiliateOrder, CreatorProgram } from '../model/program';
import { dayNumberOf, isoDay } from '../calendar/days';
import { IN_SENTENCES, formatCountText } from '../format/number';
import { indexProgram } from './program-index';
import type { ProgramData } from './program-index-model';
import { DEFAULT_SETTINGS } from './settings';
import { suggestTiers, writtenOnce, type TierSuggestion } from './suggestions';
import { at, creator, options, order, piece, program, q, qRange } from './test-helpers';
import { followerBandText } from './tiers';

const asOf = at(2026, 11, 20, 12); // Friday
const asOfDay = dayNumberOf(2026, 11, 20);
const DAY = 86_400_000;

/** Days before `asOf` of the first post `postsInWeeks` adds, before the weeks looked at (tenure). */
const FIRST_POST_DAYS_AGO = 100;

/**
 * One post (and one order worth `gmv`) on the last day of each given rolling week (0 = newest),
 * plus a first post `firstPostDaysAgo` days back (null: none) so the creator has tenure.
 */
function postsInWeeks(key: string, weeks: number[], gmv: number, firstPostDaysAgo: number | null = FIRST_POST_DAYS_AGO): { content: ContentPiece[]; orders: AffiliateOrder[] } {
  const days = weeks.map((k) => isoDay(asOfDay - 7 * k));
  const first = firstPostDaysAgo === null ? [] : [piece(key, isoDay(asOfDay - firstPostDaysAgo))];
  return {
    content: [...first, ...days.map((d) => piece(key, d))],
    orders: days.map((d) => order(key, new Date(`${d}T12:00:00`).getTime(), gmv)),
  };
}

function run(parts: ({ content?: ContentPiece[]; orders?: AffiliateOrder[] } | ProgramData)[], settings = {}) {
  const data = {
    content: [] as ContentPiece[],
    orders: [] as AffiliateOrder[],
    programs: [] as CreatorProgram[],
    creators: [] as NonNullable<ProgramData['creators']>[number][],
  };
  for (const part of parts) {
    const p = part as ProgramData;
    data.content.push(...(p.content ?? []));
    data.orders.push(...(p.orders ?? []));
    data.programs.push(...(p.programs ?? []));
    data.creators.push(...(p.creators ?? []));
  }
  const list = suggestTiers(indexProgram(data), options(asOf, settings));
  return new Map<string, TierSuggestion>(list.map((s) => [s.creatorKey, s]));
}

const all13 = Array.from({ length: 13 }, (_, k) => k);
const tier1 = (key: string, extra: Partial<CreatorProgram> = {}) =>
  program(key, { acceptedTier: 'tier1', agreedPostsPerWeek: 1, ...extra });

describe('initial placement by followers', () => {
  const result = run([
    {
      creators: [
        creator('id:u', { followers: q(45_200) }),
        creator('id:v', { followers: q(3_000) }),
        creator('id:w', { followers: qRange(50_000, 200_000, '50K-200K') }),
        creator('id:x', {}),
        creator('id:y', { followers: qRange(10_000, 50_000, '10K-50K') }),
      ],
    },
  ]);

  it('places by band, says why, and gives the compensation model', () => {
    expect(result.get('id:u')).toEqual({
      creatorKey: 'id:u',
      handle: 'u',
      kind: 'initial',
      fromTier: null,
      toTier: 'tier1',
      reason: '45.2K followers is in the Tier 1 (nano/micro) band (5K–100K).',
      compensation: 'Commission only, 10–20%, plus free product.',
      evidence: { kind: 'followers', followers: 45_200, followersText: '45.2K' },
      dismissed: false,
    });
    expect(result.get('id:v')).toMatchObject({ toTier: 'prospect', reason: "3K followers is under the Tier 1 band's 5K: a prospect at most." });
    expect(result.get('id:y')).toMatchObject({ toTier: 'tier1', reason: '10K-50K followers is in the Tier 1 (nano/micro) band (5K–100K).' });
  });

  it('says nothing when followers are unknown or a range spans bands', () => {
    expect(result.has('id:w')).toBe(false);
    expect(result.has('id:x')).toBe(false);
  });
});

describe('promotion by performance', () => {
  const base = [
    postsInWeeks('id:p', all13, 300),
    postsInWeeks('id:q', all13, 100),
    postsInWeeks('id:r', [0, 1, 2, 3, 4], 50),
  ];

  it('promotes Tier 1 → 2 on consistent output and revenue per post above the Tier 1 median', () => {
    const result = run([...base, { programs: [tier1('id:p'), tier1('id:q'), tier1('id:r')] }]);
    expect(result.get('id:p')).toEqual({
      creatorKey: 'id:p',
      handle: null, // known only from its program record
      kind: 'promote',
      fromTier: 'tier1',
      toTier: 'tier2',
      reason:
        'Posting for 100 days (at least 90), posted in 13 of the last 13 weeks, revenue per post of $300.00 over 90 days is above the Tier 1 (nano/micro) median of $100.00, and no compliance flag.',
      compensation: 'Hybrid: a modest flat fee per content piece plus commission.',
      evidence: {
        kind: 'performance',
        weeksWithPosts: 13,
        weeks: 13,
        minWeeksWithPosts: 10,
        windowDays: 90,
        posts: 13,
        gmv: 3_900,
        revenuePerPost: 300,
        tierMedian: 100,
        peers: 3,
        tenureDays: 100,
        minTenureDays: 90,
      },
      dismissed: false,
    });
    expect(result.has('id:q')).toBe(false); // equal to the median is not above it
    expect(result.has('id:r')).toBe(false); // 5 of 13 weeks is not consistent
  });

  it('needs the setting number of weeks with posts', () => {
    const nine = postsInWeeks('id:p', [0, 1, 2, 3, 4, 5, 6, 7, 8], 300);
    const programs = { programs: [tier1('id:p'), tier1('id:q'), tier1('id:r')] };
    expect(run([nine, base[1]!, base[2]!, programs]).has('id:p')).toBe(false);
    expect(run([nine, base[1]!, base[2]!, programs], { consistencyMinWeeksWithPosts: 9 }).get('id:p')?.kind).toBe('promote');
  });

  it('needs tenure: the minimum period counted from the first post (90 days by default, a setting)', () => {
    const programs = { programs: [tier1('id:p'), tier1('id:q'), tier1('id:r')] };
    // 63 days of posts: consistent and converting, but too new to promote.
    const young = postsInWeeks('id:p', all13.slice(0, 10), 300, 63);
    expect(run([young, base[1]!, base[2]!, programs]).has('id:p')).toBe(false);
    // Exactly 90 days since the first post: promoted; 89: not.
    expect(run([postsInWeeks('id:p', all13, 300, 90), base[1]!, base[2]!, programs]).get('id:p')?.kind).toBe('promote');
    expect(run([postsInWeeks('id:p', all13.slice(0, 12), 300, 89), base[1]!, base[2]!, programs]).has('id:p')).toBe(false);
    // The setting: 60 days is enough for this seller.
    expect(run([young, base[1]!, base[2]!, programs], { promotionMinTenureDays: 60, consistencyMinWeeksWithPosts: 9 }).get('id:p')?.kind).toBe('promote');
  });

  it('never promotes with a compliance flag', () => {
    const programs = [tier1('id:p', { compliance: { flagged: true, note: 'claims' } }), tier1('id:q'), tier1('id:r')];
    expect(run([...base, { programs }]).has('id:p')).toBe(false);
  });

  it('never promotes on followers alone', () => {
    const result = run([
      { creators: [creator('id:big', { followers: q(800_000) })], programs: [tier1('id:big', { agreedPostsPerWeek: null })] },
      { content: [piece('id:big', isoDay(asOfDay - 5))] },
    ]);
    expect(result.has('id:big')).toBe(false);
  });

  it('promotes Tier 2 → 3 against the Tier 2 median, and nothing above Tier 3', () => {
    const tier2 = (key: string) => program(key, { acceptedTier: 'tier2', agreedPostsPerWeek: 1 });
    const result = run([...base, { programs: [tier2('id:p'), tier2('id:q'), program('id:r', { acceptedTier: 'tier3' })] }]);
    expect(result.get('id:p')).toMatchObject({ kind: 'promote', fromTier: 'tier2', toTier: 'tier3' });
    expect(result.get('id:p')!.compensation).toMatch(/^Flat fee plus commission, both higher/);
    expect((result.get('id:p')!.evidence as { tierMedian: number }).tierMedian).toBe(200); // median of 300 and 100
    expect(result.has('id:r')).toBe(false);
  });
});

describe('demotion and deprioritising on sustained under-delivery', () => {
  const under = postsInWeeks('id:d', [0, 2], 10); // posts per rolling week, newest first: 1, 0, 1, 0

  it('demotes Tier 2 below the agreed rate in each of the last 4 weeks', () => {
    const result = run([under, { programs: [program('id:d', { acceptedTier: 'tier2', agreedPostsPerWeek: 2 })] }]);
    expect(result.get('id:d')).toMatchObject({
      kind: 'demote',
      fromTier: 'tier2',
      toTier: 'tier1',
      reason:
        'Below the agreed 2 posts a week in each of the last 4 weeks (posts per week, newest first: 1, 0, 1, 0): suggest moving down to Tier 1 (nano/micro).',
      compensation: 'Commission only, 10–20%, plus free product.',
      evidence: { kind: 'under-delivery', weeklyPosts: [1, 0, 1, 0], agreedPostsPerWeek: 2, lastPostDay: '2026-11-20', daysInactive: 0 },
    });
  });

  it('deprioritises Tier 1 (no tier below) and wins over a promotion', () => {
    const result = run([
      postsInWeeks('id:d', all13, 1_000),
      postsInWeeks('id:q', all13, 10),
      { programs: [tier1('id:d', { agreedPostsPerWeek: 3 }), tier1('id:q')] },
    ]);
    expect(result.get('id:d')).toMatchObject({ kind: 'deprioritise', fromTier: 'tier1', toTier: 'tier1' });
    expect(result.get('id:d')!.reason).toMatch(/: suggest deprioritising\.$/);
  });

  it('does not hold weeks before the tier was accepted against it, nor a single bad week', () => {
    const recent = program('id:d', {
      acceptedTier: 'tier2',
      agreedPostsPerWeek: 2,
      tierHistory: [{ tier: 'tier2', at: asOf - 10 * DAY, by: 'seller' }],
    });
    expect(run([under, { programs: [recent] }]).has('id:d')).toBe(false);
    const oneBadWeek = postsInWeeks('id:d', [0, 0, 1, 1, 2, 2], 10); // 2, 2, 2, 0
    expect(run([oneBadWeek, { programs: [program('id:d', { acceptedTier: 'tier2', agreedPostsPerWeek: 2 })] }]).has('id:d')).toBe(false);
  });

  it('without an agreed rate, uses the inactivity rule', () => {
    const result = run([
      { content: [piece('id:t3', '2026-10-11')] },
      {
        programs: [
          program('id:t3', { acceptedTier: 'tier3' }),
          program('id:pr', { acceptedTier: 'prospect', tierHistory: [{ tier: 'prospect', at: asOf - 45 * DAY, by: 'seller' }] }),
          program('id:new', { acceptedTier: 'tier1', tierHistory: [{ tier: 'tier1', at: asOf - 5 * DAY, by: 'seller' }] }),
          // Accepted after its last post: the quiet stretch counts from the acceptance, and says so.
          program('id:late', { acceptedTier: 'tier2', tierHistory: [{ tier: 'tier2', at: asOf - 35 * DAY, by: 'seller' }] }),
        ],
      },
      { content: [piece('id:late', '2026-10-01')] },
    ]);
    expect(result.get('id:t3')).toMatchObject({
      kind: 'demote',
      toTier: 'tier2',
      reason: 'No content for 40 days (last post Oct 11, 2026; inactive after 30 days): suggest moving down to Tier 2 (mid-tier).',
    });
    expect(result.get('id:pr')).toMatchObject({
      kind: 'deprioritise',
      toTier: 'prospect',
      reason: 'No content stored in the 45 days since the tier was accepted (inactive after 30 days): suggest deprioritising.',
    });
    expect(result.has('id:new')).toBe(false);
    expect(result.get('id:late')).toMatchObject({
      kind: 'demote',
      reason: 'No content in the 35 days since the tier was accepted (last post Oct 1, 2026; inactive after 30 days): suggest moving down to Tier 1 (nano/micro).',
    });
  });
});

describe('the seller decides', () => {
  it('marks dismissed suggestions until the accepted tier changes', () => {
    const dismissedInitial = program('id:u', {
      dismissedSuggestions: [{ kind: 'initial', fromTier: null, toTier: 'tier1', at: asOf - DAY }],
    });
    const u = run([{ creators: [creator('id:u', { followers: q(45_000) })], programs: [dismissedInitial] }]).get('id:u')!;
    expect(u.dismissed).toBe(true);

    const stale = tier1('id:p', {
      tierHistory: [{ tier: 'tier1', at: asOf - 10 * DAY, by: 'seller' }],
      dismissedSuggestions: [{ kind: 'promote', fromTier: 'tier1', toTier: 'tier2', at: asOf - 20 * DAY }],
    });
    const result = run([
      postsInWeeks('id:p', all13, 300),
      postsInWeeks('id:q', all13, 100),
      { programs: [stale, tier1('id:q')] },
    ]);
    expect(result.get('id:p')).toMatchObject({ kind: 'promote', dismissed: false });
  });

  it('never changes the accepted tier', () => {
    const programs = [tier1('id:p'), tier1('id:q')];
    const before = JSON.stringify(programs);
    run([postsInWeeks('id:p', all13, 300), postsInWeeks('id:q', all13, 100), { programs }]);
    expect(JSON.stringify(programs)).toBe(before);
  });
});

describe('texts shared by the reasons of one run', () => {
  it('writtenOnce writes each key once and gives the same text as writing it again', () => {
    const written: number[] = [];
    const text = writtenOnce((n: number) => {
      written.push(n);
      return formatCountText(n, IN_SENTENCES);
    });
    expect([text(2), text(0.75), text(2), text(0.75)]).toEqual([formatCountText(2, IN_SENTENCES), '0.75', '2', '0.75']);
    expect(written).toEqual([2, 0.75]);
  });

  it('creators of one band, rate or tier get the same shared texts as each written on its own', () => {
    const data: ProgramData = {
      creators: [
        creator('id:a', { followers: q(45_200) }),
        creator('id:b', { followers: q(61_000) }),
        creator('id:c', { followers: q(3_000) }),
        creator('id:e', { followers: q(2_000) }),
      ],
    };
    const reasons = suggestTiers(indexProgram(data), options(asOf)).map((s) => s.reason);
    const band = followerBandText('tier1', DEFAULT_SETTINGS);
    const tier1Min = formatCountText(DEFAULT_SETTINGS.tier1MinFollowers, { compact: true });
    expect(reasons).toEqual([
      `45.2K followers is in the Tier 1 (nano/micro) band (${band}).`,
      `61K followers is in the Tier 1 (nano/micro) band (${band}).`,
      `3K followers is under the Tier 1 band's ${tier1Min}: a prospect at most.`,
      `2K followers is under the Tier 1 band's ${tier1Min}: a prospect at most.`,
    ]);
  });
});
