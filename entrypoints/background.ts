import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleContentMessage } from '@/lib/background-capture/handle-capture';
import { createSettleScheduler } from '@/lib/background-capture/settle-scheduler';
import { createSessionTabStatusStore } from '@/lib/tab-status/tab-status';
import { writeHeaderSynonyms } from '@/lib/page-capture/header-synonyms-setting';
import { headerSynonyms } from '@/lib/table/header-synonyms';
import { openAnalysisCache } from '@/lib/analysis-store/analysis-cache';
import { type CreatorDeskDb, DEFAULT_DB_NAME, openCreatorDeskDb } from '@/lib/db/database';
import { createDatabaseHost } from '@/lib/db/database-host';
import { answerRestoreStep } from '@/lib/background-capture/restore-steps';
import { replayCapture, type JournaledCapture } from '@/lib/background-capture/replay-capture';
import { prepareSavedAnalyses } from '@/lib/analysis-store/prepare-analysis';
import { isFromExtensionPage, isRecognizedCapture, parseBackgroundRequest } from '@/lib/messages/background-requests';
import { installTeamOutbox } from '@/lib/team/outbox';
import { PouchDB } from '@/lib/team/pouch';
import { TEAM_SETTINGS_KEY } from '@/lib/team/settings';
import { SYNC_NOW_MESSAGE, teamStorage } from '@/lib/team/extension-storage';
import { createTeamService, startTeamService, TEAM_PORT, type TeamAlarms, type TeamService } from '@/lib/team/team-service';

/** `chrome.sidePanel` is Chrome-only and not part of the polyfill's `browser`. */
interface SidePanelApi {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

function chromeSidePanel(): SidePanelApi | undefined {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: Partial<SidePanelApi> } }).chrome;
  const sidePanel = chromeApi?.sidePanel;
  return typeof sidePanel?.setPanelBehavior === 'function' ? (sidePanel as SidePanelApi) : undefined;
}

/** `chrome.alarms` exists only once Team sharing was turned on (an optional permission). */
function chromeAlarms(): (TeamAlarms & { onAlarm: { addListener(listener: (alarm: { name: string }) => void): void } }) | undefined {
  const alarms = (globalThis as { chrome?: { alarms?: { create(name: string, info: object): void; clear(name: string): void; onAlarm: { addListener(listener: (alarm: { name: string }) => void): void } } } }).chrome?.alarms;
  if (!alarms) return undefined;
  return {
    create: (name, periodInMinutes) => alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes }),
    clear: (name) => void alarms.clear(name),
    onAlarm: alarms.onAlarm,
  };
}

/** Prepare the saved analysis this long after the last stored capture… */
const PREPARE_QUIET_MS = 4_000;
/** …or at the latest this long after the first one, while captures keep coming. */
const PREPARE_MAX_WAIT_MS = 60_000;

