/**
 * Every threshold the analytics use. Defaults are the playbook's numbers (`source: 'playbook'`);
 * where the playbook gives none, the default is ours and says so (`source: 'creator-desk'`).
 * Settings are stored by `lib/db` as a plain object; `parseSettings` turns whatever was stored
 * (old versions, hand edits, nothing at all) into a valid `AnalyticsSettings`, field by field.
 */
import { z } from 'zod';

const count = (min: number, max: number) => z.number().int().min(min).max(max);
const fraction = z.number().min(0).max(1);

export const SettingsSchema = z.object({
  // Tier follower bands (playbook §3): under tier1MinFollowers is a prospect.
  tier1MinFollowers: count(0, 1e9).default(5_000),
  tier2MinFollowers: count(1, 1e9).default(100_000),
  tier3MinFollowers: count(2, 1e10).default(500_000),
  // Healthy roster: active creators per tier (playbook §3).
  rosterTier1Min: count(0, 100_000).default(50),
  rosterTier1Max: count(0, 100_000).default(200),
  rosterTier2Min: count(0, 100_000).default(5),
  rosterTier2Max: count(0, 100_000).default(15),
  rosterTier3Min: count(0, 100_000).default(2),
  rosterTier3Max: count(0, 100_000).default(3),
  // Scorecard action thresholds (playbook §6).
  minConversionRate: fraction.default(0.01),
  minHookRetention: fraction.default(0.25),
  commissionRatioMin: fraction.default(0.1),
  commissionRatioMax: fraction.default(0.3),
  revenuePerPostLowFactor: z.number().gt(0).lt(1).default(0.5),
  revenuePerPostHighFactor: z.number().gt(1).max(100).default(2),
  tierAverageMinCreators: count(1, 1000).default(3),
  // Agreed commission band for Tier 1 (playbook §3: commission only, 10–20%).
  tier1CommissionMin: fraction.default(0.1),
  tier1CommissionMax: fraction.default(0.2),
  // Inactivity (playbook §4).
  zombieAfterDays: count(1, 365).default(30),
  // Promotion and demotion (playbook §3).
  promotionWindowDays: count(7, 730).default(90),
  promotionMinTenureDays: count(0, 3650).default(90),
  consistencyWeeks: count(1, 104).default(13),
  consistencyMinWeeksWithPosts: count(1, 104).default(10),
  underDeliveryWeeks: count(1, 52).default(4),
  // Spark Ads (playbook §7).
  sparkAdsMinClicks: count(1, 1e9).default(100),
  sparkAdsMaxAgeDays: count(1, 3650).default(90),
  sparkAdsListSize: count(1, 10_000).default(50),
  // Samples (playbook §2).
  sampleContentWindowDays: count(1, 365).default(14),
  sampleRoiWindowDays: count(1, 3650).default(90),
  // Repeat purchases (playbook §6).
  repeatPurchaseCohortDays: count(1, 365).default(60),
  // Open → target: minimum clicks before a conversion rate counts.
  openToTargetMinClicks: count(1, 1e9).default(100),
  // Build budget (playbook §10): $8K–15K a month for the first 90 days, in the shop currency.
  buildBudgetMonthlyMin: z.number().min(0).max(1e9).default(8_000),
  buildBudgetMonthlyMax: z.number().min(0).max(1e9).default(15_000),
  buildPhaseDays: count(1, 3650).default(90),
  coordinatorMonthlyCost: z.number().min(0).max(1e9).default(0),
  // Follow-up (outreach log): not contacted for this many days.
  followUpAfterDays: count(1, 365).default(7),
  thisWeekSize: count(1, 100).default(10),
  // Windows and lists.
  scorecardWindowDays: count(1, 366).default(28),
  velocityWeeks: count(2, 104).default(12),
  paceWindowDays: count(7, 366).default(28),
  leaderboardMinClicks: count(0, 1e9).default(100),
  leaderboardSize: count(1, 1000).default(10),
});

