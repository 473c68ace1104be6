import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import { SETTINGS_RECORD_ID, settingsFromRecord } from '../../lib/db/settings-store';
import { useDb } from '../db/DbContext';

/** The analytics settings as stored (defaults where nothing valid is), live; undefined while loading. */
export function useLiveSettings(): AnalyticsSettings | undefined {
  const db = useDb();
  // `null` (not undefined) when nothing is stored, so "loaded, empty" differs from "loading".
  const record = useLiveQuery(async () => (await db.settings.get(SETTINGS_RECORD_ID)) ?? null, [db]);
  return useMemo(() => (record === undefined ? undefined : settingsFromRecord(record)), [record]);
}
