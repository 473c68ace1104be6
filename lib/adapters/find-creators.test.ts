import { readPage } from './index';
import { NO_CREATOR } from './shared';
import { byHandle, creatorRowsOf, loadFixture, q } from './testing';

describe('find creators, fixture A (Affiliate Center, <tr> rows, US)', () => {
  const result = readPage(loadFixture('find-creators.fixture-a.html'), 'find-creators', 'US');
  const rows = creatorRowsOf(result);

  it('is recognised and counts the rejected row', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'find-creators', entity: 'creators', rowsRead: 16 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_CREATOR, count: 1 }]);
    expect(rows).toHaveLength(15);
  });

  it('reads the first row exactly', () => {
    expect(rows[0]).toEqual({
      creatorId: '7493018462751930368',
      handle: 'glowwithmaya',
      displayName: 'Maya ✨ Glow',
      categories: ['Beauty & Personal Care', 'Fashion'],
      audience: { gender: 'female', genderShare: 0.65, ageRange: '18-24' },
      metrics: {
        followers: { kind: 'exact', value: 12300, raw: '12.3K' },
        gmv: { kind: 'exact', value: 12300, unit: 'USD', raw: '$12.3K' },
        itemsSold: { kind: 'exact', value: 1200, raw: '1.2K' },
        avgVideoViews: { kind: 'exact', value: 12300, raw: '12.3K' },
        engagementRate: { kind: 'exact', value: 0.034, unit: 'percent', raw: '3.4%' },
        avgCommissionRate: { kind: 'exact', value: 0.12, unit: 'percent', raw: '12%' },
        postRate: { kind: 'exact', value: 0.85, unit: 'percent', raw: '85%' },
      },
    });
  });

  it('keeps ranges as ranges and leaves `--` out', () => {
    expect(byHandle(rows, 'sakura.beauty').metrics).toEqual({
      followers: q('845.6K', 'US'),
      gmv: { kind: 'range', min: 5000, max: 25000, unit: 'USD', raw: '$5K-$25K' },
      itemsSold: { kind: 'range', min: 100, max: 1000, raw: '100-1K' },
      avgVideoViews: q('230.4K', 'US'),
      engagementRate: q('7.1%', 'US'),
      avgCommissionRate: q('15%', 'US'),
    });
    expect(byHandle(rows, 'dealhunter.tom').metrics.gmv).toEqual({ kind: 'range', min: 20, max: null, unit: 'USD', raw: '$20+' });
    expect(byHandle(rows, 'chef.marcus').metrics.avgCommissionRate).toMatchObject({ kind: 'range', min: 0.1, max: 0.15 });
    const fit = byHandle(rows, 'fitwithjay').metrics;
    expect(fit.gmv).toBeUndefined();
    expect(fit.itemsSold).toBeUndefined();
    expect(fit.avgCommissionRate).toBeUndefined();
  });

  it('reads decimal-comma compact numbers and 1.2M', () => {
    expect(byHandle(rows, 'petpals.lena').metrics.followers).toMatchObject({ kind: 'exact', value: 1500 });
    expect(byHandle(rows, 'petpals.lena').metrics.itemsSold).toMatchObject({ kind: 'exact', value: 1500 });
    expect(byHandle(rows, 'chef.marcus').metrics.followers).toMatchObject({ kind: 'exact', value: 1200000 });
  });

  it('reads partial and unknown audience lines', () => {
    expect(byHandle(rows, 'techtok.raj').audience).toEqual({ gender: 'male', genderShare: 0.7 });
    expect(byHandle(rows, 'nour.style').audience).toEqual({ ageRange: '18-24' });
    expect(byHandle(rows, 'ahmed.gadgets').audience).toEqual({ gender: 'male', ageRange: '25-34' });
    expect(byHandle(rows, 'budget.bites').audience).toBeUndefined();
    const hannah = byHandle(rows, 'homewithhannah');
    expect(hannah.audience).toBeUndefined();
    expect(hannah.metrics.followers).toBeUndefined();
  });

  it('takes the id from a cid= link when the checkbox has none', () => {
    expect(byHandle(rows, 'ahmed.gadgets').creatorId).toBe('7493124407715893259');
  });

  it('keeps hostile, emoji and non-Latin names as text', () => {
    expect(byHandle(rows, 'dealhunter.tom').displayName).toBe('<img src=x onerror=alert(1)>');
    expect(byHandle(rows, 'formula.fan').displayName).toBe('=HYPERLINK("http://x","y")');
    expect(rows.map((row) => row.displayName)).toEqual(expect.arrayContaining(['🍳 Chef Marcus', 'さくら 美容', '김민지 Minji', 'نور ستايل', 'Ахмед Гаджеты', 'Mẹ Nhu 👶']));
  });

  it('never reads the Action column', () => {
    for (const row of rows) expect(Object.keys(row.metrics)).not.toContain('action');
  });
});

