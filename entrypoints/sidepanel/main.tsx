import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { getCreatorDeskDb } from '../../lib/db/database';
import { teamStorage } from '../../lib/team/extension-storage';
import { installTeamOutbox } from '../../lib/team/outbox';
import { linkPanelToTeam } from '../../lib/team/panel-link';
import { TEAM_PORT } from '../../lib/team/team-service';
import './style.css';

// Team sharing: edits made here are noted for the background's sync (before the first query).
linkPanelToTeam({
  control: installTeamOutbox(getCreatorDeskDb()),
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