export default defineBackground(() => {
  chromeSidePanel()
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch((error: unknown) => console.error('Creator Desk: could not make the toolbar icon open the side panel', error));

  // For the content script, which reads them before any table (not bundled into it: it stays small).
  writeHeaderSynonyms(browser.storage.local, headerSynonyms()).catch((error: unknown) => console.error('Creator Desk: could not store the header wordings', error));

  const tabStatus = createSessionTabStatusStore();

  const storage = teamStorage(browser.storage.local);
  const startTeam = (db: CreatorDeskDb): TeamService => {
    // Team sharing (docs/team-sync.md): the service does nothing and sends nothing while Team is off.
    const service = createTeamService({
      db,
      control: installTeamOutbox(db),
      PouchDB,
      storage,
      alarms: chromeAlarms,
      now: Date.now,
      onError: (message) => console.error('Creator Desk: team sync:', message),
    });
    void startTeamService(service, storage);
    return service;
  };
  // The active database: a restore swaps another one in (lib/db/database-host.ts). Each database
  // gets the team outbox before its first query.
  const host = createDatabaseHost({
    base: DEFAULT_DB_NAME,
    open: (name) => {
      const db = openCreatorDeskDb(name);
      installTeamOutbox(db);
      return db;
    },
    replay: replayCapture,
    onSwap: async (db) => {
      await restartTeam(db);
      analysisPreparer.notify();
    },
  });
  let team: Promise<TeamService> = host.ready().then(startTeam);
  /** A new team service on `db` (none while a restore runs: documents it received would be replaced). */
  const restartTeam = (db: CreatorDeskDb | null) => {
    team = team.then(async (service) => {
      await service.close();
      return db ? startTeam(db) : service;
    });
    return team;
  };
  team.catch((error: unknown) => console.error('Creator Desk: could not open the database', error));
  const withTeam = (act: (service: TeamService) => unknown) => void team.then(act).catch(() => undefined);

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && TEAM_SETTINGS_KEY in changes) withTeam((service) => service.settingsChanged(changes[TEAM_SETTINGS_KEY]?.newValue));
  });
  let alarmListening = false;
  const listenToAlarms = () => {
    const alarms = chromeAlarms();
    if (!alarms || alarmListening) return;
    alarmListening = true;
    alarms.onAlarm.addListener((alarm) => withTeam((service) => service.alarm(alarm.name)));
  };
  listenToAlarms();
  browser.permissions.onAdded.addListener(listenToAlarms);
  // A side panel that is open keeps a port: continuous sync while any is connected.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== TEAM_PORT || !port.sender || !isFromExtensionPage(port.sender, browser.runtime.id, browser.runtime.getURL('/'))) return;
    withTeam((service) => service.panelConnected());
    port.onMessage.addListener((message: unknown) => {
      if (message === SYNC_NOW_MESSAGE) withTeam((service) => service.syncNow());
    });
    port.onDisconnect.addListener(() => withTeam((service) => service.panelDisconnected()));
  });

  // The panel's first opening should find a saved analysis: once captures stop coming for a moment,
  // the analysis is computed here and saved as the panel would. A failure is only logged.
  const analysisPreparer = createSettleScheduler({
    run: async () => {
      const db = await host.ready().then(() => host.current());
      // Opened per run: no connection held between runs (a closed Dexie does not reopen by itself).
      const cache = openAnalysisCache(db.name);
      try {
        await prepareSavedAnalyses({ db, cache, now: Date.now });
      } finally {
        cache.close();
      }
    },
    quietMs: PREPARE_QUIET_MS,
    maxWaitMs: PREPARE_MAX_WAIT_MS,
    onError: (error) => console.error('Creator Desk: could not prepare the saved analysis', error),
  });

  // An update can leave the saved analysis of another format or schema (not shown): prepare a
  // current one now, so the first opening after the update is not a cold one.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') analysisPreparer.notify();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // The extension's own pages (they may be open in a tab) may ask for the saved analysis, or run a restore.
    if (isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      const request = parseBackgroundRequest(message);
      if (!request) return undefined;
      if (request.type === 'restore') {
        return answerRestoreStep(host, request).then(async (answer) => {
          // Team sync pauses while a restore runs and resumes on whichever database is active after it.
          if (request.step === 'begin' && answer.ok) await restartTeam(null);
          if (request.step === 'abort') await restartTeam(host.current());
          return answer;
        });
      }
      analysisPreparer.notify();
      return Promise.resolve({ ok: true });
    }
    // Content scripts (senders in a tab); other listeners may answer the rest.
    if (!sender.tab) return undefined;
    const from = { tabId: sender.tab.id, url: sender.tab.url || sender.url };
    return host
      .capture({ message, sender: from } satisfies JournaledCapture, (db) => handleContentMessage(message, from, { db, tabStatus, now: Date.now }))
      .then((response) => {
        if (response.ok && isRecognizedCapture(message)) analysisPreparer.notify();
        return response;
      });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabStatus.remove(tabId).catch(() => undefined);
  });
});
