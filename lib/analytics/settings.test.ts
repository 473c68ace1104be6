import { DEFAULT_SETTINGS, parseSettings, SettingsSchema, SETTING_INFO, StrictSettingsSchema } from './settings';

describe('analytics settings', () => {
  it("defaults are the playbook's numbers", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      tier1MinFollowers: 5_000,
      tier2MinFollowers: 100_000,
      tier3MinFollowers: 500_000,
      rosterTier1Min: 50,
      rosterTier1Max: 200,
      rosterTier2Min: 5,
      rosterTier2Max: 15,
      rosterTier3Min: 2,
      rosterTier3Max: 3,
      minConversionRate: 0.01,
      minHookRetention: 0.25,
      commissionRatioMin: 0.1,
      commissionRatioMax: 0.3,
      revenuePerPostLowFactor: 0.5,
      revenuePerPostHighFactor: 2,
      zombieAfterDays: 30,
      promotionWindowDays: 90,
      consistencyWeeks: 13,
      consistencyMinWeeksWithPosts: 10,
      sparkAdsMinClicks: 100,
      sampleContentWindowDays: 14,
      repeatPurchaseCohortDays: 60,
      scorecardWindowDays: 28,
      velocityWeeks: 12,
    });
  });

  it('every setting is described', () => {
    expect(Object.keys(SETTING_INFO).sort()).toEqual(Object.keys(SettingsSchema.shape).sort());
  });

  it('falls back to the defaults for anything that is not an object', () => {
    for (const input of [undefined, null, 'x', 42, []]) expect(parseSettings(input)).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back per field and drops unknown fields', () => {
    const settings = parseSettings({
      minConversionRate: 2, // a fraction above 1: invalid
      zombieAfterDays: 45,
      sparkAdsMinClicks: 'many',
      velocityWeeks: 8.5, // not an integer
      leaderboardSize: 5,
      somethingElse: true,
    });
    expect(settings.minConversionRate).toBe(0.01);
    expect(settings.zombieAfterDays).toBe(45);
    expect(settings.sparkAdsMinClicks).toBe(100);
    expect(settings.velocityWeeks).toBe(12);
    expect(settings.leaderboardSize).toBe(5);
    expect(settings).not.toHaveProperty('somethingElse');
  });

  it('repairs pairs that are out of order by restoring both defaults', () => {
    const settings = parseSettings({ commissionRatioMin: 0.5, commissionRatioMax: 0.4, rosterTier2Min: 20 });
    expect(settings.commissionRatioMin).toBe(0.1);
    expect(settings.commissionRatioMax).toBe(0.3);
    expect(settings.rosterTier2Min).toBe(5);
    expect(settings.rosterTier2Max).toBe(15);
    const bands = parseSettings({ tier2MinFollowers: 600_000 });
    expect([bands.tier1MinFollowers, bands.tier2MinFollowers, bands.tier3MinFollowers]).toEqual([5_000, 100_000, 500_000]);
    const consistency = parseSettings({ consistencyMinWeeksWithPosts: 20 });
    expect(consistency.consistencyMinWeeksWithPosts).toBe(10);
    expect(consistency.consistencyWeeks).toBe(13);
  });

  it('keeps valid custom values', () => {
    const custom = { ...DEFAULT_SETTINGS, tier1MinFollowers: 1_000, commissionRatioMax: 0.4, consistencyWeeks: 17 };
    expect(parseSettings(custom)).toEqual(custom);
    expect(StrictSettingsSchema.safeParse(custom).success).toBe(true);
  });

  it('strict validation reports pairs out of order', () => {
    const result = StrictSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, commissionRatioMin: 0.5 });
    expect(result.success).toBe(false);
    expect(SettingsSchema.safeParse({ minHookRetention: -0.1 }).success).toBe(false);
  });
});
