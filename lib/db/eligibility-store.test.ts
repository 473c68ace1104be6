import { DEFAULT_ELIGIBILITY_SETTINGS } from '../model/eligibility';
import {
  eligibilitySettingsFromRecord,
  reportOfRow,
  saveEligibilitySettings,
  storeEligibilityReports,
  storeEligibilityRows,
} from './eligibility-store';
import { freshDbPerTest, localTime } from './test-helpers';

const db = freshDbPerTest();
const T1 = localTime(2026, 11, 20, 9);
const T2 = localTime(2026, 11, 20, 15);
const T3 = localTime(2026, 11, 21, 9);

describe('eligibility figures, stored per subject and day', () => {
  it('adds a later report of the same day to that day’s record; another day starts a new one (the history)', async () => {
    await storeEligibilityRows(db(), [{ kind: 'store-rating', storeRating: 4.2 }], { source: 'account-health', now: T1 });
    await storeEligibilityRows(db(), [{ kind: 'violation', day: '2026-11-02', counterfeit: true }], { source: 'account-health', now: T2 });
    await storeEligibilityRows(db(), [{ kind: 'store-rating', storeRating: 3.9 }], { source: 'account-health', now: T3 });
    const records = await db().eligibility.orderBy('day').toArray();
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ subject: 'shop', day: '2026-11-20', storeRating: 4.2, counterfeitChecked: true, counterfeitDays: ['2026-11-02'], sources: ['account-health'] });
    expect(records[1]).toMatchObject({ day: '2026-11-21', storeRating: 3.9 });
    expect(records[1]!.counterfeitDays).toBeUndefined();
  });

  it('counts created, updated and unchanged records; a repeated capture changes nothing', async () => {
    const row = { kind: 'product' as const, productId: '17', productName: 'Serum', reviews: 40, negativeReviews: 1 };
    expect(await storeEligibilityRows(db(), [row], { source: 'product-rating', now: T1 })).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(await storeEligibilityRows(db(), [row], { source: 'product-rating', now: T2 })).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await storeEligibilityRows(db(), [{ ...row, reviews: 41 }], { source: 'product-rating', now: T2 })).toMatchObject({ updated: 1 });
    expect(await db().eligibility.get('product:17\u00002026-11-20')).toMatchObject({ productId: '17', reviews: 41, negativeReviews: 1 });
  });

  it('a figure a report does not give is left as it was (never overwritten with 0 or nothing)', async () => {
    await storeEligibilityReports(db(), [{ day: '2026-11-20', productId: '9', returnCases: 20, sellerFaultReturns: 1 }], 'typed', T1);
    await storeEligibilityReports(db(), [{ day: '2026-11-20', productId: '9', reviews: 8, negativeReviews: 0 }], 'import', T2);
    expect(await db().eligibility.get('product:9\u00002026-11-20')).toMatchObject({ returnCases: 20, sellerFaultReturns: 1, reviews: 8, negativeReviews: 0, sources: ['typed', 'import'] });
  });

  it('refuses an invalid report whole: nothing written, the problem named', async () => {
    await storeEligibilityReports(db(), [{ day: '2026-11-20', storeRating: 4 }], 'typed', T1);
    const result = await storeEligibilityReports(db(), [{ day: '2026-11-20', storeRating: 3 }, { day: '2026-11-20', productId: '5', reviews: -1 }], 'typed', T2);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Entry 2: reviews: .*Nothing was saved\.$/) });
    expect(await db().eligibility.toArray()).toMatchObject([{ storeRating: 4 }]);
  });

  it('a violation row says the list was read; only a counterfeit one up to today adds its day', () => {
    expect(reportOfRow({ kind: 'violation', day: '2026-11-01', counterfeit: false }, '2026-11-20')).toEqual({ day: '2026-11-20', counterfeitChecked: true });
    expect(reportOfRow({ kind: 'violation', day: '2026-11-21', counterfeit: true }, '2026-11-20')).toEqual({ day: '2026-11-20', counterfeitChecked: true });
    expect(reportOfRow({ kind: 'violation', day: '2026-11-20', counterfeit: true }, '2026-11-20')).toMatchObject({ counterfeitDays: ['2026-11-20'] });
  });
});

describe('eligibility settings', () => {
  it('defaults to the playbook; a stored record keeps its valid fields and drops the rest', () => {
    expect(eligibilitySettingsFromRecord(undefined)).toEqual(DEFAULT_ELIGIBILITY_SETTINGS);
    expect(eligibilitySettingsFromRecord({ values: { warnAt: 0.9, minReviews: -3, shopCategory: 'toys' } })).toEqual({ ...DEFAULT_ELIGIBILITY_SETTINGS, warnAt: 0.9 });
  });

  it('saves only when every field is valid, naming each bad field', async () => {
    const bad = await saveEligibilitySettings(db(), { ...DEFAULT_ELIGIBILITY_SETTINGS, negativeReviewMax: { ...DEFAULT_ELIGIBILITY_SETTINGS.negativeReviewMax, fmcg: 0 } }, T1);
    expect(bad).toEqual({ ok: false, errors: { 'negativeReviewMax.fmcg': 'Above 0%.' } });
    expect(await db().settings.get('eligibility')).toBeUndefined();
    const good = await saveEligibilitySettings(db(), { ...DEFAULT_ELIGIBILITY_SETTINGS, shopCategory: 'electronics' }, T1);
    expect(good.ok).toBe(true);
    expect(eligibilitySettingsFromRecord(await db().settings.get('eligibility')).shopCategory).toBe('electronics');
  });
});
