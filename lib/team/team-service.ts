/**
 * Team sharing in the background service worker: follows the team settings in extension storage,
 * runs the engine (continuous while a side panel is connected, one-shot on the periodic alarm or on
 * request) and publishes its status for the panel. Browser APIs come in as plain functions, so this
 * stays testable and the entrypoint only wires it up.
 */
import type { CreatorDeskDb } from '../db/database';
import { seedOutbox } from './bridge';
import { createTeamEngine, type EngineDeps, type TeamEngine } from './engine';
import { TeamHistoryDb } from './history';
import type { OutboxControl } from './outbox';
import { TEAM_SETTINGS_KEY, TEAM_STATUS_KEY, TEAM_STATUS_OFF, localDatabaseName, teamSettingsFrom, type TeamSettings } from './settings';
import { SHARED_TABLES } from './shared-tables';

export const TEAM_ALARM = 'team-sync';
/** The periodic sync while no panel is open. */
export const TEAM_ALARM_MINUTES = 15;
/** The local database whose existing records were noted for sending (once per database). */
export const TEAM_SEEDED_KEY = 'teamSeeded';
export const TEAM_PORT = 'team-sync';
/** Raised whenever SHARED_TABLES or SHARED_SETTINGS_IDS share more: records stored before are noted once more. */
export const SHARED_SET_VERSION = 2;

export interface TeamStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface TeamAlarms {
  create(name: string, periodInMinutes: number): void;
  clear(name: string): void;
}

export interface TeamServiceDeps {
  db: CreatorDeskDb;
  control: OutboxControl;
  PouchDB: EngineDeps['PouchDB'];
  storage: TeamStorage;
  /** `chrome.alarms` once the optional permission is granted; undefined before. */
  alarms: () => TeamAlarms | undefined;
  now: () => number;
  history?: TeamHistoryDb;
  onError?: (message: string) => void;
  fetch?: typeof fetch;
}

export interface TeamService {
  /** The stored settings changed (or were read at start-up). */
  settingsChanged(stored: unknown): Promise<void>;
  panelConnected(): void;
  panelDisconnected(): void;
  alarm(name: string): Promise<void>;
  syncNow(): Promise<void>;
  /** Stops for good (a restore swapped another database in: a new service takes over). */
  close(): Promise<void>;
}

export function createTeamService(deps: TeamServiceDeps): TeamService {
  const history = deps.history ?? new TeamHistoryDb();
  let engine: TeamEngine | null = null;
  let current: TeamSettings | null = null;
  let started = false;
  let panels = 0;
  let changing: Promise<void> = Promise.resolve();
  let closed = false;

  const publish = (status: object) => void deps.storage.set(TEAM_STATUS_KEY, status).catch(() => undefined);

  const seedOnce = async (settings: TeamSettings) => {
    // A new version that shares more (eligibility, the shop's currency) seeds again: unchanged records make no revision.
    const name = `${localDatabaseName(settings)}#${SHARED_SET_VERSION}`;
    if ((await deps.storage.get(TEAM_SEEDED_KEY)) === name) return;
    const tables = SHARED_TABLES.filter((shared) => shared.layer === 'team' || settings.shareCaptures).map((shared) => shared.table);
    await seedOutbox(deps.db, tables);
    await deps.storage.set(TEAM_SEEDED_KEY, name);
  };

  const apply = async (stored: unknown) => {
    if (closed) return;
    const next = teamSettingsFrom(stored);
    const settings = next?.enabled ? next : null;
    // Writes are noted only while Team is on (the control starts armed so none is missed before this).
    deps.control.armed = settings !== null;
    if (started && JSON.stringify(settings) === JSON.stringify(current)) return;
    started = true;
    await engine?.close();
    engine = null;
    current = settings;
    deps.control.readOnly = false;
    if (!settings) {
      deps.alarms()?.clear(TEAM_ALARM);
      await deps.db.teamOutbox.clear();
      await deps.storage.set(TEAM_SEEDED_KEY, null);
      publish(TEAM_STATUS_OFF);
      return;
    }
    await seedOnce(settings);
    engine = createTeamEngine({ db: deps.db, history, PouchDB: deps.PouchDB, control: deps.control, settings, onStatus: publish, now: deps.now, fetch: deps.fetch });
    deps.alarms()?.create(TEAM_ALARM, TEAM_ALARM_MINUTES);
    if (panels > 0) engine.startLive();
    else void engine.syncOnce();
  };

  return {
    settingsChanged(stored) {
      changing = changing.then(() => apply(stored)).catch((error: unknown) => deps.onError?.(error instanceof Error ? error.message : String(error)));
      return changing;
    },
    panelConnected() {
      panels += 1;
      void changing.then(() => engine?.startLive());
    },
    panelDisconnected() {
      panels = Math.max(0, panels - 1);
      if (panels === 0) engine?.stopLive();
    },
    async alarm(name) {
      await changing;
      if (name === TEAM_ALARM && engine && panels === 0) await engine.syncOnce();
    },
    async syncNow() {
      await changing;
      if (engine && panels === 0) await engine.syncOnce();
      else if (engine) engine.startLive();
    },
    async close() {
      closed = true;
      await changing;
      await engine?.close();
      engine = null;
    },
  };
}

/** Reads the settings at start-up: `settingsChanged` with what is stored. */
export async function startTeamService(service: TeamService, storage: TeamStorage): Promise<void> {
  await service.settingsChanged(await storage.get(TEAM_SETTINGS_KEY));
}
