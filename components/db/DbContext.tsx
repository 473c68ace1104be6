import { createContext, useContext, type ReactNode } from 'react';
import { getCreatorDeskDb, type CreatorDeskDb } from '../../lib/db/database';

/** Views read the database through this context so tests (and the demo) can hand them another one. */
const DbContext = createContext<CreatorDeskDb | null>(null);

export function DbProvider({ db, children }: { db: CreatorDeskDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

/** The provided database, or the extension's own. */
export function useDb(): CreatorDeskDb {
  return useContext(DbContext) ?? getCreatorDeskDb();
}
