import Dexie from 'dexie';
import { DEFAULT_SETTINGS } from '../../lib/analytics/index';
import { analysisCacheDbName, openAnalysisCache } from '../../lib/analysis-store/analysis-cache';
import type { CreatorDeskDb } from '../../lib/db/database';
import { listItems } from '../creators/creator-list';
import { actionGroups } from '../overview/action-groups';
import { velocitySummary } from '../overview/VelocitySection';
import { NOW, creator, daysAgo, panelTestDb, q, renderPanel, until, video, type Rendered } from '../testing/render-panel';
import { ProgramAnalyser } from '../../lib/analytics/program-analyser';
import { isEmptySummary, summaryOfAnalysis } from '../../lib/analysis-store/analysis-summary';
import { loadProgramData } from '../../lib/analysis-store/load-program-data';
import { viewOfOverview, viewOfSummary } from './cached-view';
import { creatorName } from './names';
import { changedProgramTables, reloadPolicy } from './useProgramData';

async function seed(db: CreatorDeskDb) {
  await db.creators.bulkPut([
    creator('1', 'Mia', { followers: q(45_200) }, { displayName: 'Mia Chen' }),
    creator('2', 'Leo', { followers: q(3_000) }),
  ]);
  await db.content.bulkPut([
    video('id:1', daysAgo(2), { views: q(12_000), clicks: q(1_500), orders: q(15), gmv: q(1_200, 'USD') }),
    video('id:1', daysAgo(9), { views: q(9_000) }),
    video('id:2', daysAgo(40), { views: q(500) }),
    video('h:nobody', daysAgo(3), { views: q(100) }),
  ]);
  await db.programs.put({
    creatorKey: 'id:1',
    agreedPostsPerWeek: 3,
    flatFeePerPost: null,
    acceptedTier: 'tier1',
    tierHistory: [{ tier: 'tier1', at: NOW - 60 * 86_400_000, by: 'seller' }],
    dismissedSuggestions: [],
    compliance: { flagged: false },
    updatedAt: NOW,
  });
}

describe('the cached view', () => {
  it('shows the Overview and the Creators list exactly as the analysis it was saved from', async () => {
    const db = panelTestDb();
    await seed(db);
    const data = await loadProgramData(db, () => {});
    const programs = await db.programs.toArray();
    const fresh = new ProgramAnalyser().analyse({ data, programs, settings: DEFAULT_SETTINGS, asOf: NOW, windowDays: 28 });
    const cache = openAnalysisCache(db.name);
    await cache.write(summaryOfAnalysis(fresh, new Map()), NOW);
    const hit = await cache.read(28);
    expect(hit?.savedAt).toBe(NOW);
    const cached = viewOfSummary(hit!.summary);

    expect(actionGroups(cached)).toEqual(actionGroups(fresh));
    expect(velocitySummary(cached.velocity)).toBe(velocitySummary(fresh.velocity));
    expect(cached.roster).toEqual(fresh.roster);
    expect(cached.leaderboard).toEqual(fresh.leaderboard);
    const row = (item: ReturnType<typeof listItems>[number]) => ({ ...item, card: item.card });
    expect(listItems(cached).map(row)).toEqual(listItems(fresh).map(row));
    for (const entry of fresh.index.entries) expect(creatorName(cached.index, entry.key)).toBe(creatorName(fresh.index, entry.key));
    expect(cached.index.currency).toBe(fresh.index.currency);
    expect(isEmptySummary(hit!.summary)).toBe(false);

    // The Overview record alone (read first on opening) shows the Overview's sections the same.
    const overview = await cache.readOverview(28);
    expect(overview?.savedAt).toBe(NOW);
    const early = viewOfOverview(overview!.overview);
    expect(actionGroups(early)).toEqual(actionGroups(fresh));
    expect(velocitySummary(early.velocity)).toBe(velocitySummary(fresh.velocity));
    expect(early.roster).toEqual(fresh.roster);
    expect(early.leaderboard).toEqual(fresh.leaderboard);
    expect(fresh.leaderboard.byGmv.length).toBeGreaterThan(0);
    for (const row of [...fresh.leaderboard.byGmv, ...fresh.leaderboard.byConversion]) {
      expect(creatorName(early.index, row.creatorKey)).toBe(creatorName(fresh.index, row.creatorKey));
    }
    expect(early.index.currency).toBe(fresh.index.currency);

    cache.close();
    await Dexie.delete(analysisCacheDbName(db.name));
    await db.delete();
  });
});

describe('changedProgramTables', () => {
  it('names the analytics tables a change notification touches, of this database only', () => {
    const parts = {
      'idb://creator-desk/content/': {},
      'idb://creator-desk/content/creatorKey': {},
      'idb://creator-desk/programs/': {},
      'idb://creator-desk/captureLog/': {},
      'idb://other/creators/': {},
      'idb://creator-desk-analysis-cache/analyses/': {},
    } as never;
    expect(changedProgramTables(parts, 'creator-desk')).toEqual(['rollups', 'spark']);
    expect(changedProgramTables({ all: {} } as never, 'creator-desk')).toHaveLength(7);
  });
});