export type AnalyticsSettings = z.infer<typeof SettingsSchema>;
export type SettingName = keyof AnalyticsSettings;

/** The windows the scorecard offers. */
export const SCORECARD_WINDOWS = [7, 28, 90] as const;

export const DEFAULT_SETTINGS: AnalyticsSettings = Object.freeze(SettingsSchema.parse({}));

/** Pairs that must be ordered (first ≤ second, or < when strict). Broken pairs fall back together. */
const ORDERED_PAIRS: readonly [SettingName, SettingName, 'strict' | 'loose'][] = [
  ['tier1MinFollowers', 'tier2MinFollowers', 'strict'],
  ['tier2MinFollowers', 'tier3MinFollowers', 'strict'],
  ['rosterTier1Min', 'rosterTier1Max', 'loose'],
  ['rosterTier2Min', 'rosterTier2Max', 'loose'],
  ['rosterTier3Min', 'rosterTier3Max', 'loose'],
  ['commissionRatioMin', 'commissionRatioMax', 'loose'],
  ['tier1CommissionMin', 'tier1CommissionMax', 'loose'],
  ['buildBudgetMonthlyMin', 'buildBudgetMonthlyMax', 'loose'],
  ['consistencyMinWeeksWithPosts', 'consistencyWeeks', 'loose'],
];

function pairHolds(a: number, b: number, mode: 'strict' | 'loose'): boolean {
  return mode === 'strict' ? a < b : a <= b;
}

/** Strict validation (for a settings form): every field valid and every pair ordered. */
export const StrictSettingsSchema = SettingsSchema.superRefine((settings, ctx) => {
  for (const [low, high, mode] of ORDERED_PAIRS) {
    if (!pairHolds(settings[low], settings[high], mode)) {
      ctx.addIssue({
        code: 'custom',
        path: [low],
        message: `${low} must be ${mode === 'strict' ? 'less than' : 'at most'} ${high}`,
      });
    }
  }
});

/**
 * Whatever was stored → valid settings. Each field that is missing or invalid takes its default;
 * a pair left out of order (e.g. commission range min above max) takes both defaults.
 * Unknown fields are dropped. Never throws.
 */
export function parseSettings(input: unknown): AnalyticsSettings {
  const record = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  const shape = SettingsSchema.shape;
  for (const name of Object.keys(shape) as SettingName[]) {
    const parsed = shape[name].safeParse(record[name]);
    result[name] = parsed.success ? parsed.data : DEFAULT_SETTINGS[name];
  }
  const settings = result as AnalyticsSettings;
  // Repair pairs in order, so a repaired pair can satisfy the next check (bands are chained).
  for (let pass = 0; pass < 2; pass++) {
    for (const [low, high, mode] of ORDERED_PAIRS) {
      if (!pairHolds(settings[low], settings[high], mode)) {
        settings[low] = DEFAULT_SETTINGS[low];
        settings[high] = DEFAULT_SETTINGS[high];
      }
    }
  }
  return settings;
}

