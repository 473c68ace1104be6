import { useLiveQuery } from 'dexie-react-hooks';
import type { Creator } from '../../lib/model/entities';
import { useDb } from '../db/DbContext';

/** Every stored creator, most recently seen first, live; undefined while loading. */
export function useCreatorsByLastSeen(): Creator[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.creators.orderBy('lastSeen').reverse().toArray(), [db]);
}
