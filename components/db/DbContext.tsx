import { createContext, useContext, type ReactNode } from 'react';
import { getCreatorDeskDb, type CreatorDeskDb } from '../../lib/db/database';
import type { RestoreSwitch } from '../../lib/db/database-host';
import { backgroundRestoreSwitch } from './background-restore';

/** Views read the database through this context so tests (and the demo) can hand them another one. */
const DbContext = createContext<CreatorDeskDb | null>(null);

export function DbProvider({ db, children }: { db: CreatorDeskDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

/** The provided database, or the extension's own. */
export function useDb(): CreatorDeskDb {
  return useContext(DbContext) ?? getCreatorDeskDb();
}

/** How a restore reaches the background, and what the panel does once the restored database is in. */
export interface RestoreWiring {
  restore: RestoreSwitch;
  /** The restored database is active: `message` says what was restored (the extension reloads the panel). */
  swapped(message: string): void;
}

export const RESTORED_MESSAGE_KEY = 'creator-desk:restored';

const extensionWiring: RestoreWiring = {
  restore: backgroundRestoreSwitch,
  swapped(message) {
    sessionStorage.setItem(RESTORED_MESSAGE_KEY, message);
    location.reload();
  },
};

const RestoreContext = createContext<RestoreWiring>(extensionWiring);

export function RestoreProvider({ wiring, children }: { wiring: RestoreWiring; children: ReactNode }) {
  return <RestoreContext.Provider value={wiring}>{children}</RestoreContext.Provider>;
}

export function useRestoreWiring(): RestoreWiring {
  return useContext(RestoreContext);
}
