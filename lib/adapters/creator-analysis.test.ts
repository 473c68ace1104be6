import { readPage } from './index';
import { NO_CREATOR } from './shared';
import { byHandle, creatorRowsOf, loadFixture, q } from './testing';

describe('creator analysis, fixture A (Affiliate Center, "Affiliate-…" wording, US)', () => {
  const result = readPage(loadFixture('creator-analysis.fixture-a.html'), 'creator-analysis', 'US');
  const rows = creatorRowsOf(result);

  it('is recognised with the pre-2026 column names', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'creator-analysis', entity: 'creators', rowsRead: 15 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_CREATOR, count: 1 }]);
    expect(rows).toHaveLength(14);
  });

  it('maps every column onto a creator metric', () => {
    const us = (text: string) => q(text, 'US');
    expect(rows[0]).toEqual({
      creatorId: '7493018462751930368',
      handle: 'glowwithmaya',
      displayName: 'Maya ✨ Glow',
      metrics: {
        gmv: { kind: 'exact', value: 4520.18, unit: 'USD', raw: '$4,520.18' },
        orders: us('171'),
        itemsSold: us('186'),
        refundedGmv: us('$120.00'),
        itemsRefunded: us('5'),
        aov: us('$26.43'),
        estCommission: us('$452.02'),
        videos: us('5'),
        liveStreams: us('1'),
        samplesShipped: us('2'),
        ctr: { kind: 'exact', value: 0.021, unit: 'percent', raw: '2.1%' },
        ctor: us('8.4%'),
        productImpressions: us('81.2K'),
        videoViews: us('96.4K'),
        customers: us('160'),
        followers: { kind: 'exact', value: 12300, raw: '12.3K' },
      },
    });
  });

  it('reads ranges shown without detailed-data permission', () => {
    const sakura = byHandle(rows, 'sakura.beauty').metrics;
    expect(sakura.gmv).toMatchObject({ kind: 'range', min: 5000, max: 25000 });
    expect(sakura.estCommission).toMatchObject({ kind: 'range', min: 500, max: 2500 });
    expect(sakura.ctr).toMatchObject({ kind: 'range', min: 0.1, max: 0.15, unit: 'percent' });
    expect(sakura.aov).toBeUndefined();
  });
});

describe('creator analysis, fixture B (Seller Center theme, 2026 "Creator-…" wording, DE)', () => {
  const result = readPage(loadFixture('creator-analysis.fixture-b.html'), 'creator-analysis', 'DE');
  const rows = creatorRowsOf(result);

  it('is recognised with the new column names, reordered, with an extra column', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'creator-analysis', rowsRead: 14 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_CREATOR, count: 1 }]);
    expect(rows).toHaveLength(13);
  });

  it('reads euro amounts and percents with decimal commas', () => {
    expect(rows[0]).toEqual({
      handle: 'lena.kocht',
      displayName: 'Lena kocht 🍲',
      metrics: {
        gmv: { kind: 'exact', value: 1234.56, unit: 'EUR', raw: '1.234,56 €' },
        orders: { kind: 'exact', value: 58, raw: '58' },
        itemsSold: { kind: 'exact', value: 61, raw: '61' },
        followers: { kind: 'exact', value: 12300, raw: '12,3K' },
        videoViews: { kind: 'exact', value: 88400, raw: '88,4K' },
        ctr: { kind: 'exact', value: 0.034, unit: 'percent', raw: '3,4 %' },
        aov: { kind: 'exact', value: 21.29, unit: 'EUR', raw: '21,29 €' },
        estCommission: { kind: 'exact', value: 148.15, unit: 'EUR', raw: '148,15 €' },
      },
    });
    expect(byHandle(rows, 'jonas.tech').metrics.estFlatFee).toMatchObject({ value: 50, unit: 'EUR' });
  });

  it('takes a bare username in the "Creator name" column as the handle', () => {
    expect(byHandle(rows, 'mia.beauty.de')).toMatchObject({ handle: 'mia.beauty.de' });
    expect(byHandle(rows, 'mia.beauty.de').displayName).toBeUndefined();
    expect(rows.map((row) => row.handle)).not.toContain('Oma Hilde');
  });
});
