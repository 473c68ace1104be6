import { creator, daysAgo, panelTestDb, video } from '../testing/render-panel';
import { loadProgramData, type LoadProgress } from '../../lib/analysis-store/load-program-data';

describe('loadProgramData', () => {
  it('reads every table in pages, reporting progress against the counted total', async () => {
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
    expect(data.content).toHaveLength(7);
    expect(new Set(data.content?.map((c) => c.key)).size).toBe(7);
    expect(data.snapshots).toHaveLength(3);
    expect(data.samples).toHaveLength(1);
    expect(data.orders).toEqual([]);
    expect(progress[0]).toEqual({ done: 0, total: 14 });
    expect(progress.at(-1)).toEqual({ done: 14, total: 14 });
    await db.delete();
  });
});
