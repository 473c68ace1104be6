import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { localDay } from '../../lib/calendar/days';
import { ELIGIBILITY_SETTINGS_RECORD_ID, eligibilitySettingsFromRecord } from '../../lib/db/eligibility-store';
import { healthOf, shopFigures, type ShopFigures } from '../../lib/eligibility/health';
import { byUrgency, checkEligibility, worstStatus, type EligibilityCheck } from '../../lib/eligibility/rules';
import type { EligibilityRecord, EligibilitySettings } from '../../lib/model/eligibility';
import { openingEligibility } from '../../lib/analysis-store/opening-read';
import { useNow } from '../common/now';
import { useDb } from '../db/DbContext';

export interface EligibilityState {
  today: string;
  settings: EligibilitySettings;
  figures: ShopFigures;
  /** Every check: the shop's, then the products' most urgent first. */
  checks: EligibilityCheck[];
  worst: ReturnType<typeof worstStatus>;
  /** Nothing reported yet, from any source. */
  empty: boolean;
}

/** The stored figures (a small table: one record per subject and day) and settings, live, checked against the rules. */
export function useEligibility(): EligibilityState | undefined {
  const db = useDb();
  const now = useNow();
  // As the panel's first script found them, until the live query answers (the same reads): the
  // Overview's eligibility line is then in place from the first render, not pushed in above its numbers.
  const opening = useMemo(() => {
    const read = openingEligibility(db.name);
    if (!read) return undefined;
    // The same records the live query reads (as stored, by this extension).
    return { records: read.eligibility as EligibilityRecord[], settings: eligibilitySettingsFromRecord(read.settings.get(ELIGIBILITY_SETTINGS_RECORD_ID) ?? null) };
  }, [db.name]);
  const stored = useLiveQuery(
    async () => {
      const [records, settings] = await Promise.all([db.eligibility.toArray(), db.settings.get(ELIGIBILITY_SETTINGS_RECORD_ID)]);
      return { records, settings: eligibilitySettingsFromRecord(settings ?? null) };
    },
    [db],
    opening,
  );
  const today = localDay(now);
  return useMemo(() => {
    if (!stored) return undefined;
    const figures = shopFigures(stored.records);
    const checks = byUrgency(checkEligibility(healthOf(figures), today, stored.settings));
    return { today, settings: stored.settings, figures, checks, worst: worstStatus(checks), empty: stored.records.length === 0 };
  }, [stored, today]);
}
