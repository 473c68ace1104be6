import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { analysisHorizon } from '../../lib/analytics/lookback';
import { DEFAULT_SETTINGS } from '../../lib/analytics/index';
import { localDayOfTimestamp } from '../../lib/calendar/days';
import type { CreatorDeskDb } from '../../lib/db/database';
import { DbProvider } from '../db/DbContext';
import { NOW, creator, daysAgo, panelTestDb, until, video } from '../testing/render-panel';
import { useProgramData, type ProgramDataState } from './useProgramData';

describe('useProgramData holding the Spark Ads videos back', () => {
  const horizon = analysisHorizon(DEFAULT_SETTINGS, localDayOfTimestamp(NOW));
  let db: CreatorDeskDb;
  let states: ProgramDataState[];
  const container = document.createElement('div');
  const root = createRoot(container);
  const reads = () => performance.getEntriesByName('creator-desk:read').length;

  function Probe({ sparkEnabled }: { sparkEnabled: boolean }) {
    states.push(useProgramData(true, horizon, sparkEnabled));
    return null;
  }
  const render = (sparkEnabled: boolean) =>
    act(async () =>
      root.render(
        <DbProvider db={db}>
          <Probe sparkEnabled={sparkEnabled} />
        </DbProvider>,
      ),
    );
  const last = () => states.at(-1)!;
  const dataOf = (state: ProgramDataState) => (state.status === 'ready' ? state.data : null);
  const sparkPieces = () => dataOf(last())?.rollups?.sparkPieces;

  beforeEach(async () => {
    db = panelTestDb();
    states = [];
    await db.creators.bulkPut([creator('1', 'mia')]);
    await db.content.bulkPut([video('id:1', daysAgo(2)), video('id:1', daysAgo(3))]);
    performance.clearMeasures();
  });

  afterEach(async () => {
    await act(async () => root.render(null));
    await db.delete();
  });

  it('reads what the Overview needs, then the videos only once they are let through', async () => {
    await render(false);
    await until(() => expect(last().status).toBe('ready'));
    expect(sparkPieces()).toBeNull();
    // Nothing more is read while they are held back.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(reads()).toBe(1);
    expect(sparkPieces()).toBeNull();

    await render(true);
    await until(() => expect(sparkPieces()).toHaveLength(2));
    expect(reads()).toBe(2);
    // The Overview's groups were not read again: the creators are the same records.
    const first = states.find((state) => state.status === 'ready');
    expect(dataOf(last())!.creators).toBe(dataOf(first!)!.creators);
  });

  it('reads them right after the Overview when let through from the start', async () => {
    await render(true);
    await until(() => expect(sparkPieces()).toHaveLength(2));
    expect(reads()).toBe(2);
  });
});
