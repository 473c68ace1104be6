import { readPage } from './index';
import { contentRowsOf, loadFixture } from './testing';
import { NO_VIDEO_ID } from './video-analysis';

describe('video analysis, fixture A (Affiliate Center, <tr> rows, US)', () => {
  const result = readPage(loadFixture('video-analysis.fixture-a.html'), 'video-analysis', 'US');
  const rows = contentRowsOf(result);

  it('is recognised as content', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'video-analysis', entity: 'content', rowsRead: 16 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_VIDEO_ID, count: 1 }]);
    expect(rows).toHaveLength(15);
  });

  it('reads the first row exactly', () => {
    expect(rows[0]).toEqual({
      contentId: '7481234567890123456',
      type: 'video',
      title: 'My 5-step glow routine ✨ #skincare',
      creatorHandle: 'glowwithmaya',
      postDate: '2026-03-05',
      productIds: ['1729384756102938475'],
      metrics: {
        gmv: { kind: 'exact', value: 2310.4, unit: 'USD', raw: '$2,310.40' },
        orders: { kind: 'exact', value: 88, raw: '88' },
        itemsSold: { kind: 'exact', value: 92, raw: '92' },
        views: { kind: 'exact', value: 96400, raw: '96.4K' },
        likes: { kind: 'exact', value: 8100, raw: '8.1K' },
        comments: { kind: 'exact', value: 312, raw: '312' },
        shares: { kind: 'exact', value: 140, raw: '140' },
        completionRate: { kind: 'exact', value: 0.412, unit: 'percent', raw: '41.2%' },
        ctr: { kind: 'exact', value: 0.021, unit: 'percent', raw: '2.1%' },
      },
    });
  });

  it('keeps one row per video and product', () => {
    const same = rows.filter((row) => row.contentId === '7481234567890123456');
    expect(same.map((row) => row.productIds)).toEqual([['1729384756102938475'], ['1729384756102938476']]);
  });

  it('finds ids from links, from "ID:" lines, and dates in US and written forms', () => {
    expect(rows.find((row) => row.creatorHandle === 'mama.nhu')).toMatchObject({ contentId: '7481289012345678901', title: 'Baby bath time essentials 👶' });
    expect(rows.find((row) => row.creatorHandle === 'chef.marcus')?.postDate).toBe('2026-03-02');
    expect(rows.find((row) => row.creatorHandle === 'techtok.raj')).toMatchObject({ contentId: '7481256789012345678', postDate: '2026-02-28' });
  });

  it('keeps hostile titles as text and non-Latin titles intact', () => {
    expect(rows.find((row) => row.creatorHandle === 'dealhunter.tom')?.title).toBe('<img src=x onerror=alert(1)>');
    expect(rows.find((row) => row.creatorHandle === 'formula.fan')?.title).toBe('=HYPERLINK("http://x","y")');
    expect(rows.map((row) => row.title)).toEqual(expect.arrayContaining(['Обзор зарядки за $15', 'さくらの春メイク 🌸']));
  });

  it('reads ranges and leaves `--` out', () => {
    const lashes = rows.find((row) => row.creatorHandle === 'luxe.lashes.ldn');
    expect(lashes?.metrics.views).toMatchObject({ kind: 'range', min: 100000, max: 1000000 });
    expect(lashes?.metrics.completionRate).toBeUndefined();
    expect(rows.find((row) => row.creatorHandle === 'fitwithjay')?.metrics.ctr).toBeUndefined();
  });
});

describe('video analysis, fixture B (Seller Center theme, div rows, GB)', () => {
  const result = readPage(loadFixture('video-analysis.fixture-b.html'), 'video-analysis', 'GB');
  const rows = contentRowsOf(result);

  it('is recognised from a Video ID column', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'video-analysis', rowsRead: 13 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_VIDEO_ID, count: 1 }]);
    expect(rows).toHaveLength(12);
  });

  it('reads the first row exactly, UK day-first dates and £', () => {
    expect(rows[0]).toEqual({
      contentId: '7482001122334455667',
      type: 'video',
      title: 'Tea tasting: 5 blends ranked 🍵',
      creatorHandle: 'tea.time.tilly',
      postDate: '2026-03-05',
      productIds: ['1729000000000000001'],
      metrics: {
        gmv: { kind: 'exact', value: 1234.56, unit: 'GBP', raw: '£1,234.56' },
        views: { kind: 'exact', value: 48300, raw: '48.3K' },
        likes: { kind: 'exact', value: 3900, raw: '3.9K' },
        comments: { kind: 'exact', value: 210, raw: '210' },
        shares: { kind: 'exact', value: 95, raw: '95' },
        engagementRate: { kind: 'exact', value: 0.086, unit: 'percent', raw: '8.6%' },
        gpm: { kind: 'exact', value: 25.56, unit: 'GBP', raw: '£25.56' },
      },
    });
    expect(rows.find((row) => row.contentId === '7482001122334455669')?.postDate).toBe('2026-02-28');
  });

  it('has no completion rate, CTR or orders (columns absent)', () => {
    for (const row of rows) {
      expect(row.metrics.completionRate).toBeUndefined();
      expect(row.metrics.ctr).toBeUndefined();
      expect(row.metrics.orders).toBeUndefined();
    }
  });

  it('keeps a script-looking title as text', () => {
    expect(rows.find((row) => row.creatorHandle === 'safe.handle.uk')?.title).toBe('<script>alert("x")</script>');
  });
});
