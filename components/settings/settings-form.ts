/**
 * The Settings form: every analytics threshold, grouped, shown in the seller's units (percent for
 * rates, × for factors), parsed back and validated field by field with messages that say what is
 * allowed. The store validates again before saving.
 */
import { type z } from 'zod';
import {
  DEFAULT_SETTINGS,
  SETTING_INFO,
  SettingsSchema,
  StrictSettingsSchema,
  type AnalyticsSettings,
  type SettingName,
} from '../../lib/analytics/settings';
import { formatCountText } from '../../lib/format/number';

export interface SettingGroup {
  title: string;
  description: string;
  fields: SettingName[];
}

const KNOWN_GROUPS: readonly SettingGroup[] = [
  {
    title: 'Tiers by followers',
    description: 'Used to place creators with no accepted tier. Promotion is by performance, never by followers.',
    fields: ['tier1MinFollowers', 'tier2MinFollowers', 'tier3MinFollowers'],
  },
  {
    title: 'Healthy roster',
    description: 'Active creators per tier the roster health compares against.',
    fields: ['rosterTier1Min', 'rosterTier1Max', 'rosterTier2Min', 'rosterTier2Max', 'rosterTier3Min', 'rosterTier3Max'],
  },
  {
    title: 'Scorecard flags',
    description: 'When a scorecard raises a flag.',
    fields: [
      'minConversionRate',
      'minHookRetention',
      'commissionRatioMin',
      'commissionRatioMax',
      'revenuePerPostLowFactor',
      'revenuePerPostHighFactor',
      'tierAverageMinCreators',
    ],
  },
  {
    title: 'Agreements',
    description: 'The commission band an agreed Tier 1 rate is checked against.',
    fields: ['tier1CommissionMin', 'tier1CommissionMax'],
  },
  {
    title: 'Activity and pace',
    description: 'Inactivity (zombies) and pace against the agreed posting rate.',
    fields: ['zombieAfterDays', 'paceWindowDays', 'underDeliveryWeeks'],
  },
  {
    title: 'Promotion',
    description: 'Consistent output the promotion suggestion asks for.',
    fields: ['promotionWindowDays', 'promotionMinTenureDays', 'consistencyWeeks', 'consistencyMinWeeksWithPosts'],
  },
  {
    title: 'Spark Ads',
    description: 'Which videos can be candidates.',
    fields: ['sparkAdsMinClicks', 'sparkAdsMaxAgeDays', 'sparkAdsListSize' as SettingName, 'openToTargetMinClicks'],
  },
  {
    title: 'Samples and repeat purchases',
    description: 'Windows for sample follow-through and the repeat-purchase cohort.',
    fields: ['sampleContentWindowDays', 'sampleRoiWindowDays', 'repeatPurchaseCohortDays'],
  },
  {
    title: 'Program budget',
    description: 'The build-stage budget the Overview compares the last 30 days of spend against.',
    fields: ['buildBudgetMonthlyMin', 'buildBudgetMonthlyMax', 'buildPhaseDays', 'coordinatorMonthlyCost'],
  },
  {
    title: 'Windows and lists',
    description: 'Default scorecard window, chart length and leaderboard.',
    fields: ['scorecardWindowDays', 'velocityWeeks', 'leaderboardMinClicks', 'leaderboardSize', 'followUpAfterDays', 'thisWeekSize'],
  },
];

/**
 * Every setting, each once: the groups above (names the analytics no longer have are dropped), and
 * any setting added since under "Other settings", so none is ever left out of the form.
 */
export const SETTING_GROUPS: readonly SettingGroup[] = (() => {
  const all = Object.keys(DEFAULT_SETTINGS) as SettingName[];
  const placed = new Set<SettingName>();
  const groups = KNOWN_GROUPS.map((g) => ({ ...g, fields: g.fields.filter((f) => all.includes(f) && !placed.has(f) && placed.add(f)) }));
  const rest = all.filter((name) => !placed.has(name));
  if (rest.length > 0) groups.push({ title: 'Other settings', description: 'More thresholds the analytics use.', fields: rest });
  return groups.filter((g) => g.fields.length > 0);
})();

const PERCENT_FIELDS: ReadonlySet<SettingName> = new Set([
  'minConversionRate',
  'minHookRetention',
  'commissionRatioMin',
  'commissionRatioMax',
  'tier1CommissionMin',
  'tier1CommissionMax',
]);
const FACTOR_FIELDS: ReadonlySet<SettingName> = new Set(['revenuePerPostLowFactor', 'revenuePerPostHighFactor']);

