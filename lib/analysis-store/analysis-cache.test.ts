import Dexie from 'dexie';
import { DEFAULT_SETTINGS } from '../analytics/settings';
import { scorecard, suggestion } from '../export/test-scorecards';
import { analysisCacheDbName, openAnalysisCache, type AnalysisCache } from './analysis-cache';
import { ANALYSIS_CACHE_FORMAT, DATA_SCHEMA_VERSION, type AnalysisSummary } from './analysis-record';
import { decodeRows, encodeRows } from './row-columns';
import { fromOverviewRecord, overviewOfSummary, toOverviewRecord } from './overview-record';
import { SCHEMA_VERSIONS } from '../db/database';

function summary(overrides: Partial<AnalysisSummary> = {}): AnalysisSummary {
  return {
    windowDays: 28,
    asOf: Date.UTC(2026, 10, 20, 12),
    settings: DEFAULT_SETTINGS,
    currency: 'USD',
    storedPieces: 12,
    creators: [
      { key: 'id:7001', handle: 'glowwithmia', displayName: 'Mia Chen', hasCreator: true, creatorId: '7001', creatorHandle: 'glowwithmia', handleDisplay: 'GlowWithMia' },
      { key: 'h:leo', handle: 'leo', displayName: null, hasCreator: false, creatorId: null, creatorHandle: null, handleDisplay: null },
    ],
    scorecards: [scorecard(), scorecard({ creatorKey: 'h:leo', handle: 'leo', displayName: null, gmv: null, followers: null, flags: [] })],
    suggestions: [suggestion()],
    velocity: {
      weeks: [{ weekStart: '2026-11-16', posts: 3, videos: 2, lives: 1, activeCreators: 2, change: null, changeRatio: null, partial: true, daysCovered: 5 }],
      weekOverWeek: null,
      pace: [{ creatorKey: 'id:7001', handle: 'glowwithmia', posts: 8, windowDays: 28, postsPerWeek: 2, agreedPostsPerWeek: 3, shortfallPerWeek: 1, paceRatio: 2 / 3 }],
      behindPace: [],
      undatedPosts: 1,
    },
    roster: { tiers: [], unplaced: 1, unplacedActive: 0 },
    leaderboard: {
      week: { from: '2026-11-14', to: '2026-11-20' },
      previousWeek: { from: '2026-11-07', to: '2026-11-13' },
      byGmv: [{ rank: 1, creatorKey: 'h:leo', handle: 'leo', value: 120.5, previousValue: null, previousRank: null, rankChange: null, change: null }],
      byConversion: [],
    },
    weekly: {
      week: {
        items: [
          {
            creatorKey: 'h:leo',
            score: 70,
            reasons: [{ kind: 'behind-pace', text: '2 of the agreed 3 posts a week over 28 days', score: 70, action: { kind: 'open-creator' } }],
            daysSinceContact: null,
            recentlyContacted: false,
          },
        ],
        total: 1,
      },
      channels: {},
      sharpeners: [{ page: 'Affiliate orders', why: 'GMV, commission and sales after each sample' }],
      targets: [],
      firstCapture: Date.UTC(2026, 9, 1),
      budget: { sampleCost: 0, sparkAdsSpend: null, coordinator: 0, total: null, min: 8000, max: 15000, status: 'unknown', buildPhase: true },
    },
    ...overrides,
  };
}

