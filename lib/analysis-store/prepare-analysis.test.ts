import Dexie from 'dexie';
import { DEFAULT_SETTINGS } from '../analytics/index';
import { ProgramAnalyser } from '../analytics/program-analyser';
import { creator, piece, program, q } from '../analytics/test-helpers';
import { analysisCacheDbName, openAnalysisCache, type AnalysisCache } from './analysis-cache';
import { summaryOfAnalysis } from './analysis-summary';
import { loadProgramData } from './load-program-data';
import { prepareSavedAnalyses, windowsToPrepare } from './prepare-analysis';
import { saveSettings } from '../db/settings-store';
import { freshDbPerTest } from '../db/test-helpers';

const db = freshDbPerTest();
const NOW = new Date(2026, 10, 20, 12).getTime();
let cache: AnalysisCache;

beforeEach(() => {
  cache = openAnalysisCache(db().name);
});
afterEach(async () => {
  cache.close();
  await Dexie.delete(analysisCacheDbName(db().name));
});

const day = (daysAgo: number) => new Date(NOW - daysAgo * 86_400_000).toISOString().slice(0, 10);

async function seed() {
  await db().creators.bulkPut([creator('id:1', { followers: q(45_000) }, { displayName: 'Mia' }), creator('id:2', { followers: q(3_000) })]);
  await db().content.bulkPut([piece('id:1', day(2), { views: q(1_000) }), piece('id:1', day(20)), piece('id:2', day(60))]);
  await db().programs.put(program('id:1', { acceptedTier: 'tier1', agreedPostsPerWeek: 3 }));
}

describe('windowsToPrepare', () => {
  it('puts the default window first, then the other offered windows', () => {
    expect(windowsToPrepare(28)).toEqual([28, 7, 90]);
    expect(windowsToPrepare(7)).toEqual([7, 28, 90]);
    expect(windowsToPrepare(14)).toEqual([14, 7, 28, 90]);
  });
});

describe('prepareSavedAnalyses', () => {
  it('saves, for every window, what the panel would save after its own analysis', async () => {
    await seed();
    const pauses: number[] = [];
    const result = await prepareSavedAnalyses({ db: db(), cache, now: () => NOW, pause: async () => void pauses.push(1) });
    expect(result.windows).toEqual([28, 7, 90]);
    expect(pauses.length).toBeGreaterThanOrEqual(4);

    const data = await loadProgramData(db(), () => {});
    const programs = await db().programs.toArray();
    const panel = new ProgramAnalyser();
    for (const windowDays of [7, 28, 90]) {
      const hit = await cache.read(windowDays);
      expect(hit?.savedAt).toBe(NOW);
      const expected = summaryOfAnalysis(panel.analyse({ data, programs, settings: DEFAULT_SETTINGS, asOf: NOW, windowDays }), new Map());
      expect(hit?.summary).toEqual(expected);
    }
  });

  it('uses the stored settings, their window first', async () => {
    await seed();
    const saved = await saveSettings(db(), { ...DEFAULT_SETTINGS, scorecardWindowDays: 14, minConversionRate: 0.05 });
    expect(saved.ok).toBe(true);
    const result = await prepareSavedAnalyses({ db: db(), cache, now: () => NOW });
    expect(result.windows).toEqual([14, 7, 28, 90]);
    const hit = await cache.read(14);
    expect(hit?.summary.settings.minConversionRate).toBe(0.05);
    expect(hit?.summary.windowDays).toBe(14);
  });

  it('removes every saved analysis when nothing is stored', async () => {
    await seed();
    await prepareSavedAnalyses({ db: db(), cache, now: () => NOW });
    await Promise.all([db().creators.clear(), db().content.clear(), db().programs.clear()]);
    const result = await prepareSavedAnalyses({ db: db(), cache, now: () => NOW });
    expect(result.windows).toEqual([]);
    expect(await cache.read(28)).toBeNull();
    expect(await cache.read(7)).toBeNull();
  });

  it('fails (for the caller to log) when the cache cannot be written, leaving the data alone', async () => {
    await seed();
    const failing: AnalysisCache = { ...cache, write: () => Promise.reject(new Error('quota')) };
    await expect(prepareSavedAnalyses({ db: db(), cache: failing, now: () => NOW })).rejects.toThrow('quota');
    expect(await db().creators.count()).toBe(2);
  });
});
