import { indexProgram } from './index';
import { newestOrderLines, newestPieces, orderLineCount, pieceCount } from './entry-records';
import { at, creator, order, piece, q } from './test-helpers';

const index = indexProgram({
  creators: [creator('id:a')],
  content: [
    piece('id:a', '2026-11-02', { views: q(1_000) }),
    piece('id:a', '2026-11-18', { clicks: q(200), orders: q(4) }),
    piece('id:a', '2026-11-10', { views: q(5_000) }),
  ],
  orders: [order('id:a', at(2026, 11, 3), 400), order('id:a', at(2026, 11, 18), null)],
});
const entry = index.byKey.get('id:a')!;

describe('entry records', () => {
  it('counts the creator’s pieces and order lines', () => {
    expect(pieceCount(entry)).toBe(3);
    expect(orderLineCount(entry)).toBe(2);
  });

  it('lists pieces newest first, at most the limit, unknown figures as null', () => {
    const rows = newestPieces(index, entry, 2);
    expect(rows.map((r) => r.piece.postDate)).toEqual(['2026-11-18', '2026-11-10']);
    expect(rows[0]).toMatchObject({ isVideo: true, views: null, clicks: 200, orders: 4 });
    expect(rows[1]).toMatchObject({ views: 5_000, gmv: null });
  });

  it('lists order lines newest first, an unknown amount as null', () => {
    expect(newestOrderLines(index, entry, 5).map((r) => r.amount)).toEqual([null, 400]);
  });
});