describe('encodeRows / decodeRows', () => {
  it('gives back equal rows: numbers with nulls, strings, nested values, missing properties', () => {
    const rows = [
      { a: 1, b: 'x', c: null, d: { nested: [1, 2] }, e: -0, f: Number.NaN },
      { a: null, b: null, c: null, d: [], e: 2.5, f: 1 },
      { a: 3, d: null, e: Infinity, f: 0, g: true },
    ];
    const encoded = encodeRows(rows);
    const kinds = Object.fromEntries(encoded.columns.map((c) => [c.key, 'numbers' in c ? 'numbers' : 'values']));
    expect(kinds).toEqual({ a: 'numbers', b: 'values', c: 'values', d: 'values', e: 'numbers', f: 'numbers', g: 'values' });
    const back = decodeRows<Record<string, unknown>>(structuredClone(encoded));
    expect(back).toEqual(rows);
    expect(Object.keys(back[2]!)).toEqual(['a', 'd', 'e', 'f', 'g']);
    expect(Object.is(back[0]!.e, -0)).toBe(true);
    expect(back[0]!.f).toBeNaN();
  });

  it('gives back scorecards exactly', () => {
    const cards = [scorecard(), scorecard({ creatorKey: 'id:2', conversionRate: null, flags: [] })];
    expect(decodeRows(structuredClone(encodeRows(cards)))).toEqual(cards);
  });

  it('handles no rows', () => {
    expect(decodeRows(encodeRows([]))).toEqual([]);
  });

  it('gives back keys JSON must escape, and one row as it was', () => {
    const rows = [{ 'say "hi"': 1, 'back\\slash': 'x', 'line\nbreak': null, 'é 😀': [1], '': 2 }];
    const back = decodeRows<Record<string, unknown>>(structuredClone(encodeRows(rows)));
    expect(back).toEqual(rows);
    expect(Object.keys(back[0]!)).toEqual(Object.keys(rows[0]!));
  });
});

