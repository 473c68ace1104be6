/**
 * How the panel shows numbers and dates: one record in the `settings` table (id `display`). Unknown
 * or invalid values read as "follow the browser".
 */
import { supportedLocale } from '../format/locale';
import type { CreatorDeskDb } from './database';

export const DISPLAY_RECORD_ID = 'display';

export interface DisplayPreferences {
  /** A BCP 47 locale for numbers, money and dates; null follows the browser's language. */
  locale: string | null;
}

export type DisplayDb = Pick<CreatorDeskDb, 'settings'>;

export function displayFromRecord(record: unknown): DisplayPreferences {
  const values = record && typeof record === 'object' ? (record as { values?: unknown }).values : undefined;
  const locale = values && typeof values === 'object' ? (values as { locale?: unknown }).locale : undefined;
  return { locale: typeof locale === 'string' ? supportedLocale(locale) : null };
}

export async function saveDisplay(db: DisplayDb, preferences: DisplayPreferences, at: number = Date.now()): Promise<void> {
  await db.settings.put({ id: DISPLAY_RECORD_ID, values: { locale: supportedLocale(preferences.locale) }, updatedAt: at });
}
