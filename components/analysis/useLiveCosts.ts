import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { costBookOf, type CostBook } from '../../lib/costs/cost-book';
import { COST_SETTINGS_RECORD_ID, costSettingsFromRecord } from '../../lib/db/cost-store';
import { useDb } from '../db/DbContext';

/** The seller's cost entries (small tables), live, as a cost book; undefined while loading. */
export function useLiveCosts(): CostBook | undefined {
  const db = useDb();
  const records = useLiveQuery(
    async () => {
      const [productCosts, sparkSpend, settings] = await Promise.all([
        db.productCosts.toArray(),
        db.sparkSpend.toArray(),
        db.settings.get(COST_SETTINGS_RECORD_ID),
      ]);
      return { productCosts, sparkSpend, settings: costSettingsFromRecord(settings ?? null) };
    },
    [db],
  );
  return useMemo(() => (records ? costBookOf(records) : undefined), [records]);
}
