/**
 * The side panel's side of team sharing: it never replicates itself. It keeps the panel's outbox
 * control in step with the settings (noting changes only while Team is on, refusing team edits for a
 * read-only member), and while Team is on it holds a port to the background, which keeps continuous
 * sync running (and the worker awake: the port is pinged). A stopped worker drops the port; the
 * panel reconnects, which wakes the worker and resumes sync from its checkpoints.
 */
import type { OutboxControl } from './outbox';
import { PING_MESSAGE, SYNC_NOW_MESSAGE } from './extension-storage';
import { TEAM_SETTINGS_KEY, TEAM_STATUS_KEY, teamSettingsFrom, type TeamSyncStatus } from './settings';
import type { TeamStorage } from './team-service';

export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onDisconnect: { addListener(listener: () => void): void };
}

export interface PanelLinkDeps {
  control: OutboxControl;
  storage: TeamStorage;
  /** Calls back with (key, new value) for every change of extension storage. */
  onStorageChanged(listener: (key: string, value: unknown) => void): void;
  connect(): PortLike;
  setInterval?: typeof setInterval;
}

export interface PanelLink {
  syncNow(): void;
}

/** Pinged well inside the service worker's 30-second idle limit. */
export const PING_INTERVAL_MS = 20_000;
const RECONNECT_MS = 1_000;

let current: PanelLink | null = null;

/** The panel's link, once `linkPanelToTeam` ran (null in tests and before). */
export function panelLink(): PanelLink | null {
  return current;
}

export function linkPanelToTeam(deps: PanelLinkDeps): PanelLink {
  let enabled = false;
  let database: string | null = null;
  let status: TeamSyncStatus | null = null;
  let port: PortLike | null = null;
  const every = deps.setInterval ?? setInterval;

  const connect = () => {
    if (port || !enabled) return;
    const opened = deps.connect();
    port = opened;
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      // The worker was stopped (or restarted): reconnect while Team is on.
      setTimeout(connect, RECONNECT_MS);
    });
  };

  const apply = () => {
    deps.control.armed = enabled;
    deps.control.readOnly = enabled && status?.readOnly === true && status.database === database;
    if (enabled) connect();
    else if (port) {
      const closing = port;
      port = null;
      closing.disconnect();
    }
  };

  const settingsChanged = (value: unknown) => {
    const settings = teamSettingsFrom(value);
    enabled = settings?.enabled === true;
    database = settings?.database ?? null;
    apply();
  };

  deps.onStorageChanged((key, value) => {
    if (key === TEAM_SETTINGS_KEY) settingsChanged(value);
    if (key === TEAM_STATUS_KEY) {
      status = (value as TeamSyncStatus | undefined) ?? null;
      apply();
    }
  });
  void Promise.all([deps.storage.get(TEAM_SETTINGS_KEY), deps.storage.get(TEAM_STATUS_KEY)]).then(([settings, stored]) => {
    status = (stored as TeamSyncStatus | undefined) ?? null;
    settingsChanged(settings);
  });
  every(() => port?.postMessage(PING_MESSAGE), PING_INTERVAL_MS);

  current = {
    syncNow() {
      connect();
      port?.postMessage(SYNC_NOW_MESSAGE);
    },
  };
  return current;
}
