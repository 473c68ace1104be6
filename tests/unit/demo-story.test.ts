/**
 * The demo tells its story on whatever day it runs: generated relative to `asOf`, read back with the
 * real analytics, on every weekday and at both ends of the day.
 */
import { analyseProgram, DEFAULT_SETTINGS, indexProgram, sampleRoi } from '../../lib/analytics';
import { localDayOfTimestamp, parseDay } from '../../lib/calendar/days';
import { parseBackupText } from '../../lib/backup/restore';
import { demoBackupText } from '../demo/story/backup';
import { CAST } from '../demo/story/cast';
import { generateDemoProgram, PROGRAM_WEEKS } from '../demo/story/program';

const MOMENTS = [
  '2026-12-01T10:00:00', // Tuesday
  '2026-12-02T00:05:00',
  '2026-12-03T23:55:00',
  '2026-12-04T12:00:00',
  '2026-12-05T22:00:00',
  '2026-12-06T08:00:00', // Sunday
  '2027-03-08T08:00:00', // Monday, another season
];

describe('the demo program', { timeout: 60_000 }, () => {
  it('has sixty distinct creators and no look-alikes', () => {
    expect(CAST).toHaveLength(60);
    const handles = CAST.map((m) => m.handle.toLowerCase());
    expect(new Set(handles).size).toBe(60);
    expect(new Set(CAST.map((m) => m.displayName)).size).toBe(60);
    for (const handle of handles) expect(handle).not.toMatch(/_pg\d|\d+$/);
  });

  it.each(MOMENTS)('tells its story as of %s', (moment) => {
    const asOf = new Date(moment).getTime();
    const { tables, story } = generateDemoProgram(asOf);
    const today = localDayOfTimestamp(asOf);

    // Dated relative to asOf: sixteen weeks up to today, nothing in the future.
    const days = tables.content.map((c) => parseDay(c.postDate)!);
    expect(Math.max(...days)).toBeLessThanOrEqual(today);
    expect(Math.min(...days)).toBeGreaterThan(today - PROGRAM_WEEKS * 7);
    expect(Math.max(...tables.orders.map((o) => o.createdAt))).toBeLessThanOrEqual(asOf);

    const a = analyseProgram(tables, { asOf, settings: DEFAULT_SETTINGS });
    const suggestion = (kind: string) => a.suggestions.filter((s) => s.kind === kind).map((s) => s.handle);
    expect(suggestion('promote')).toEqual([story.star]);
    expect(suggestion('demote')).toEqual([story.slippingPartner]);
    expect(suggestion('deprioritise').sort()).toEqual([...story.zombies, ...story.falling].sort());

    const flagged = (kind: string) => a.scorecards.filter((c) => c.flags.some((f) => f.kind === kind)).map((c) => c.handle);
    expect(flagged('zombie').sort()).toEqual([...story.zombies].sort());
    expect(flagged('low-conversion')).toEqual(expect.arrayContaining(story.lowConverters));

    const samples = sampleRoi(indexProgram(tables), { asOf, settings: DEFAULT_SETTINGS });
    expect(samples.program.overdue).toBe(story.overdueSamples.length);
    expect(samples.program.awaiting).toBe(story.awaitingSamples.length);
    expect(samples.program.deliveredOnTime).toBeGreaterThan(20);

    expect(a.sparkAds.length).toBeGreaterThanOrEqual(5);
    expect(a.sparkAds[0]!.handle).toBe(story.star);
    expect(a.sparkAds[0]!.clicks).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.sparkAdsMinClicks);

    // Velocity rises over the twelve weeks shown: the last three complete weeks beat the first three.
    const complete = a.velocity.weeks.filter((w) => !w.partial).map((w) => w.posts);
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    expect(sum(complete.slice(-3))).toBeGreaterThan(sum(complete.slice(0, 3)));

    const tiers = Object.fromEntries(a.roster.tiers.map((t) => [t.tier, t.creators]));
    expect(tiers).toEqual({ tier3: 2, tier2: 8, tier1: 38, prospect: 7 });
    expect(story.briefs.slice(0, 2).every((b) => b.taggedPosts > 5)).toBe(true);
  });

  it('restores as a valid backup', async () => {
    const asOf = new Date(MOMENTS[0]!).getTime();
    const { tables } = generateDemoProgram(asOf);
    const check = await parseBackupText(demoBackupText(tables, asOf));
    expect(check.ok ? check.backup.counts : check.error).toEqual(Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length])));
  });
});
