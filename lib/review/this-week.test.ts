import { indexProgram } from '../analytics/program-index';
import type { ProgramData } from '../analytics/program-index-model';
import { computeScorecards } from '../analytics/scorecard';
import { at, collaboration, creator, options, piece, program, sample } from '../analytics/test-helpers';
import { withPrograms } from '../analytics/with-programs';
import { overdueSamples, sampleFollowUps } from '../samples/follow-up';
import { daysSinceContact } from './last-contacted';
import { thisWeek, type ThisWeekInput } from './this-week';
import { findZombies } from './zombies';

const asOf = at(2026, 11, 20, 12);
const settings = { followUpAfterDays: 7, thisWeekSize: 10 };

const data: ProgramData = {
  currency: 'USD',
  creators: [creator('id:a'), creator('id:b'), creator('id:c'), creator('id:d'), creator('id:e')],
  content: [
    piece('id:b', '2026-09-01'), // b: posted, then nothing for 80 days (accepted tier: a zombie from posts)
    piece('id:c', '2026-11-18'),
    piece('id:e', '2026-08-01'), // e: went quiet but is not in the program (no tier, no sample)
  ],
  collaborations: [collaboration('t1', ['id:d'], { validFrom: '2026-09-01' })], // d: in a collaboration, no content
  samples: [
    sample('id:a', 'p1', { id: 's1', productName: 'Serum', shippedAt: at(2026, 10, 20) }), // 17 days overdue
    sample('id:a', 'p2', { id: 's2', shippedAt: at(2026, 11, 1) }), // 5 days overdue
    sample('id:c', 'p3', { id: 's3', shippedAt: at(2026, 11, 4) }), // 2 days overdue
  ],
};
const programs = [program('id:b', { acceptedTier: 'tier1' })];

function input(lastContacted = new Map<string, number>()): ThisWeekInput {
  const index = withPrograms(indexProgram(data), programs);
  const scorecards = computeScorecards(index, options(asOf));
  const followUps = sampleFollowUps(index, { asOf, settings: { sampleContentWindowDays: 14 } });
  return {
    asOf,
    settings,
    currency: 'USD',
    scorecards,
    suggestions: [],
    behindPace: [
      { creatorKey: 'id:c', handle: 'c', posts: 1, windowDays: 28, postsPerWeek: 0.25, agreedPostsPerWeek: 2, shortfallPerWeek: 1.75, paceRatio: 0.125 },
    ],
    sparkAds: [],
    overdue: overdueSamples(followUps),
    zombies: findZombies(index, scorecards, { asOf, settings: { zombieAfterDays: 30 } }),
    lastContacted,
  };
}

describe('zombies from posts and from collaborations', () => {
  it('finds a program creator who stopped posting without any collaboration, and one in a collaboration who never posted', () => {
    const i = input();
    expect(i.zombies.map((z) => [z.creatorKey, z.found, z.daysInactive])).toEqual([
      ['id:b', 'posts', 80],
      ['id:d', 'collaboration', 80],
    ]);
    // e went quiet but is not in the program; c posted 2 days ago.
  });

  it('a collaboration that began after the last post: the quiet stretch counts from its start, and says so', () => {
    const late: ProgramData = {
      currency: 'USD',
      creators: [creator('id:g')],
      content: [piece('id:g', '2026-06-01')],
      collaborations: [collaboration('t2', ['id:g'], { validFrom: '2026-09-01' })],
    };
    const index = indexProgram(late);
    const scorecards = computeScorecards(index, options(asOf));
    const zombies = findZombies(index, scorecards, { asOf, settings: { zombieAfterDays: 30 } });
    expect(zombies).toMatchObject([{ creatorKey: 'id:g', daysInactive: 80, sinceCollaboration: true, lastPostDay: '2026-06-01' }]);
    const { items } = thisWeek({ ...input(), scorecards, zombies, overdue: [], behindPace: [] });
    expect(items.map((i) => i.reasons.map((r) => r.text))).toEqual([['No content in the 80 days since the collaboration began (last post Jun 1, 2026)']]);
    // Quiet since the last post (b): counted from it; never posted, in a collaboration (d): from its start.
    const reasons = new Map(thisWeek(input()).items.map((i) => [i.creatorKey, i.reasons[0]!.text]));
    expect(reasons.get('id:b')).toBe('No content for 80 days (last post Sep 1, 2026)');
    expect(reasons.get('id:d')).toBe('No content in the 80 days since the collaboration began');
  });
});