describe('find creators, fixture B (Seller Center theme, div rows, GB)', () => {
  const result = readPage(loadFixture('find-creators.fixture-b.html'), 'find-creators', 'GB');
  const rows = creatorRowsOf(result);

  it('is recognised despite other wording, order, an extra and missing optional columns', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'find-creators', rowsRead: 14 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_CREATOR, count: 1 }]);
    expect(rows).toHaveLength(13);
  });

  it('reads the first row exactly, followers from their own column, £ amounts', () => {
    expect(rows[0]).toEqual({
      creatorId: '7493160021984571920',
      handle: 'tea.time.tilly',
      displayName: 'Tilly 🍵',
      categories: ['Food & Beverage'],
      audience: { gender: 'female', genderShare: 0.72, ageRange: '25-34' },
      metrics: {
        followers: { kind: 'exact', value: 48300, raw: '48.3K' },
        engagementRate: { kind: 'exact', value: 0.046, unit: 'percent', raw: '4.6%' },
        gmv: { kind: 'exact', value: 8400, unit: 'GBP', raw: '£8.4K' },
        itemsSold: { kind: 'exact', value: 612, raw: '612' },
        avgVideoViews: { kind: 'exact', value: 15200, raw: '15.2K' },
      },
    });
  });

  it('has no commission or post rate (columns absent) and ignores Avg. LIVE viewers', () => {
    for (const row of rows) {
      expect(row.metrics.avgCommissionRate).toBeUndefined();
      expect(row.metrics.postRate).toBeUndefined();
    }
  });

  it('finds handles without data-e2e markers and ids from checkbox, link or neither', () => {
    expect(byHandle(rows, 'retro.rachel')).toMatchObject({ creatorId: '7493193347210056723', displayName: 'Rachel ✿ Retro' });
    expect(byHandle(rows, 'cardiff.cars').creatorId).toBe('7493215543709164032');
    expect(byHandle(rows, 'zoe.reads')).toEqual({
      handle: 'zoe.reads',
      displayName: 'Zoë Reads',
      categories: ['Books'],
      audience: { gender: 'female', genderShare: 0.8, ageRange: '18-24' },
      metrics: {},
    });
  });

  it('reads GB ranges and decimal-comma followers', () => {
    expect(byHandle(rows, 'glowwithmaya').metrics.gmv).toEqual({ kind: 'range', min: 5000, max: 25000, unit: 'GBP', raw: '£5K-£25K' });
    expect(byHandle(rows, 'retro.rachel').metrics.followers).toMatchObject({ kind: 'exact', value: 9800 });
    expect(byHandle(rows, 'pixel.pete').metrics.itemsSold).toMatchObject({ kind: 'range', min: 1000, max: null });
    expect(byHandle(rows, 'garden.gran').audience).toEqual({ gender: 'female', genderShare: 0.58, ageRange: '55+' });
  });

  it('keeps a script-looking display name as text', () => {
    expect(byHandle(rows, 'safe.handle.uk').displayName).toBe('<script>alert("x")</script>');
  });
});
