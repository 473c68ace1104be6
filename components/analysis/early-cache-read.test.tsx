import Dexie from 'dexie';
import { DEFAULT_SETTINGS } from '../../lib/analytics/index';
import { ProgramAnalyser } from '../../lib/analytics/program-analyser';
import { analysisCacheDbName, openAnalysisCache } from '../../lib/analysis-store/analysis-cache';
import { summaryOfAnalysis } from '../../lib/analysis-store/analysis-summary';
import { loadProgramData } from '../../lib/analysis-store/load-program-data';
import type { CreatorDeskDb } from '../../lib/db/database';
import { NOW, creator, daysAgo, panelTestDb, q, renderPanel, until, video, type Rendered } from '../testing/render-panel';
import { readAnalysisDataEarly, readSavedAnalysisEarly, readSettingsEarly, rememberAnalysisWindow, takeEarlyRead } from './early-cache-read';

const databaseNames = async () => (await indexedDB.databases()).map((info) => info.name);

describe('the early read of the saved Overview', () => {
  afterEach(() => localStorage.clear());

  it('answers "nothing saved" without creating the cache database when there is none', async () => {
    rememberAnalysisWindow(28);
    readSavedAnalysisEarly('early-none');
    const read = takeEarlyRead('early-none', 28);
    expect(read).not.toBeNull();
    await expect(read).resolves.toBeNull();
    expect(await databaseNames()).not.toContain(analysisCacheDbName('early-none'));
  });

  it('reads the saved Overview when its database is there', async () => {
    const cache = openAnalysisCache('early-saved');
    // Nothing saved for the window: a database with no record is a miss too, read as before.
    await cache.remove();
    expect(await databaseNames()).toContain(analysisCacheDbName('early-saved'));
    rememberAnalysisWindow(28);
    readSavedAnalysisEarly('early-saved');
    await expect(takeEarlyRead('early-saved', 28)).resolves.toBeNull();
    cache.close();
  });

  it('reads nothing for a panel that never analysed', () => {
    readSavedAnalysisEarly('early-first');
    expect(takeEarlyRead('early-first', 28)).toBeNull();
  });
});


describe('the early read of the stored data', () => {
  let db: CreatorDeskDb;
  let panel: Rendered | undefined;
  const starts = () => performance.getEntriesByName('creator-desk:read-start').length;
  const summaryText = () => panel?.container.querySelector('[data-testid="velocity-summary"]')?.textContent ?? null;

  beforeEach(async () => {
    db = panelTestDb();
    await db.creators.bulkPut([creator('1', 'mia'), creator('2', 'leo')]);
    await db.content.bulkPut([video('id:1', daysAgo(2), { views: q(12_000) }), video('id:1', daysAgo(9), { views: q(9_000) })]);
    performance.clearMarks();
    performance.clearMeasures();
  });

  afterEach(async () => {
    await panel?.unmount();
    panel = undefined;
    localStorage.clear();
    window.location.hash = '';
    await Dexie.delete(analysisCacheDbName(db.name));
    await db.delete();
  });

  it('starts before the panel mounts when nothing is saved, and the panel takes it over', async () => {
    window.location.hash = '#overview';
    readSettingsEarly(db);
    readAnalysisDataEarly(db);
    await until(() => expect(starts()).toBe(1));
    panel = await renderPanel(db);
    await until(() => expect(summaryText()).toContain('over 12 weeks'));
    // Then the Spark Ads videos: one read more, none for the Overview's groups again.
    await until(() => expect(performance.getEntriesByName('creator-desk:read')).toHaveLength(2));
    expect(starts()).toBe(2);
  });

  it('waits for the panel on a view that does not analyse, and when a saved Overview is shown first', async () => {
    window.location.hash = '#data';
    readSettingsEarly(db);
    readAnalysisDataEarly(db);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(starts()).toBe(0);

    window.location.hash = '#overview';
    const data = await loadProgramData(db, () => {});
    const cache = openAnalysisCache(db.name);
    await cache.write(summaryOfAnalysis(new ProgramAnalyser().analyse({ data, programs: [], settings: DEFAULT_SETTINGS, asOf: NOW, windowDays: 28 })));
    rememberAnalysisWindow(28);
    readSavedAnalysisEarly(db.name);
    readSettingsEarly(db);
    readAnalysisDataEarly(db);
    await until(() => expect(performance.getEntriesByName('creator-desk:cache-overview-read')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(starts()).toBe(0);
    expect(takeEarlyRead(db.name, 28)).not.toBeNull();
    cache.close();
  });
});