describe('this week', () => {
  it('ranks chasing by how far behind (a long-overdue sample, then long zombies, then a sample just overdue); one line per creator with all its reasons', () => {
    const { items, total } = thisWeek(input());
    expect(total).toBe(4);
    expect(items.map((i) => [i.creatorKey, i.reasons.map((r) => r.kind)])).toEqual([
      ['id:a', ['overdue-sample']],
      ['id:b', ['zombie']],
      ['id:d', ['zombie']],
      ['id:c', ['overdue-sample', 'behind-pace']],
    ]);
    const a = items[0]!.reasons[0]!;
    expect(a.text).toBe('Serum sample shipped Oct 20, 2026, no post 17 days past due (and 1 more overdue sample)');
    expect(a.action).toMatchObject({ kind: 'remind', sample: { sampleId: 's1' } });
  });

  it('a creator contacted within the follow-up days is not chased again this week', () => {
    const { items } = thisWeek(input(new Map([['id:a', at(2026, 11, 18)]])));
    const a = items.find((i) => i.creatorKey === 'id:a')!;
    expect(a.recentlyContacted).toBe(true);
    expect(a.daysSinceContact).toBe(2);
    expect(a.reasons[0]!.text).toMatch(/contacted 2 days ago$/);
    expect(items.at(-1)!.creatorKey).toBe('id:a');
    // Contacted 7 days ago (the setting): due again.
    expect(thisWeek(input(new Map([['id:a', at(2026, 11, 13)]]))).items[0]!.creatorKey).toBe('id:a');
  });

  it('keeps the list short (a setting) and says how many there are in all', () => {
    const { items, total } = thisWeek({ ...input(), settings: { ...settings, thisWeekSize: 2 } });
    expect(items).toHaveLength(2);
    expect(total).toBe(4);
  });

  it('opportunities follow the chasing: a promotion and a Spark Ads video', () => {
    const base = input();
    const { items } = thisWeek({
      ...base,
      suggestions: [
        { creatorKey: 'id:e', handle: 'e', kind: 'promote', fromTier: 'tier1', toTier: 'tier2', reason: 'Posting for 120 days…', compensation: '', evidence: { kind: 'followers', followers: 1, followersText: '1' }, dismissed: false },
      ],
      sparkAds: [{ rank: 1, contentKey: 'video:v', contentId: 'v', type: 'video', creatorKey: 'id:f', handle: 'f', title: null, postDate: '2026-11-10', clicks: 400, clicksSource: 'clicks', orders: 16, conversionRate: 0.04, views: 8000, gmv: 320 }],
    });
    expect(items.slice(-2).map((i) => [i.creatorKey, i.reasons[0]!.kind])).toEqual([
      ['id:e', 'tier-change'],
      ['id:f', 'spark-ads'],
    ]);
    expect(items.at(-1)!.reasons[0]!.text).toBe('Spark Ads candidate: 4% conversion on 400 clicks, $320.00 GMV');
  });

  it("gives one Spark Ads reason per creator, from the creator's best video", () => {
    const video = { contentKey: 'video:v', contentId: 'v', type: 'video' as const, creatorKey: 'id:f', handle: 'f', title: null, postDate: '2026-11-10', clicksSource: 'clicks' as const, orders: 16, views: 8000, gmv: 320 };
    const { items } = thisWeek({
      ...input(),
      sparkAds: [
        { ...video, rank: 1, clicks: 400, conversionRate: 0.04 },
        { ...video, rank: 2, contentKey: 'video:w', contentId: 'w', clicks: 300, conversionRate: 0.03 },
      ],
    });
    const f = items.find((i) => i.creatorKey === 'id:f')!;
    expect(f.reasons.map((r) => r.kind)).toEqual(['spark-ads']);
    expect(f.reasons[0]!.text).toContain('4% conversion on 400 clicks');
  });
});

describe('days since contact', () => {
  it('counts local calendar days; never contacted is null', () => {
    expect(daysSinceContact(at(2026, 11, 20, 8), at(2026, 11, 20, 20))).toBe(0);
    expect(daysSinceContact(at(2026, 11, 19, 23, 59), at(2026, 11, 20, 0, 1))).toBe(1);
    expect(daysSinceContact(undefined, asOf)).toBeNull();
  });
});

describe('follow-up list', () => {
  it('lists who needs chasing and was not contacted in the follow-up days, never contacted first', async () => {
    const { followUpList } = await import('./follow-up-list');
    const i = input(new Map([['id:a', at(2026, 11, 18)], ['id:b', at(2026, 11, 1)]]));
    const list = followUpList({ asOf, followUpAfterDays: 7, behindPace: i.behindPace, overdue: i.overdue, zombies: i.zombies, lastContacted: i.lastContacted });
    expect(list.map((f) => [f.creatorKey, f.reasons, f.daysSinceContact])).toEqual([
      ['id:c', ['overdue-sample', 'behind-pace'], null],
      ['id:d', ['zombie'], null],
      ['id:b', ['zombie'], 19],
    ]);
    // a was contacted 2 days ago: not on the list.
    expect(list.find((f) => f.creatorKey === 'id:c')!.overdueSample?.sampleId).toBe('s3');
  });
});
