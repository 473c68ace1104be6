import { useLiveQuery } from 'dexie-react-hooks';
import { DISPLAY_RECORD_ID, displayFromRecord } from '../../lib/db/display-store';
import { displayLocale, setDisplayLocale } from '../../lib/format/locale';
import { useDb } from '../db/DbContext';

/**
 * Applies the seller's display locale (Settings → Numbers and dates) before the views format
 * anything; returns the locale in force, so the caller can re-render the views when it changes.
 */
export function useDisplayLocale(): string {
  const db = useDb();
  const record = useLiveQuery(() => db.settings.get(DISPLAY_RECORD_ID), [db]);
  setDisplayLocale(displayFromRecord(record).locale);
  return displayLocale();
}
