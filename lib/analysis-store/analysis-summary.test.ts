import { DEFAULT_SETTINGS, indexProgram } from '../analytics/index';
import { ProgramAnalyser } from '../analytics/program-analyser';
import { at, creator, piece, program, q } from '../analytics/test-helpers';
import { isEmptySummary, storedPieceCount, summaryOfAnalysis } from './analysis-summary';
import { weeklySummaryOf } from './weekly-summary';

const asOf = at(2026, 11, 20);
const data = {
  creators: [
    creator('id:1', { followers: q(45_000), gmv: { kind: 'exact', value: 5, unit: 'GBP', raw: '£5' } as const }, { displayName: 'Mia Chen', handle: 'mia', handleDisplay: 'Mia' }),
    creator('h:leo', { followers: q(200_000) }),
  ],
  content: [piece('id:1', '2026-11-18', { views: q(1_000) }), piece('id:1', undefined), piece('h:nobody', '2026-11-10')],
};

describe('summaryOfAnalysis', () => {
  it('keeps the computed results as they are and each creator\'s names only', () => {
    const view = new ProgramAnalyser().analyse({
      data,
      programs: [program('id:1', { acceptedTier: 'tier1' })],
      settings: DEFAULT_SETTINGS,
      asOf,
      windowDays: 7,
    });
    const summary = summaryOfAnalysis(view, new Map());
    expect(summary.windowDays).toBe(7);
    expect(summary.asOf).toBe(asOf);
    expect(summary.settings).toBe(DEFAULT_SETTINGS);
    expect(summary.currency).toBe('GBP');
    expect(summary.storedPieces).toBe(3);
    expect(summary.scorecards).toBe(view.scorecards);
    expect(summary.suggestions).toBe(view.suggestions);
    expect(summary.velocity).toBe(view.velocity);
    expect(summary.roster).toBe(view.roster);
    expect(summary.leaderboard).toBe(view.leaderboard);
    expect(summary.creators).toEqual(
      view.index.entries.map((entry) => ({
        key: entry.key,
        handle: entry.handle,
        displayName: entry.displayName,
        hasCreator: entry.creator !== null,
        creatorId: entry.creator?.creatorId ?? null,
        creatorHandle: entry.creator?.handle ?? null,
        handleDisplay: entry.creator?.handleDisplay ?? null,
      })),
    );
    const mia = summary.creators.find((c) => c.key === 'id:1');
    expect(mia).toMatchObject({ hasCreator: true, creatorId: '1', creatorHandle: 'mia', handleDisplay: 'Mia', displayName: 'Mia Chen' });
    // A creator known only from content: named by the key's handle, no stored record.
    const nobody = summary.creators.find((c) => c.key === 'h:nobody');
    expect(nobody).toMatchObject({ hasCreator: false, creatorId: null, creatorHandle: null, handleDisplay: null });
    // Names only: nothing of the stored records beyond them.
    for (const name of summary.creators) expect(Object.keys(name).sort()).toEqual(
      ['creatorHandle', 'creatorId', 'displayName', 'handle', 'handleDisplay', 'hasCreator', 'key'],
    );
  });

  it('keeps the weekly summary the Overview showed for the same view and outreach log, and ranks again on a new log', () => {
    const view = new ProgramAnalyser().analyse({ data, programs: [], settings: DEFAULT_SETTINGS, asOf, windowDays: 7 });
    const log = new Map<string, number>([['id:2', asOf - 1]]);
    const shown = weeklySummaryOf(view, log);
    expect(summaryOfAnalysis(view, log).weekly).toBe(shown);
    // The saved analysis reads the log on its own: the same contacts in another map are the same log.
    expect(summaryOfAnalysis(view, new Map(log)).weekly).toBe(shown);
    expect(weeklySummaryOf(view, new Map([['id:2', asOf - 2]]))).not.toBe(shown);
    const later = weeklySummaryOf(view, new Map([['id:1', asOf]]));
    expect(later).not.toBe(shown);
    expect(later).toEqual(shown); // nobody to chase here: the same lists
  });

  it('counts stored pieces dated or not', () => {
    expect(storedPieceCount(indexProgram(data))).toBe(3);
    expect(storedPieceCount(indexProgram({}))).toBe(0);
  });

  it('is empty only with no creators and no content', () => {
    const analyse = (d: typeof data | Record<string, never>) =>
      summaryOfAnalysis(new ProgramAnalyser().analyse({ data: d, programs: [], settings: DEFAULT_SETTINGS, asOf, windowDays: 28 }), new Map());
    expect(isEmptySummary(analyse({}))).toBe(true);
    expect(isEmptySummary(analyse(data))).toBe(false);
  });
});
