import { analysisCacheDbName, openAnalysisCache } from '../../lib/analysis-store/analysis-cache';
import { readSavedAnalysisEarly, rememberAnalysisWindow, takeEarlyRead } from './early-cache-read';

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

