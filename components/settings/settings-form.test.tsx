import { DEFAULT_SETTINGS, type SettingName } from '../../lib/analytics/settings';
import { SETTING_GROUPS, formFromSettings, settingSuffix, settingsFromForm, valueWithUnit } from './settings-form';

describe('settings form', () => {
  it('shows every setting exactly once', () => {
    const shown = SETTING_GROUPS.flatMap((g) => g.fields).sort();
    expect(shown).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('shows rates as percents and reads them back as fractions', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    expect(form.minConversionRate).toBe('1');
    expect(form.minHookRetention).toBe('25');
    expect(form.revenuePerPostLowFactor).toBe('0.5');
    expect(form.zombieAfterDays).toBe('30');
    expect(settingsFromForm(form)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    const changed = settingsFromForm({ ...form, minConversionRate: '2,5', zombieAfterDays: '21' });
    expect(changed).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, minConversionRate: 0.025, zombieAfterDays: 21 } });
  });

  it('says what is allowed, in the seller units', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    const result = settingsFromForm({ ...form, minConversionRate: '150', zombieAfterDays: '2.5', sparkAdsMinClicks: '', velocityWeeks: 'x' });
    expect(result).toEqual({
      ok: false,
      errors: {
        minConversionRate: 'At most 100%.',
        zombieAfterDays: 'Enter a whole number.',
        sparkAdsMinClicks: 'Enter a value.',
        velocityWeeks: 'Enter a number.',
      },
    });
    expect(settingsFromForm({ ...form, revenuePerPostLowFactor: '1' })).toEqual({
      ok: false,
      errors: { revenuePerPostLowFactor: 'Less than 1×.' },
    });
  });

  it('refuses pairs out of order, naming the other setting', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    const result = settingsFromForm({ ...form, commissionRatioMin: '40' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors)).toEqual(['commissionRatioMin']);
      expect(result.errors.commissionRatioMin).toContain('must be at most');
      expect(result.errors.commissionRatioMin).toContain('(30%)');
    }
  });

  it('names units', () => {
    const suffix = (n: SettingName) => settingSuffix(n);
    expect(suffix('tier1MinFollowers')).toBe('followers');
    expect(suffix('zombieAfterDays')).toBe('days');
    expect(suffix('consistencyMinWeeksWithPosts')).toBe('weeks');
    expect(suffix('rosterTier1Min')).toBe('creators');
    expect(suffix('leaderboardMinClicks')).toBe('clicks');
    expect(valueWithUnit('tier2MinFollowers', 100_000)).toBe('100,000 followers');
    expect(valueWithUnit('minHookRetention', 0.25)).toBe('25%');
  });
});
