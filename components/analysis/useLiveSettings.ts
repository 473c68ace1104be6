import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import { settledOpeningRead } from '../../lib/analysis-store/opening-read';
import { SETTINGS_RECORD_ID, settingsFromRecord } from '../../lib/db/settings-store';
import { useDb } from '../db/DbContext';

/**
 * A record of the `settings` table as the panel read it on opening (lib/analysis-store/opening-read.ts),
 * for the first renders, until the live query answers: `null` when none was stored, `undefined`
 * without an opening read of this database.
 */
export function openingSettingsRecord(dbName: string, id: string): unknown {
  const read = settledOpeningRead(dbName);
  return read ? (read.settings.get(id) ?? null) : undefined;
}

/** The analytics settings as stored (defaults where nothing valid is), live; undefined while loading. */
export function useLiveSettings(): AnalyticsSettings | undefined {
  const db = useDb();
  // `null` (not undefined) when nothing is stored, so "loaded, empty" differs from "loading".
  const live = useLiveQuery(async () => (await db.settings.get(SETTINGS_RECORD_ID)) ?? null, [db]);
  // Until the live query answers, the record read on opening, if any.
  const early = useMemo(() => openingSettingsRecord(db.name, SETTINGS_RECORD_ID), [db]);
  const record = live !== undefined ? live : early;
  return useMemo(() => (record === undefined ? undefined : settingsFromRecord(record)), [record]);
}
