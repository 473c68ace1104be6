import { resetLocalDayCache } from '../calendar/days';
import { indexProgram } from './program-index';
import { contentVelocity } from './velocity';
import { at, options, piece, program } from './test-helpers';

describe('content velocity', () => {
  const data = {
    content: [
      piece('id:a', '2026-11-01'), // Sunday before the first week shown
      piece('id:a', '2026-11-02'), // Monday
      piece('id:a', '2026-11-08', {}, { type: 'live' as const }), // Sunday
      piece('id:b', '2026-11-08'),
      piece('id:b', '2026-11-09'), // Monday
      piece('id:a', '2026-11-15'),
      piece('id:a', '2026-11-15'),
      piece('id:c', '2026-11-16'),
      piece('id:a', '2026-11-20'), // the day of asOf
      piece('id:a', '2026-11-21'), // after asOf: not counted
      piece('id:a', undefined),
    ],
    programs: [
      program('id:a', { agreedPostsPerWeek: 3 }),
      program('id:b', { agreedPostsPerWeek: 1 }),
      program('id:c', { agreedPostsPerWeek: 1.5 }),
      program('id:d', { agreedPostsPerWeek: 2 }),
      program('id:e'),
    ],
  };
  const v = contentVelocity(indexProgram(data), options(at(2026, 11, 20, 12), { velocityWeeks: 3, paceWindowDays: 14 }));

  it('counts posts per Monday-started week, with week-over-week change', () => {
    expect(v.weeks).toEqual([
      { weekStart: '2026-11-02', posts: 3, videos: 2, lives: 1, activeCreators: 2, change: null, changeRatio: null, partial: false, daysCovered: 7 },
      { weekStart: '2026-11-09', posts: 3, videos: 3, lives: 0, activeCreators: 2, change: 0, changeRatio: 0, partial: false, daysCovered: 7 },
      { weekStart: '2026-11-16', posts: 2, videos: 2, lives: 0, activeCreators: 2, change: -1, changeRatio: -1 / 3, partial: true, daysCovered: 5 },
    ]);
    expect(v.weekOverWeek).toEqual({ weekStart: '2026-11-09', posts: 3, change: 0, changeRatio: 0 });
    expect(v.undatedPosts).toBe(1);
  });

  it('counts the posts of pieces without a creator, but no active creator for them', () => {
    const withOrphans = { ...data, content: [...data.content, piece(undefined, '2026-11-03'), piece(undefined, '2026-11-17', {}, { type: 'live' as const })] };
    const weeks = contentVelocity(indexProgram(withOrphans), options(at(2026, 11, 20, 12), { velocityWeeks: 3, paceWindowDays: 14 })).weeks;
    expect(weeks.map((w) => [w.posts, w.videos, w.activeCreators])).toEqual([
      [4, 3, 2],
      [3, 3, 2],
      [3, 2, 2],
    ]);
  });

  it('shows 12 weeks by default', () => {
    const twelve = contentVelocity(indexProgram(data), options(at(2026, 11, 20, 12)));
    expect(twelve.weeks).toHaveLength(12);
    expect(twelve.weeks[0]!.weekStart).toBe('2026-08-31');
    expect(twelve.weeks[0]!.changeRatio).toBeNull();
  });

  it('measures pace against the agreed rate and lists who is behind, furthest first', () => {
    expect(v.pace.map((p) => [p.creatorKey, p.posts, p.postsPerWeek, p.agreedPostsPerWeek])).toEqual([
      ['id:a', 4, 2, 3],
      ['id:b', 2, 1, 1],
      ['id:c', 1, 0.5, 1.5],
      ['id:d', 0, 0, 2],
    ]);
    // Ties (a and c are both 1 a week short) go by key.
    expect(v.behindPace.map((p) => [p.creatorKey, p.shortfallPerWeek])).toEqual([
      ['id:d', 2],
      ['id:a', 1],
      ['id:c', 1],
    ]);
  });

  it('starts the running week on Monday 00:00 local time, across a daylight-saving change', () => {
    const originalTz = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York'; // DST ended on Sunday 2026-11-01
      resetLocalDayCache();
      const idx = indexProgram({ content: [piece('id:a', '2026-11-01'), piece('id:a', '2026-11-02')] });
      const sundayNight = contentVelocity(idx, options(new Date(2026, 10, 1, 23, 30).getTime(), { velocityWeeks: 2 }));
      expect(sundayNight.weeks.map((w) => [w.weekStart, w.posts, w.daysCovered])).toEqual([
        ['2026-10-19', 0, 7],
        ['2026-10-26', 1, 7],
      ]);
      const mondayMorning = contentVelocity(idx, options(new Date(2026, 10, 2, 0, 10).getTime(), { velocityWeeks: 2 }));
      expect(mondayMorning.weeks.map((w) => [w.weekStart, w.posts, w.daysCovered, w.partial])).toEqual([
        ['2026-10-26', 1, 7, false],
        ['2026-11-02', 1, 1, true],
      ]);
    } finally {
      process.env.TZ = originalTz;
      if (originalTz === undefined) delete process.env.TZ;
      resetLocalDayCache();
    }
  });
});
