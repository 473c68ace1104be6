import { useLiveQuery } from 'dexie-react-hooks';
import type { CreatorProgram } from '../../lib/model/program';
import { useDb } from '../db/DbContext';

/** Every program record (small: one per creator the seller has acted on), live; undefined while loading. */
export function useLivePrograms(): CreatorProgram[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.programs.toArray(), [db]);
}
