import Dexie from 'dexie';
import { DEFAULT_SETTINGS } from '../../lib/analytics/index';
import { ProgramAnalyser } from '../../lib/analytics/program-analyser';
import { analysisCacheDbName, openAnalysisCache } from '../../lib/analysis-store/analysis-cache';
import { summaryOfAnalysis } from '../../lib/analysis-store/analysis-summary';
import { loadProgramData } from '../../lib/analysis-store/load-program-data';
import { readOnOpening } from '../../lib/analysis-store/opening-read';
import type { CreatorDeskDb } from '../../lib/db/database';
import { NOW, creator, daysAgo, panelTestDb, q, renderPanel, until, video, type Rendered } from '../testing/render-panel';
import { readProgramDataOnOpening } from './useProgramData';

describe('the stored data read on opening, before the panel mounts', () => {
  let db: CreatorDeskDb;
  let panel: Rendered | undefined;
  const starts = () => performance.getEntriesByName('creator-desk:read-start').length;
  const summaryText = () => panel?.container.querySelector('[data-testid="velocity-summary"]')?.textContent ?? null;
  const nothingRead = (name: string) => ({ dbName: name, version: null, overviews: [], settings: new Map<string, unknown>(), presence: null, eligibility: [] });

  beforeEach(async () => {
    db = panelTestDb();
    await db.creators.bulkPut([creator('1', 'mia'), creator('2', 'leo')]);
    await db.content.bulkPut([video('id:1', daysAgo(2), { views: q(12_000) }), video('id:1', daysAgo(9), { views: q(9_000) })]);
    performance.clearMarks();
    performance.clearMeasures();
    window.location.hash = '#overview';
  });

  afterEach(async () => {
    await panel?.unmount();
    panel = undefined;
    localStorage.clear();
    window.location.hash = '';
    await Dexie.delete(analysisCacheDbName(db.name));
    await db.delete();
  });

  it('starts when no saved Overview is there to show first, and the panel takes it over', async () => {
    expect(readProgramDataOnOpening(db, nothingRead(db.name))).toBe(true);
    expect(starts()).toBe(1);
    panel = await renderPanel(db);
    await until(() => expect(summaryText()).toContain('over 12 weeks'));
    // Then the Spark Ads videos: one read more, none for the Overview's groups again.
    await until(() => expect(performance.getEntriesByName('creator-desk:read')).toHaveLength(2));
    expect(starts()).toBe(2);
  });

  it('waits for the panel on a view that does not analyse, with a saved Overview to show, or without an opening read', async () => {
    expect(readProgramDataOnOpening(db, nothingRead(db.name), '#data')).toBe(false);
    expect(readProgramDataOnOpening(db, nothingRead('another-database'))).toBe(false);
    expect(readProgramDataOnOpening(db, null)).toBe(false);

    const data = await loadProgramData(db, () => {});
    const cache = openAnalysisCache(db.name);
    await cache.write(summaryOfAnalysis(new ProgramAnalyser().analyse({ data, programs: [], settings: DEFAULT_SETTINGS, asOf: NOW, windowDays: 7 }), new Map()));
    cache.close();
    const opening = await readOnOpening(indexedDB, null, db.name);
    expect(opening.overviews).toHaveLength(1);
    expect(readProgramDataOnOpening(db, opening)).toBe(false);
    expect(starts()).toBe(0);
  });
});
