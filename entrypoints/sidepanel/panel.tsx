import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { PERF_MARKS } from '../../components/analysis/perf-marks';
import { readProgramDataOnOpening } from '../../components/analysis/useProgramData';
import { isRestoringHere } from '../../components/db/background-restore';
import { openingRead } from '../../lib/analysis-store/opening-read';
import { activeDatabaseName, onDatabaseSwapped } from '../../lib/db/active-database';
import { DEFAULT_DB_NAME, openCreatorDeskDb, setCreatorDeskDb } from '../../lib/db/database';
import { teamStorage } from '../../lib/team/extension-storage';
import { installTeamOutbox } from '../../lib/team/outbox';
import { linkPanelToTeam } from '../../lib/team/panel-link';
import { TEAM_PORT } from '../../lib/team/team-service';

/** Mounts the panel once the opening read (started by main.tsx) knows the active database. */
export async function startPanel(): Promise<void> {
  performance.mark(PERF_MARKS.panelCodeLoaded);
  // The active database (a restore swaps another one in: then every open panel reloads onto it).
  const opening = await openingRead();
  const name = opening?.dbName ?? (await activeDatabaseName().catch(() => DEFAULT_DB_NAME));
  performance.mark(PERF_MARKS.databaseNamed);
  // The version the opening read found: at the newest, Dexie is given the newest schema only (quicker to set up).
  const db = setCreatorDeskDb(openCreatorDeskDb(name, opening?.version ?? null));
  // No saved Overview to show first: the stored data's read starts now, not once React has mounted.
  readProgramDataOnOpening(db, opening);
  onDatabaseSwapped(DEFAULT_DB_NAME, () => {
    if (!isRestoringHere()) location.reload();
  });

  // Team sharing: edits made here are noted for the background's sync (before the first query).
  linkPanelToTeam({
    control: installTeamOutbox(db),
    storage: teamStorage(browser.storage.local),
    onStorageChanged: (listener) =>
      browser.storage.onChanged.addListener((changes, area) => {
        if (area !== 'local') return;
        for (const [key, change] of Object.entries(changes)) listener(key, change.newValue);
      }),
    connect: () => browser.runtime.connect({ name: TEAM_PORT }),
  });

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