describe('analysis cache', () => {
  let cache: AnalysisCache;
  let dataDbName: string;

  beforeEach(() => {
    dataDbName = `cache-test-${Math.random().toString(36).slice(2)}`;
    cache = openAnalysisCache(dataDbName);
  });

  afterEach(async () => {
    cache.close();
    await Dexie.delete(analysisCacheDbName(dataDbName));
  });

  it('reads back the summary saved for a window, with when it was saved', async () => {
    const saved = summary();
    await cache.write(saved, 1234);
    const read = await cache.read(28);
    expect(read).toEqual({ summary: saved, savedAt: 1234 });
  });

  it('keeps one summary per window and never returns another window’s', async () => {
    await cache.write(summary({ windowDays: 7, storedPieces: 7 }));
    await cache.write(summary({ windowDays: 28, storedPieces: 28 }));
    expect((await cache.read(7))?.summary.storedPieces).toBe(7);
    expect((await cache.read(28))?.summary.storedPieces).toBe(28);
    expect(await cache.read(90)).toBeNull();
    await cache.write(summary({ windowDays: 28, storedPieces: 29 }));
    expect((await cache.read(28))?.summary.storedPieces).toBe(29);
  });

  it('ignores (and drops) a record of another format or data schema', async () => {
    expect(DATA_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    await cache.write(summary({ windowDays: 7 }));
    await cache.write(summary({ windowDays: 28 }));
    const raw = new Dexie(analysisCacheDbName(dataDbName));
    raw.version(2).stores({ analyses: 'windowDays', overviews: 'windowDays' });
    for (const table of ['analyses', 'overviews']) {
      await raw.table(table).update(7, { format: ANALYSIS_CACHE_FORMAT + 1 });
      await raw.table(table).update(28, { schemaVersion: DATA_SCHEMA_VERSION - 1 });
    }
    expect(await cache.read(7)).toBeNull();
    expect(await cache.read(28)).toBeNull();
    expect(await cache.readOverview(7)).toBeNull();
    expect(await cache.readOverview(28)).toBeNull();
    expect(await raw.table('analyses').count()).toBe(0);
    expect(await raw.table('overviews').count()).toBe(0);
    raw.close();
  });

  it('reads back the Overview of a saved summary on its own: counts, names of the leaderboard only', async () => {
    const weakHooks = { kind: 'low-hook-retention', hookRetention: 0.1, videos: 3, threshold: 0.25 } as const;
    const base = summary();
    const saved = summary({ scorecards: [scorecard({ flags: [weakHooks, { ...weakHooks, videos: 4 }] }), ...base.scorecards.slice(1)] });
    await cache.write(saved, 1234);
    const read = await cache.readOverview(28);
    expect(read).toEqual({ savedAt: 1234, overview: overviewOfSummary(saved) });
    const overview = read!.overview;
    expect(overview.creatorCount).toBe(2);
    expect(overview.names.map((n) => n.key)).toEqual(['h:leo']);
    expect(overview.counts).toEqual({ suggestions: 1, behindPace: 0, flagged: { 'low-hook-retention': 1 } });
    expect(overview.velocity).toEqual({ weeks: saved.velocity.weeks, weekOverWeek: null, undatedPosts: 1 });
    expect(await cache.readOverview(7)).toBeNull();
  });

  it('keeps the weekly sections in the Overview, with the names of the creators they show', async () => {
    const base = summary();
    const target = { creatorKey: 'id:7001', reason: 'Came through open collaboration', conversionRate: 0.05, clicks: 400, programMedian: 0.02, peers: 9, openRate: 0.1, suggestedRate: 0.15, dismissed: false, accepted: false };
    const saved = summary({ leaderboard: { ...base.leaderboard, byGmv: [] }, weekly: { ...base.weekly, targets: [target] } });
    await cache.write(saved, 1234);
    const read = await cache.readOverview(28);
    expect(read!.overview.weekly).toEqual(saved.weekly);
    expect(read!.overview.names.map((n) => n.key).sort()).toEqual(['h:leo', 'id:7001']);
    expect((await cache.read(28))!.summary.weekly).toEqual(saved.weekly);
  });

  it('takes a damaged or foreign Overview record for none (and drops it)', async () => {
    const good = toOverviewRecord(summary(), 1234);
    expect(fromOverviewRecord(structuredClone(good))).not.toBeNull();
    const damaged: unknown[] = [
      null,
      'overview',
      [],
      { ...good, savedAt: 'yesterday' },
      { ...good, creatorCount: -1 },
      { ...good, names: [{ key: 7 }] },
      { ...good, velocity: { ...good.velocity, weeks: [{ weekStart: '2026-11-16', posts: Number.NaN }] } },
      { ...good, roster: { tiers: 'all', unplaced: 0 } },
      { ...good, leaderboard: { ...good.leaderboard, byGmv: [{ rank: 1 }] } },
      { ...good, counts: { suggestions: 1, behindPace: 0, flagged: { zombie: '3' } } },
      { ...good, counts: undefined },
      { ...good, weekly: undefined },
      { ...good, weekly: { ...good.weekly, week: { items: [{ creatorKey: 'h:leo', reasons: [] }], total: 1 } } },
      { ...good, weekly: { ...good.weekly, targets: [{ creatorKey: 'h:leo' }] } },
      { ...good, weekly: { ...good.weekly, budget: { ...good.weekly.budget, total: '12' } } },
    ];
    for (const record of damaged) expect(fromOverviewRecord(record)).toBeNull();

    await cache.write(summary(), 1234);
    const raw = new Dexie(analysisCacheDbName(dataDbName));
    raw.version(2).stores({ analyses: 'windowDays', overviews: 'windowDays' });
    await raw.table('overviews').update(28, { counts: { suggestions: 'many' } });
    expect(await cache.readOverview(28)).toBeNull();
    expect(await raw.table('overviews').count()).toBe(0);
    // The full record is untouched.
    expect(await cache.read(28)).not.toBeNull();
    raw.close();
  });

  it('belongs to one data database', async () => {
    await cache.write(summary());
    const other = openAnalysisCache(`${dataDbName}-other`);
    expect(await other.read(28)).toBeNull();
    other.close();
    await Dexie.delete(analysisCacheDbName(`${dataDbName}-other`));
  });

  it('forgets one window or all of them', async () => {
    await cache.write(summary({ windowDays: 7 }));
    await cache.write(summary({ windowDays: 28 }));
    await cache.remove(7);
    expect(await cache.read(7)).toBeNull();
    expect(await cache.readOverview(7)).toBeNull();
    expect(await cache.read(28)).not.toBeNull();
    expect(await cache.readOverview(28)).not.toBeNull();
    await cache.remove();
    expect(await cache.read(28)).toBeNull();
    expect(await cache.readOverview(28)).toBeNull();
  });

  it('saves and forgets in the order asked, however long a save takes to fingerprint (in steps)', async () => {
    const big = summary({ storedPieces: 1, scorecards: Array.from({ length: 3_000 }, (_, i) => scorecard({ creatorKey: `id:${i}` })) });
    const small = summary({ storedPieces: 2 });
    expect(await Promise.all([cache.write(big, 1_000), cache.write(small, 2_000)])).toEqual(['written', 'written']);
    expect((await cache.read(28))?.summary.storedPieces).toBe(2);
    await Promise.all([cache.write(big, 3_000), cache.remove()]);
    expect(await cache.read(28)).toBeNull();
  });
});

describe('saving only what changed', () => {
  let cache: AnalysisCache;
  let dataDbName: string;
  let raw: Dexie;

  beforeEach(() => {
    dataDbName = `cache-test-${Math.random().toString(36).slice(2)}`;
    cache = openAnalysisCache(dataDbName);
    raw = new Dexie(analysisCacheDbName(dataDbName));
    raw.version(2).stores({ analyses: 'windowDays', overviews: 'windowDays' });
  });

  afterEach(async () => {
    raw.close();
    cache.close();
    await Dexie.delete(analysisCacheDbName(dataDbName));
  });

  it('does not write the same analysis again: it notes when it found it the same', async () => {
    const saved = summary();
    expect(await cache.write(saved, 1000)).toBe('written');
    const fullBefore = await raw.table('analyses').get(28);
    // The same analysis later the same day (a new moment, equal content, fresh objects).
    const again = { ...structuredClone(saved), asOf: saved.asOf + 3_600_000 };
    expect(await cache.write(again, 2000)).toBe('unchanged');
    expect(await raw.table('analyses').get(28)).toEqual(fullBefore);
    expect(await cache.read(28)).toEqual({ summary: saved, savedAt: 1000 });
    expect(await cache.readOverview(28)).toEqual({ overview: overviewOfSummary(saved), savedAt: 1000, checkedAt: 2000 });
  });

  it('writes an analysis that differs in any number, name, setting or day', async () => {
    const base = summary();
    const changes: AnalysisSummary[] = [
      { ...base, scorecards: [scorecard({ gmv: 1234.51 }), ...base.scorecards.slice(1)] },
      { ...base, creators: base.creators.map((c, i) => (i === 0 ? { ...c, displayName: 'Mia C.' } : c)) },
      { ...base, settings: { ...base.settings, followUpAfterDays: base.settings.followUpAfterDays + 1 } },
      { ...base, asOf: base.asOf + 86_400_000 },
      { ...base, storedPieces: 13 },
      { ...base, velocity: { ...base.velocity, undatedPosts: 2 } },
      { ...base, weekly: { ...base.weekly, week: { ...base.weekly.week, items: base.weekly.week.items.map((item) => ({ ...item, daysSinceContact: 3 })) } } },
      { ...base, weekly: { ...base.weekly, budget: { ...base.weekly.budget, sampleCost: 12 } } },
    ];
    let savedAt = 1000;
    await cache.write(base, savedAt);
    for (const changed of changes) {
      savedAt += 1000;
      expect(await cache.write(changed, savedAt)).toBe('written');
      expect((await cache.read(28))?.savedAt).toBe(savedAt);
      expect((await cache.readOverview(28))?.savedAt).toBe(savedAt);
      expect(await cache.write(base, (savedAt += 1000))).toBe('written');
    }
  });

  it('writes again when the full record is missing or the saved one is of another format', async () => {
    await cache.write(summary(), 1000);
    await raw.table('analyses').delete(28);
    expect(await cache.write(summary(), 2000)).toBe('written');
    expect((await cache.read(28))?.savedAt).toBe(2000);
    await raw.table('overviews').update(28, { format: ANALYSIS_CACHE_FORMAT + 1 });
    expect(await cache.write(summary(), 3000)).toBe('written');
    expect((await cache.readOverview(28))?.savedAt).toBe(3000);
  });
});