describe('loadProgramData', () => {
  it('reads only the tables asked for and keeps the rest from before', async () => {
    const db = panelTestDb();
    await seed(db);
    const before = await loadProgramData(db, () => {});
    await db.creators.put(creator('3', 'Zoe'));
    const after = await loadProgramData(db, () => {}, undefined, { tables: ['creators'], base: before });
    expect(after.creators).toHaveLength(3);
    expect(after.rollups!.records).toBe(before.rollups!.records);
    expect(after.rollups!.sparkPieces).toBe(before.rollups!.sparkPieces);
    await db.delete();
  });
});

describe('opening the panel', () => {
  let db: CreatorDeskDb;
  let panel: Rendered | undefined;

  beforeEach(() => {
    db = panelTestDb();
    window.location.hash = '#overview';
    window.localStorage.clear();
  });

  afterEach(async () => {
    await panel?.unmount();
    panel = undefined;
    reloadPolicy.minIntervalMs = 4000;
    reloadPolicy.loadFactor = 3;
    vi.restoreAllMocks();
    await Dexie.delete(analysisCacheDbName(db.name));
    await db.delete();
  });

  const summaryText = () => panel?.container.querySelector('[data-testid="velocity-summary"]')?.textContent ?? null;
  const cachedNotice = () => panel?.container.querySelector('[data-testid="analysis-cached"]') ?? null;

  it('shows the analysis saved by the last opening at once, marked, until the fresh one replaces it', async () => {
    await seed(db);
    const saved = vi.fn();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('creator-desk:cache-written').length > 0) saved();
    });
    observer.observe({ entryTypes: ['mark'] });

    // First opening: nothing saved yet, so the numbers come with the fresh analysis only.
    panel = await renderPanel(db);
    await until(() => expect(summaryText()).toContain('over 12 weeks'));
    expect(cachedNotice()).toBeNull();
    const freshText = summaryText();
    const cache = openAnalysisCache(db.name);
    await until(() => expect(saved).toHaveBeenCalled());
    expect(await cache.read(28)).not.toBeNull();
    await panel.unmount();

    // Second opening: the saved numbers first, with the notice, then the fresh ones.
    const seen: { notice: string | null; summary: string | null }[] = [];
    const container = document.body;
    const record = new MutationObserver(() => {
      const notice = container.querySelector('[data-testid="analysis-cached"]');
      const summary = container.querySelector('[data-testid="velocity-summary"]');
      if (summary) seen.push({ notice: notice?.textContent ?? null, summary: summary.textContent });
    });
    record.observe(container, { childList: true, subtree: true, characterData: true });
    panel = await renderPanel(db);
    await until(() => expect(seen.some((s) => s.notice === null)).toBe(true));
    record.disconnect();
    observer.disconnect();

    expect(seen[0]?.notice).toMatch(/^Updated .+ · refreshing…$/);
    expect(seen[0]?.summary).toBe(freshText);
    expect(summaryText()).toBe(freshText);
    expect(cachedNotice()).toBeNull();
    cache.close();
  });

  it('never shows a saved analysis of another window', async () => {
    await seed(db);
    const cache = openAnalysisCache(db.name);
    const data = await loadProgramData(db, () => {});
    const view = new ProgramAnalyser().analyse({ data, programs: [], settings: DEFAULT_SETTINGS, asOf: NOW, windowDays: 7 });
    await cache.write(summaryOfAnalysis(view, new Map()));
    let noticeSeen = false;
    const record = new MutationObserver(() => {
      if (document.querySelector('[data-testid="analysis-cached"]')) noticeSeen = true;
    });
    record.observe(document.body, { childList: true, subtree: true });
    panel = await renderPanel(db); // the default window is 28 days
    await until(() => expect(summaryText()).toContain('over 12 weeks'));
    record.disconnect();
    expect(noticeSeen).toBe(false);
    cache.close();
  });

  it('re-reads only the table a capture changed', async () => {
    await seed(db);
    panel = await renderPanel(db);
    await until(() => expect(summaryText()).toContain('over 12 weeks'));
    reloadPolicy.minIntervalMs = 0;
    reloadPolicy.loadFactor = 0;
    const read = vi.spyOn(db, 'table');
    await db.creators.put(creator('3', 'Zoe'));
    await until(() => expect(read).toHaveBeenCalled());
    await until(() => expect(panel?.container.querySelector('[aria-busy="true"]')).toBeNull());
    expect(new Set(read.mock.calls.map((call) => call[0]))).toEqual(new Set(['creators']));
  });
});
