import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import { SETTINGS_RECORD_ID, settingsFromRecord } from '../../lib/db/settings-store';
import { useDb } from '../db/DbContext';
import { earlySettingsRead } from './early-cache-read';

/** The analytics settings as stored (defaults where nothing valid is), live; undefined while loading. */
export function useLiveSettings(): AnalyticsSettings | undefined {
  const db = useDb();
  // `null` (not undefined) when nothing is stored, so "loaded, empty" differs from "loading".
  const live = useLiveQuery(async () => (await db.settings.get(SETTINGS_RECORD_ID)) ?? null, [db]);
  // Until the live query answers, the record the panel's script read before mounting, if any.
  const [early, setEarly] = useState<unknown>(undefined);
  useEffect(() => {
    let cancelled = false;
    earlySettingsRead(db)?.then(
      (record) => {
        if (!cancelled) setEarly(record);
      },
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [db]);
  const record = live !== undefined ? live : early;
  return useMemo(() => (record === undefined ? undefined : settingsFromRecord(record)), [record]);
}
