import { indexProgram } from '../analytics/index';
import { orderLineCount, pieceCount } from '../analytics/entry-records';
import { at, creator, order, piece, q } from '../analytics/test-helpers';
import { newestOrderLines, newestPieces } from './creator-records';
import { freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();

const data = {
  creators: [creator('id:a')],
  content: [
    piece('id:a', '2026-11-02', { views: q(1_000) }),
    piece('id:a', '2026-11-18', { clicks: q(200), orders: q(4) }),
    piece('id:a', '2026-11-10', { views: q(5_000) }),
  ],
  orders: [order('id:a', at(2026, 11, 3), 400), order('id:a', at(2026, 11, 18), null)],
};

describe('creator records', () => {
  beforeEach(async () => {
    await db().transaction('rw', db().content, db().orders, async () => {
      await db().content.bulkAdd(data.content);
      await db().orders.bulkAdd(data.orders);
    });
  });

  it('counts the creator’s pieces and order lines (from the index)', () => {
    const entry = indexProgram(data).byKey.get('id:a')!;
    expect(pieceCount(entry)).toBe(3);
    expect(orderLineCount(entry)).toBe(2);
  });

  it('lists pieces newest first, at most the limit, unknown figures as null', async () => {
    const index = indexProgram(data);
    const rows = await newestPieces(db(), index.byKey.get('id:a')!, 2, index);
    expect(rows.map((r) => r.piece.postDate)).toEqual(['2026-11-18', '2026-11-10']);
    expect(rows[0]).toMatchObject({ isVideo: true, views: null, clicks: 200, orders: 4 });
    expect(rows[1]).toMatchObject({ views: 5_000, gmv: null });
  });

  it('lists order lines newest first, an unknown amount as null', async () => {
    const index = indexProgram(data);
    expect((await newestOrderLines(db(), index.byKey.get('id:a')!, 5, index.currency)).map((r) => r.amount)).toEqual([null, 400]);
  });
});
