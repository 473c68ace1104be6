import { loadCostBook, loadCostSettings, saveDefaultSampleCost, setProductCost, setSparkSpend } from './cost-store';
import { applyTermsToCreators } from './program-terms';
import { updateProgramFields } from './program-store';
import { freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();
const usd = (amount: number) => ({ amount, currency: 'USD' as const });

describe('cost entries', () => {
  it('stores a product cost, the default and a Spark Ads spend, and reads them back as one cost book', async () => {
    expect((await setProductCost(db(), { productId: 'p1', productName: 'Serum' }, usd(8.5), 10)).ok).toBe(true);
    expect((await saveDefaultSampleCost(db(), usd(5), 10)).ok).toBe(true);
    expect((await setSparkSpend(db(), { contentKey: 'video:1', creatorKey: 'id:a' }, usd(120), 10)).ok).toBe(true);
    const book = await loadCostBook(db());
    expect(book.productCosts.get('p1')).toEqual(usd(8.5));
    expect(book.defaultSampleCost).toEqual(usd(5));
    expect(book.sparkSpend.get('video:1')).toEqual(usd(120));
    expect(await db().productCosts.get('p1')).toEqual({ productId: 'p1', productName: 'Serum', cost: usd(8.5), updatedAt: 10 });
  });

  it('clearing deletes the entry: unknown again, not 0', async () => {
    await setProductCost(db(), { productId: 'p1' }, usd(8.5));
    await setProductCost(db(), { productId: 'p1' }, null);
    await saveDefaultSampleCost(db(), usd(5));
    await saveDefaultSampleCost(db(), null);
    await setSparkSpend(db(), { contentKey: 'video:1' }, usd(1));
    await setSparkSpend(db(), { contentKey: 'video:1' }, null);
    expect(await db().productCosts.count()).toBe(0);
    expect(await db().sparkSpend.count()).toBe(0);
    expect((await loadCostSettings(db())).defaultSampleCost).toBeNull();
  });

  it('refuses a negative, infinite or huge amount and stores nothing', async () => {
    for (const amount of [-1, Number.POSITIVE_INFINITY, Number.NaN, 1e12]) {
      const saved = await setProductCost(db(), { productId: 'p1' }, usd(amount));
      expect(saved.ok).toBe(false);
      expect((await saveDefaultSampleCost(db(), usd(amount))).ok).toBe(false);
      expect((await setSparkSpend(db(), { contentKey: 'video:1' }, usd(amount))).ok).toBe(false);
    }
    expect(await db().productCosts.count()).toBe(0);
    expect(await db().sparkSpend.count()).toBe(0);
    expect(await db().settings.count()).toBe(0);
  });

  it('a damaged cost settings record reads as no default', async () => {
    await db().settings.put({ id: 'costs', values: { defaultSampleCost: { amount: 'x' } }, updatedAt: 1 });
    expect(await loadCostSettings(db())).toEqual({ defaultSampleCost: null });
  });
});

describe('agreement terms', () => {
  it('one creator: every term stored, blank ones cleared', async () => {
    const base = { agreedPostsPerWeek: 2, contact: null, compliance: { flagged: false, note: '' }, notes: '' };
    const saved = await updateProgramFields(
      db(),
      'id:a',
      { ...base, agreedCommissionRate: 0.15, flatFeePerPost: usd(150), exclusivity: { from: '2026-12-01', to: '2027-02-28' }, startDate: '2026-12-01' },
      5,
    );
    expect(saved.ok).toBe(true);
    expect(await db().programs.get('id:a')).toMatchObject({
      agreedPostsPerWeek: 2,
      agreedCommissionRate: 0.15,
      flatFeePerPost: usd(150),
      exclusivity: { from: '2026-12-01', to: '2027-02-28' },
      startDate: '2026-12-01',
    });
    await updateProgramFields(db(), 'id:a', { ...base, agreedCommissionRate: null, flatFeePerPost: null, exclusivity: null, startDate: null }, 6);
    expect(await db().programs.get('id:a')).toMatchObject({ agreedCommissionRate: null, flatFeePerPost: null, exclusivity: null, startDate: null });
  });

  it('refuses a window that ends before it starts, a rate above 100% or at 0', async () => {
    const base = { agreedPostsPerWeek: null, contact: null, compliance: { flagged: false, note: '' }, notes: '' };
    const backwards = await updateProgramFields(db(), 'id:a', { ...base, exclusivity: { from: '2026-12-02', to: '2026-12-01' } });
    expect(backwards).toEqual({ ok: false, errors: { exclusivity: 'The exclusivity window ends before it starts.' } });
    expect((await updateProgramFields(db(), 'id:a', { ...base, agreedCommissionRate: 1.5 })).ok).toBe(false);
    expect((await updateProgramFields(db(), 'id:a', { ...base, agreedCommissionRate: 0 })).ok).toBe(false);
    expect(await db().programs.count()).toBe(0);
  });

  it('in bulk: only the terms given change, for every creator, existing records keep the rest', async () => {
    await db().programs.put({
      creatorKey: 'id:a',
      agreedPostsPerWeek: 3,
      flatFeePerPost: usd(100),
      acceptedTier: 'tier2',
      tierHistory: [{ tier: 'tier2', at: 1, by: 'seller' }],
      dismissedSuggestions: [],
      compliance: { flagged: false },
      notes: 'keep me',
      updatedAt: 1,
    });
    const result = await applyTermsToCreators(db(), ['id:a', 'id:b', 'id:a'], { agreedCommissionRate: 0.12 }, 9);
    expect(result).toEqual({ ok: true, updated: 2 });
    expect(await db().programs.get('id:a')).toMatchObject({ agreedCommissionRate: 0.12, agreedPostsPerWeek: 3, flatFeePerPost: usd(100), acceptedTier: 'tier2', notes: 'keep me', updatedAt: 9 });
    expect(await db().programs.get('id:b')).toMatchObject({ agreedCommissionRate: 0.12, agreedPostsPerWeek: null, flatFeePerPost: null, acceptedTier: null });
  });

  it('in bulk: invalid terms change nobody', async () => {
    const result = await applyTermsToCreators(db(), ['id:a', 'id:b'], { agreedCommissionRate: 0.12, agreedPostsPerWeek: -1 });
    expect(result.ok).toBe(false);
    expect(await db().programs.count()).toBe(0);
  });
});
