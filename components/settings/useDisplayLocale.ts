import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { DISPLAY_RECORD_ID, displayFromRecord } from '../../lib/db/display-store';
import { displayLocale, setDisplayLocale } from '../../lib/format/locale';
import { openingSettingsRecord } from '../analysis/useLiveSettings';
import { useDb } from '../db/DbContext';

/**
 * Applies the seller's display locale (Settings → Numbers and dates) before the views format
 * anything; returns the locale in force, so the caller can re-render the views when it changes.
 * Until the live query answers, the record read on opening (so the views do not render twice).
 */
export function useDisplayLocale(): string {
  const db = useDb();
  const live = useLiveQuery(() => db.settings.get(DISPLAY_RECORD_ID), [db]);
  const early = useMemo(() => openingSettingsRecord(db.name, DISPLAY_RECORD_ID), [db]);
  const record: unknown = live ?? early;
  setDisplayLocale(displayFromRecord(record).locale);
  return displayLocale();
}