export type SettingUnit = 'percent' | 'factor' | 'plain';

export function settingUnit(name: SettingName): SettingUnit {
  return PERCENT_FIELDS.has(name) ? 'percent' : FACTOR_FIELDS.has(name) ? 'factor' : 'plain';
}

/** The word after the input: `%`, `×`, `days`, `followers`… */
export function settingSuffix(name: SettingName): string {
  const unit = settingUnit(name);
  if (unit === 'percent') return '%';
  if (unit === 'factor') return '×';
  if (/Followers$/.test(name)) return 'followers';
  if (/Days$/.test(name)) return 'days';
  if (/Weeks(WithPosts)?$/.test(name)) return 'weeks';
  if (/Clicks$/.test(name)) return 'clicks';
  if (/^roster|Creators$/.test(name)) return 'creators';
  if (name === 'leaderboardSize') return 'creators';
  return '';
}

/** A stored value in the seller's units: 0.01 → `1` (percent). */
function toDisplay(name: SettingName, value: number): number {
  return settingUnit(name) === 'percent' ? Number((value * 100).toFixed(6)) : value;
}

export function displayValue(name: SettingName, value: number): string {
  return String(toDisplay(name, value));
}

/** `1%`, `0.5×`, `30 days`: a value with its unit, for hints and messages. */
export function valueWithUnit(name: SettingName, value: number): string {
  const suffix = settingSuffix(name);
  const shown = formatCountText(toDisplay(name, value), { compact: false });
  return suffix === '%' || suffix === '×' ? `${shown}${suffix}` : suffix ? `${shown} ${suffix}` : shown;
}

export type SettingsFormValues = Record<SettingName, string>;

export function formFromSettings(settings: AnalyticsSettings): SettingsFormValues {
  const values = {} as SettingsFormValues;
  for (const name of Object.keys(DEFAULT_SETTINGS) as SettingName[]) values[name] = displayValue(name, settings[name]);
  return values;
}

function messageFor(name: SettingName, issue: z.core.$ZodIssue): string {
  const bound = (n: number | bigint) => valueWithUnit(name, Number(n));
  if (issue.code === 'too_small') return `${issue.inclusive === false ? 'More than' : 'At least'} ${bound(issue.minimum)}.`;
  if (issue.code === 'too_big') return `${issue.inclusive === false ? 'Less than' : 'At most'} ${bound(issue.maximum)}.`;
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'Enter a whole number.';
  return 'Enter a number.';
}

export type SettingsFormResult =
  | { ok: true; settings: AnalyticsSettings }
  | { ok: false; errors: Partial<Record<SettingName, string>> };

/** Parses every field; on any problem, a message for each field to fix. */
export function settingsFromForm(values: SettingsFormValues): SettingsFormResult {
  const errors: Partial<Record<SettingName, string>> = {};
  const settings = { ...DEFAULT_SETTINGS };
  for (const name of Object.keys(DEFAULT_SETTINGS) as SettingName[]) {
    const text = (values[name] ?? '').trim().replace(',', '.');
    if (!/^-?\d+(\.\d+)?$/.test(text)) {
      errors[name] = text === '' ? 'Enter a value.' : 'Enter a number.';
      continue;
    }
    const shown = Number(text);
    const value = settingUnit(name) === 'percent' ? Number((shown / 100).toFixed(8)) : shown;
    const parsed = SettingsSchema.shape[name].safeParse(value);
    if (!parsed.success) {
      errors[name] = messageFor(name, parsed.error.issues[0]!);
      continue;
    }
    settings[name] = parsed.data;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  // Pairs that must be in order (Tier 1 below Tier 2, a range's lowest below its highest).
  const strict = StrictSettingsSchema.safeParse(settings);
  if (!strict.success) {
    for (const issue of strict.error.issues) {
      const name = issue.path[0] as SettingName;
      errors[name] ??= issue.message.replace(/\b([a-z][A-Za-z0-9]+)\b/g, (word) =>
        word in SETTING_INFO ? `“${SETTING_INFO[word as SettingName].label}” (${valueWithUnit(word as SettingName, settings[word as SettingName])})` : word,
      );
    }
    return { ok: false, errors };
  }
  return { ok: true, settings };
}
