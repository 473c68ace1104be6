import { readPage } from './index';
import { NO_CREATOR } from './shared';
import { byHandle, creatorRowsOf, loadFixture, q } from './testing';

describe('manage creators, fixture A (Affiliate Center, <tr> rows, US)', () => {
  const result = readPage(loadFixture('manage-creators.fixture-a.html'), 'manage-creators', 'US');
  const rows = creatorRowsOf(result);

  it('is recognised', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'manage-creators', entity: 'creators', rowsRead: 14 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_CREATOR, count: 1 }]);
    expect(rows).toHaveLength(13);
  });

  it('reads all nine 90-day metrics of the first row', () => {
    expect(rows[0]).toEqual({
      creatorId: '7493018462751930368',
      handle: 'glowwithmaya',
      displayName: 'Maya ✨ Glow',
      categories: ['Beauty & Personal Care'],
      audience: { gender: 'female', genderShare: 0.65, ageRange: '18-24' },
      metrics: {
        followers: q('12.3K', 'US'),
        showcaseProducts: { kind: 'exact', value: 3, raw: '3' },
        samples: { kind: 'exact', value: 2, raw: '2' },
        videos: { kind: 'exact', value: 5, raw: '5' },
        liveStreams: { kind: 'exact', value: 1, raw: '1' },
        gmv: { kind: 'exact', value: 4520.18, unit: 'USD', raw: '$4,520.18' },
        refundedGmv: { kind: 'exact', value: 120, unit: 'USD', raw: '$120.00' },
        itemsSold: { kind: 'exact', value: 186, raw: '186' },
        itemsRefunded: { kind: 'exact', value: 5, raw: '5' },
        estCommission: { kind: 'exact', value: 452.02, unit: 'USD', raw: '$452.02' },
      },
    });
  });

  it('keeps real zeros and leaves `--` out', () => {
    const jay = byHandle(rows, 'fitwithjay').metrics;
    expect(jay.gmv).toMatchObject({ kind: 'exact', value: 0 });
    expect(jay.videos).toMatchObject({ kind: 'exact', value: 0 });
    const lena = byHandle(rows, 'petpals.lena').metrics;
    expect(lena.liveStreams).toBeUndefined();
    expect(lena.refundedGmv).toBeUndefined();
    expect(lena.itemsRefunded).toBeUndefined();
  });

  it('takes ids from "View details" cid= links; handle-only and id-only rows are kept', () => {
    expect(byHandle(rows, 'techtok.raj').creatorId).toBe('7493092287410695176');
    expect(byHandle(rows, 'budget.bites').creatorId).toBeUndefined();
    const idOnly = rows.find((row) => row.creatorId === '7493300011122233344');
    expect(idOnly).toMatchObject({ displayName: 'Sunny Side Kitchen' });
    expect(idOnly?.handle).toBeUndefined();
  });
});

describe('manage creators, fixture B (Seller Center theme, fixed header table, MY)', () => {
  const result = readPage(loadFixture('manage-creators.fixture-b.html'), 'manage-creators', 'MY');
  const rows = creatorRowsOf(result);

  it('is recognised despite reordered, reworded, extra and missing columns', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'manage-creators', rowsRead: 13 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_CREATOR, count: 1 }]);
    expect(rows).toHaveLength(12);
  });

  it('reads the first row exactly, RM amounts', () => {
    expect(rows[0]).toEqual({
      creatorId: '7493400011223344556',
      handle: 'aisyah.rahman',
      displayName: 'Aisyah Rahman',
      metrics: {
        gmv: { kind: 'exact', value: 4520.18, unit: 'MYR', raw: 'RM4,520.18' },
        itemsSold: { kind: 'exact', value: 186, raw: '186' },
        estCommission: { kind: 'exact', value: 452.02, unit: 'MYR', raw: 'RM452.02' },
        videos: { kind: 'exact', value: 5, raw: '5' },
        liveStreams: { kind: 'exact', value: 1, raw: '1' },
        samples: { kind: 'exact', value: 2, raw: '2' },
        showcaseProducts: { kind: 'exact', value: 3, raw: '3' },
      },
    });
  });

  it('never reads the status or date columns, nor absent refund columns', () => {
    for (const row of rows) {
      expect(Object.keys(row.metrics).sort()).toEqual(
        expect.not.arrayContaining(['refundedGmv', 'itemsRefunded']),
      );
    }
    expect(byHandle(rows, 'meiling.eats').metrics.gmv).toMatchObject({ value: 12300, unit: 'MYR' });
    expect(byHandle(rows, 'kavitha.glam').metrics.gmv).toMatchObject({ value: 980.5, unit: 'MYR', raw: 'RM 980.50' });
    expect(byHandle(rows, 'daily.deals.my').metrics.gmv).toMatchObject({ kind: 'range', min: 100, max: 1000, unit: 'MYR' });
  });

  it('keeps a formula-looking name as text', () => {
    expect(byHandle(rows, 'promo.hunter.my').displayName).toBe('=HYPERLINK("http://x","y")');
  });
});
