import { parseDay } from '../calendar/days';
import { periodOfDay } from '../rollups/fields';
import { storeContentRows } from './store-content';
import { exact, freshDb, localTime } from './test-helpers';

describe("rollup totals' latest post day per period", () => {
  it('follows a re-captured piece whose post date moved (its counts unchanged)', async () => {
    const db = freshDb();
    try {
      const ctx = (now: number) => ({ source: 'test', region: 'US', now });
      const row = (id: string, postDate: string) => ({ contentId: id, type: 'video' as const, creatorId: '7001', postDate, metrics: { views: exact(10) } });
      await storeContentRows(db, [row('1', '2026-03-05'), row('2', '2026-03-02')], ctx(localTime(2026, 3, 6)));
      const totals = () => db.rollupTotals.get(['id:7001', '']);
      const day = (text: string) => parseDay(text)!;
      expect((await totals())!.lastPostDays).toEqual({ [periodOfDay(day('2026-03-05'))]: day('2026-03-05') });
      // The same piece, re-captured with an earlier date: the latest post of the period is the other piece's.
      await storeContentRows(db, [row('1', '2026-03-01')], ctx(localTime(2026, 3, 7)));
      expect(await totals()).toMatchObject({ datedPieces: 2, lastPostDays: { [periodOfDay(day('2026-03-02'))]: day('2026-03-02') } });
    } finally {
      await db.delete();
    }
  });
});
