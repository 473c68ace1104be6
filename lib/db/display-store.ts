/**
 * How the panel shows numbers and dates (one person's choice: `settings` record `display`), and the
 * shop's currency when the seller states it (the shop's, shared by a team: `settings` record
 * `shop`). Unknown or invalid values read as "follow the browser" (locale) and "from the shop's
 * orders and pages" (currency). A currency stored in the display record by an earlier version is
 * read until the shop record is written.
 */
import { supportedLocale } from '../format/locale';
import { isCurrencyCode, type CurrencyCode } from '../parse/quantity';
import type { CreatorDeskDb } from './database';

export const DISPLAY_RECORD_ID = 'display';
export const SHOP_RECORD_ID = 'shop';

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

function valuesOf(record: unknown): Record<string, unknown> | undefined {
  const values = record && typeof record === 'object' ? (record as { values?: unknown }).values : undefined;
  return values && typeof values === 'object' ? (values as Record<string, unknown>) : undefined;
}

/** The preferences from the display record and, when there is one, the shop record (whose currency then counts). */
export function displayFromRecord(record: unknown, shop?: unknown): DisplayPreferences {
  const locale = valuesOf(record)?.locale;
  const shopCurrency = shop ? valuesOf(shop)?.currency : valuesOf(record)?.shopCurrency;
  return {
    locale: typeof locale === 'string' ? supportedLocale(locale) : null,
    shopCurrency: isCurrencyCode(shopCurrency) ? shopCurrency : null,
  };
}

/** Both records, for `displayFromRecord` (one read, so a live query watches both). */
export async function displayRecords(db: Pick<CreatorDeskDb, 'settings'>): Promise<DisplayPreferences> {
  const [display, shop] = await db.settings.bulkGet([DISPLAY_RECORD_ID, SHOP_RECORD_ID]);
  return displayFromRecord(display, shop);
}

export async function loadDisplay(db: DisplayDb): Promise<DisplayPreferences> {
  return displayRecords(db);
}

/**
 * Saves the preferences given; the others keep their stored value. Each record is written only
 * when its own value changes, so a change of language is not a change of the shop's currency for
 * the team.
 */
export async function saveDisplay(db: DisplayDb, preferences: Partial<DisplayPreferences>, at: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const [display, shop] = await db.settings.bulkGet([DISPLAY_RECORD_ID, SHOP_RECORD_ID]);
    const stored = displayFromRecord(display, shop);
    const next = { ...stored, ...preferences };
    const locale = supportedLocale(next.locale);
    const currency = isCurrencyCode(next.shopCurrency) ? next.shopCurrency : null;
    if (!display || locale !== stored.locale || valuesOf(display)?.shopCurrency !== undefined) {
      await db.settings.put({ id: DISPLAY_RECORD_ID, values: { locale }, updatedAt: at });
    }
    // Also when an earlier version's currency moves out of the display record.
    if (currency !== stored.shopCurrency || (!shop && currency !== null)) {
      await db.settings.put({ id: SHOP_RECORD_ID, values: { currency }, updatedAt: at });
    }
  });
}
