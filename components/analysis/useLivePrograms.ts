import { useLiveQuery } from 'dexie-react-hooks';
import type { CreatorProgram } from '../../lib/model/program';
import { useDb } from '../db/DbContext';

/**
 * Every program record (small: one per creator the seller has acted on), live; undefined while
 * loading, and while not `wanted` (then nothing is read: the records come back deep-copied for
 * every reader, thousands of them).
 */
export function useLivePrograms(wanted = true): CreatorProgram[] | undefined {
  const db = useDb();
  return useLiveQuery<CreatorProgram[] | undefined>(() => (wanted ? db.programs.toArray() : undefined), [db, wanted]);
}
