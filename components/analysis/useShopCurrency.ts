import { useLiveQuery } from 'dexie-react-hooks';
import { displayRecords } from '../../lib/db/display-store';
import type { CurrencyCode } from '../../lib/parse/quantity';
import { useDb } from '../db/DbContext';

/**
 * The shop's currency as the seller set it (Settings → Numbers and dates), live: null when not set
 * (the orders and pages decide), undefined while loading.
 */
export function useShopCurrency(): CurrencyCode | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await displayRecords(db)).shopCurrency, [db]);
}
