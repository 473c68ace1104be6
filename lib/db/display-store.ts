/**
 * How the panel shows numbers and dates, and the shop's currency when the seller states it: one
 * record in the `settings` table (id `display`). Unknown or invalid values read as "follow the
 * browser" (locale) and "from the shop's orders and pages" (currency).
 */
import { supportedLocale } from '../format/locale';
import { isCurrencyCode, type CurrencyCode } from '../parse/quantity';
import type { CreatorDeskDb } from './database';

export const DISPLAY_RECORD_ID = 'display';

export interface DisplayPreferences {
  /** A BCP 47 locale for numbers, money and dates; null follows the browser's language. */
  locale: string | null;
  /**
   * The shop's currency as the seller states it, for shops whose pages show amounts without one;
   * null: the currency of the shop's affiliate orders (else of its pages' figures).
   */
  shopCurrency: CurrencyCode | null;
}

export type DisplayDb = Pick<CreatorDeskDb, 'settings' | 'transaction'>;

export function displayFromRecord(record: unknown): DisplayPreferences {
  const values = record && typeof record === 'object' ? (record as { values?: unknown }).values : undefined;
  const field = (name: string): unknown => (values && typeof values === 'object' ? (values as Record<string, unknown>)[name] : undefined);
  const locale = field('locale');
  const shopCurrency = field('shopCurrency');
  return {
    locale: typeof locale === 'string' ? supportedLocale(locale) : null,
    shopCurrency: isCurrencyCode(shopCurrency) ? shopCurrency : null,
  };
}

export async function loadDisplay(db: DisplayDb): Promise<DisplayPreferences> {
  return displayFromRecord(await db.settings.get(DISPLAY_RECORD_ID));
}

/** Saves the preferences given; the others keep their stored value. */
export async function saveDisplay(db: DisplayDb, preferences: Partial<DisplayPreferences>, at: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const stored = displayFromRecord(await db.settings.get(DISPLAY_RECORD_ID));
    const next = { ...stored, ...preferences };
    const values = { locale: supportedLocale(next.locale), shopCurrency: isCurrencyCode(next.shopCurrency) ? next.shopCurrency : null };
    await db.settings.put({ id: DISPLAY_RECORD_ID, values, updatedAt: at });
  });
}
