import { creator, daysAgo, panelTestDb, video } from '../testing/render-panel';
import { loadProgramData, type LoadProgress } from '../../lib/analysis-store/load-program-data';
import { parseDay } from '../../lib/calendar/days';
import { periodOfDay } from '../../lib/rollups/fields';

describe('loadProgramData', () => {
  it('reads the tables in pages, reporting progress against the counted total, and content as rollups', async () => {
    const db = panelTestDb();
    await db.creators.bulkPut([creator('1', 'a'), creator('2', 'b'), creator('3', 'c')]);
    await db.content.bulkPut(Array.from({ length: 7 }, () => video('id:1', daysAgo(1))));
    await db.snapshots.bulkPut([
      { creatorKey: 'id:1', day: daysAgo(2), metrics: {}, updatedAt: 0 },
      { creatorKey: 'id:1', day: daysAgo(1), metrics: {}, updatedAt: 0 },
      { creatorKey: 'id:2', day: daysAgo(1), metrics: {}, updatedAt: 0 },
    ]);
    await db.samples.put({ id: 's1', productId: 'p', status: 'shipped', statusHistory: [], firstSeen: 0, lastSeen: 0, updatedAt: 0 });
    const progress: LoadProgress[] = [];
    const data = await loadProgramData(db, (p) => progress.push(p), 2);
    expect(data.creators).toHaveLength(3);
    // Content is read as rollups (one cell: seven posts on one day) and as Spark Ads videos.
    expect(data.content).toBeUndefined();
    const day = parseDay(daysAgo(1))!;
    expect(data.rollups!.totals).toEqual([
      { creatorKey: 'id:1', currency: '', datedPieces: 7, undatedPieces: 0, lines: 0, gmvCurrencies: {}, lastPostDays: { [periodOfDay(day)]: day } },
    ]);
    expect(data.rollups!.records).toHaveLength(1);
    expect(new Set(data.rollups!.sparkPieces?.map((c) => c.piece.key)).size).toBe(7);
    expect(data.snapshots).toHaveLength(3);
    expect(data.samples).toHaveLength(1);
    expect(progress[0]).toEqual({ done: 0, total: 7 });
    expect(progress.at(-1)).toEqual({ done: 7, total: 7 });
    await db.delete();
  });
});
