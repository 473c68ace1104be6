import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { OutreachEntry } from '../../lib/model/review';
import { lastContactedByCreator } from '../../lib/review/last-contacted';
import { useDb } from '../db/DbContext';

/** The outreach log, newest first, live; undefined while loading. */
export function useOutreachLog(): OutreachEntry[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.outreach.orderBy('at').reverse().toArray(), [db]);
}

/** Creator key → when last contacted (empty while loading). */
export function useLastContacted(): ReadonlyMap<string, number> {
  const log = useOutreachLog();
  return useMemo(() => lastContactedByCreator(log ?? []), [log]);
}
