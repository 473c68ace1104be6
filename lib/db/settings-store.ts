/**
 * The analytics settings, stored as one record (`settings` table, key `id`, record id `settings`).
 * Reading never fails: whatever is stored goes through `parseSettings` (missing or invalid fields
 * take their defaults). Saving is strict: every field valid and every pair ordered, or nothing.
 */
import { DEFAULT_SETTINGS, StrictSettingsSchema, parseSettings, type AnalyticsSettings, type SettingName } from '../analytics/settings';

import type { CreatorDeskDb, SettingsRecord } from './database';

/** The record id of the analytics thresholds in the `settings` table. */
export const SETTINGS_RECORD_ID = 'settings';

/** What these functions need of the database: its `settings` table. */
export type SettingsDb = Pick<CreatorDeskDb, 'settings'>;

/** The values inside a stored record; tolerates a flat record (`{ id, …settings }`) too. */
export function settingsFromRecord(record: unknown): AnalyticsSettings {
  if (record === null || typeof record !== 'object') return parseSettings(undefined);
  const values = (record as { values?: unknown }).values;
  return parseSettings(values !== null && typeof values === 'object' ? values : record);
}

export async function loadSettings(db: SettingsDb): Promise<AnalyticsSettings> {
  return settingsFromRecord(await db.settings.get(SETTINGS_RECORD_ID));
}

export type SaveSettingsResult =
  | { ok: true; settings: AnalyticsSettings }
  | { ok: false; errors: Partial<Record<SettingName, string>> };

/** Stores the settings when all of them are valid; otherwise stores nothing and says what is wrong, per field. */
export async function saveSettings(db: SettingsDb, settings: AnalyticsSettings, at: number = Date.now()): Promise<SaveSettingsResult> {
  const parsed = StrictSettingsSchema.safeParse(settings);
  if (!parsed.success) {
    const errors: Partial<Record<SettingName, string>> = {};
    for (const issue of parsed.error.issues) {
      const name = issue.path[0];
      if (typeof name === 'string' && name in DEFAULT_SETTINGS) errors[name as SettingName] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const record: SettingsRecord = { id: SETTINGS_RECORD_ID, values: parsed.data, updatedAt: at };
  await db.settings.put(record);
  return { ok: true, settings: parsed.data };
}

/** Every setting back to the playbook's defaults. */
export async function resetSettings(db: SettingsDb, at: number = Date.now()): Promise<AnalyticsSettings> {
  const values: AnalyticsSettings = { ...DEFAULT_SETTINGS };
  await db.settings.put({ id: SETTINGS_RECORD_ID, values, updatedAt: at });
  return values;
}
