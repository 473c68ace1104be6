import { DEFAULT_SETTINGS } from '../analytics/settings';
import { SETTINGS_RECORD_ID, loadSettings, resetSettings, saveSettings, settingsFromRecord } from './settings-store';
import { freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();

describe('settings store', () => {
  it('reads the playbook defaults when nothing is stored', async () => {
    expect(await loadSettings(db())).toEqual(DEFAULT_SETTINGS);
  });

  it('saves valid settings and reads them back', async () => {
    const settings = { ...DEFAULT_SETTINGS, minConversionRate: 0.02, zombieAfterDays: 21 };
    expect(await saveSettings(db(), settings, 1000)).toEqual({ ok: true, settings });
    expect(await loadSettings(db())).toEqual(settings);
    expect(await db().settings.get(SETTINGS_RECORD_ID)).toEqual({ id: 'settings', values: settings, updatedAt: 1000 });
  });

  it('refuses invalid values and out-of-order pairs, storing nothing', async () => {
    const result = await saveSettings(db(), { ...DEFAULT_SETTINGS, minConversionRate: 2, commissionRatioMin: 0.5, commissionRatioMax: 0.2 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['commissionRatioMin', 'minConversionRate']);
    expect(await db().settings.count()).toBe(0);
  });

  it('resets to the defaults', async () => {
    await saveSettings(db(), { ...DEFAULT_SETTINGS, zombieAfterDays: 10 });
    expect(await resetSettings(db())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(db())).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs whatever was stored, nested or flat', () => {
    expect(settingsFromRecord({ id: 'settings', values: { zombieAfterDays: 'x', minHookRetention: 0.3 } })).toEqual({
      ...DEFAULT_SETTINGS,
      minHookRetention: 0.3,
    });
    expect(settingsFromRecord({ id: 'settings', zombieAfterDays: 45 }).zombieAfterDays).toBe(45);
    expect(settingsFromRecord(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});