/** What each setting means, for the settings form and the docs. */
export const SETTING_INFO: Record<SettingName, { label: string; source: 'playbook' | 'creator-desk' }> = {
  tier1MinFollowers: { label: 'Tier 1 starts at (followers); below is a prospect', source: 'playbook' },
  tier2MinFollowers: { label: 'Tier 2 starts at (followers)', source: 'playbook' },
  tier3MinFollowers: { label: 'Tier 3 starts at (followers)', source: 'playbook' },
  rosterTier1Min: { label: 'Healthy roster: Tier 1 active creators, at least', source: 'playbook' },
  rosterTier1Max: { label: 'Healthy roster: Tier 1 active creators, at most', source: 'playbook' },
  rosterTier2Min: { label: 'Healthy roster: Tier 2 active creators, at least', source: 'playbook' },
  rosterTier2Max: { label: 'Healthy roster: Tier 2 active creators, at most', source: 'playbook' },
  rosterTier3Min: { label: 'Healthy roster: Tier 3 active creators, at least', source: 'playbook' },
  rosterTier3Max: { label: 'Healthy roster: Tier 3 active creators, at most', source: 'playbook' },
  minConversionRate: { label: 'Flag conversion on clicks below', source: 'playbook' },
  minHookRetention: { label: 'Flag 3-second hook retention below', source: 'playbook' },
  commissionRatioMin: {
    label: 'Expected commission-to-revenue ratio, lowest (Tier 1 commission is 10–20%)',
    source: 'creator-desk',
  },
  commissionRatioMax: {
    label: 'Expected commission-to-revenue ratio, highest (commission plus flat fees)',
    source: 'creator-desk',
  },
  revenuePerPostLowFactor: { label: 'Flag revenue per post below this × tier average', source: 'creator-desk' },
  revenuePerPostHighFactor: { label: 'Flag revenue per post above this × tier average', source: 'creator-desk' },
  tierAverageMinCreators: {
    label: 'Creators with known revenue per post needed for a tier average',
    source: 'creator-desk',
  },
  tier1CommissionMin: { label: 'Tier 1 agreed commission, lowest', source: 'playbook' },
  tier1CommissionMax: { label: 'Tier 1 agreed commission, highest', source: 'playbook' },
  zombieAfterDays: { label: 'Inactive (zombie) after this many days without content', source: 'playbook' },
  promotionWindowDays: { label: 'Promotion: days of consistent output', source: 'playbook' },
  promotionMinTenureDays: { label: 'Promotion: days since the first post, at least', source: 'playbook' },
  consistencyWeeks: { label: 'Promotion: weeks looked at for consistency', source: 'playbook' },
  consistencyMinWeeksWithPosts: { label: 'Promotion: weeks with at least one post', source: 'creator-desk' },
  underDeliveryWeeks: {
    label: 'Demote or deprioritise after this many weeks below the agreed rate in a row',
    source: 'creator-desk',
  },
  sparkAdsMinClicks: { label: 'Spark Ads: minimum clicks for a candidate', source: 'creator-desk' },
  sparkAdsMaxAgeDays: { label: 'Spark Ads: only content posted in the last days', source: 'creator-desk' },
  sparkAdsListSize: { label: 'Spark Ads: candidates listed', source: 'creator-desk' },
  sampleContentWindowDays: { label: 'Samples: content expected within days of shipping', source: 'creator-desk' },
  sampleRoiWindowDays: { label: 'Sample ROI: samples shipped in the last days', source: 'creator-desk' },
  repeatPurchaseCohortDays: { label: 'Repeat purchase cohort (days)', source: 'playbook' },
  openToTargetMinClicks: { label: 'Open → target: minimum clicks', source: 'creator-desk' },
  buildBudgetMonthlyMin: { label: 'Build budget per month, lowest (shop currency)', source: 'playbook' },
  buildBudgetMonthlyMax: { label: 'Build budget per month, highest (shop currency)', source: 'playbook' },
  buildPhaseDays: { label: 'Build phase (days from the first capture)', source: 'playbook' },
  coordinatorMonthlyCost: { label: "A coordinator's time per month (shop currency; 0: not counted)", source: 'creator-desk' },
  followUpAfterDays: { label: 'Follow up when not contacted for this many days', source: 'creator-desk' },
  thisWeekSize: { label: '"This week": creators listed', source: 'creator-desk' },
  scorecardWindowDays: { label: 'Scorecard window (days)', source: 'creator-desk' },
  velocityWeeks: { label: 'Content velocity: weeks shown', source: 'creator-desk' },
  paceWindowDays: { label: 'Pace vs agreed rate: days looked at', source: 'creator-desk' },
  leaderboardMinClicks: { label: 'Leaderboard by conversion: minimum clicks in the week', source: 'creator-desk' },
  leaderboardSize: { label: 'Leaderboard: creators shown', source: 'creator-desk' },
};
