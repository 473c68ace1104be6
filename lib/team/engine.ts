/**
 * The sync engine, run by the background service worker only: the bridge (Dexie ⇄ local PouchDB)
 * and PouchDB replication (local ⇄ the team's CouchDB). Continuous while the side panel is open,
 * one-shot when the periodic alarm wakes the worker. Checkpoints (PouchDB's `_local` documents, the
 * bridge's position, the Dexie outbox) make every start resume where the last one stopped.
 */
import type { CreatorDeskDb } from '../db/database';
import { pullChanges, pushOutbox, type BridgeContext } from './bridge';
import type { TeamHistoryDb } from './history';
import type { OutboxControl } from './outbox';
import { databaseUrl, localDatabaseName, type TeamSettings, type TeamSyncStatus } from './settings';

import type { PouchConstructor, Replication } from './pouch';

export interface EngineDeps {
  db: CreatorDeskDb;
  history: TeamHistoryDb;
  PouchDB: PouchConstructor;
  control: OutboxControl;
  settings: TeamSettings;
  onStatus(status: TeamSyncStatus): void;
  now: () => number;
  fetch?: typeof fetch;
}

/**
 * Batches of incoming replication: documents per request and requests in flight. Ten times
 * PouchDB's default (100): a first sync of 110,000 documents makes far fewer round trips and
 * checkpoint writes. Sending keeps smaller batches (a cut connection loses less of one).
 */
export const PULL_BATCHES = { batch_size: 1_000, batches_limit: 4 } as const;
const PUSH_BATCHES = { batch_size: 500 } as const;

/** How often the bridge looks for local edits while continuous sync runs. */
export const LIVE_BRIDGE_INTERVAL_MS = 1_500;

/** Roles that may write (CouchDB's admin, or the role the team's validate function accepts). */
const WRITER_ROLES = ['_admin', 'editor'];

export function basicAuth(settings: Pick<TeamSettings, 'username' | 'password'>): string | undefined {
  if (!settings.username) return undefined;
  const bytes = new TextEncoder().encode(`${settings.username}:${settings.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/** The error as the panel may show it: a status and message, never a URL with credentials or a header. */
export function describeError(error: unknown): string {
  const { status, name, message } = (error ?? {}) as { status?: number; name?: string; message?: string };
  if (status === 401) return 'The server refused the user name or password.';
  if (status === 403) return 'The server refused access to this database for this user.';
  if (status === 404) return 'The database does not exist on the server (ask the team’s admin to create it).';
  if (typeof status === 'number' && status >= 500) return `The server had an error (${status}).`;
  if (name === 'TypeError' || /fetch|network/i.test(message ?? '')) return 'Cannot reach the server (offline, or the address is wrong).';
  return (message ?? String(error)).slice(0, 200);
}

export interface TeamEngine {
  /** One two-way sync, to the end of both feeds. */
  syncOnce(): Promise<void>;
  startLive(): void;
  stopLive(): void;
  close(): Promise<void>;
  readonly status: TeamSyncStatus;
}

export function createTeamEngine(deps: EngineDeps): TeamEngine {
  const { settings, PouchDB, control } = deps;
  const auth = basicAuth(settings);
  const local = new PouchDB(localDatabaseName(settings), { auto_compaction: true });
  const remote = new PouchDB(databaseUrl(settings), {
    skip_setup: true,
    fetch: (url: string, options: RequestInit) => {
      const headers = new Headers(options.headers);
      if (auth) headers.set('Authorization', auth);
      return (deps.fetch ?? fetch)(url, { ...options, headers, credentials: 'omit' });
    },
  });
  let status: TeamSyncStatus = {
    state: 'connecting',
    live: false,
    readOnly: false,
    lastSyncAt: null,
    sent: 0,
    received: 0,
    pending: 0,
    database: settings.database,
  };
  let live: Replication | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let closed = false;
  let running: Promise<void> = Promise.resolve();
  // Counts the live replication's events. A pause's check (is the server there? bridge, then "up to
  // date") can take seconds behind a long bridge pass; it reports only if no event came meanwhile:
  // else a stale "up to date" would cover the "offline" of a connection lost in between.
  let liveEvents = 0;
  // Counts starts and stops of the live sync: an access check that answers after a stop (and maybe a
  // new start) starts nothing, so there is never a second replication.
  let liveRuns = 0;

  const report = (change: Partial<TeamSyncStatus>) => {
    status = { ...status, ...change };
    deps.onStatus(status);
  };

  const context = (): BridgeContext => ({
    db: deps.db,
    pouch: local,
    history: deps.history,
    member: settings.memberName,
    shareCaptures: settings.shareCaptures,
    readOnly: status.readOnly,
    now: deps.now,
  });

  /** One bridge pass at a time (the alarm, the live feed and the timer may all ask). */
  const bridge = (): Promise<void> => {
    running = running.then(async () => {
      if (closed) return;
      await pushOutbox(context());
      const pulled = await pullChanges(context());
      const pending = await deps.db.teamOutbox.count();
      if (pulled.rejected > 0) report({ pending, message: `${pulled.rejected} document${pulled.rejected === 1 ? '' : 's'} from the server were not valid and were skipped.` });
      else if (pending !== status.pending) report({ pending });
    });
    return running;
  };

  /** Asks the server who we are: without a writer role the member is read-only. */
  const checkAccess = async () => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (auth) headers.Authorization = auth;
    const response = await (deps.fetch ?? fetch)(`${settings.serverUrl}/_session`, { headers, credentials: 'omit' });
    if (!response.ok) throw Object.assign(new Error(`session ${response.status}`), { status: response.status });
    const session = (await response.json()) as { userCtx?: { roles?: unknown } };
    const roles = Array.isArray(session.userCtx?.roles) ? session.userCtx.roles : [];
    const readOnly = !roles.some((role) => typeof role === 'string' && WRITER_ROLES.includes(role));
    control.readOnly = readOnly;
    report({ readOnly });
  };

  const failed = (error: unknown) => {
    const message = describeError(error);
    report({ state: /reach/.test(message) ? 'offline' : 'error', message });
  };

  return {
    get status() {
      return status;
    },
    async syncOnce() {
      report({ state: 'syncing', message: undefined });
      try {
        await checkAccess();
        await bridge();
        if (!status.readOnly) {
          const out = await local.replicate.to(remote, PUSH_BATCHES);
          report({ sent: status.sent + out.docs_written });
        }
        const incoming = await local.replicate.from(remote, PULL_BATCHES);
        report({ received: status.received + incoming.docs_written });
        await bridge();
        // Conflict decisions made while applying go back to the server too.
        if (!status.readOnly) await local.replicate.to(remote, PUSH_BATCHES);
        report({ state: 'idle', lastSyncAt: deps.now() });
      } catch (error) {
        failed(error);
      }
    },
    startLive() {
      // Live already, or its access check out: the panel's port and a settings change both ask.
      if (status.live || closed) return;
      const run = ++liveRuns;
      report({ live: true, state: 'syncing' });
      void checkAccess()
        .catch(() => undefined)
        .then(() => {
          if (closed || run !== liveRuns) return;
          const continuous = { live: true, retry: true };
          const replication = status.readOnly
            ? local.replicate.from(remote, { ...continuous, ...PULL_BATCHES })
            : local.sync(remote, { ...continuous, push: PUSH_BATCHES, pull: PULL_BATCHES });
          live = replication;
          replication
            .on('change', (info: unknown) => {
              const change = info as { direction?: string; change?: { docs_written?: number }; docs_written?: number };
              const written = change.change?.docs_written ?? change.docs_written ?? 0;
              if (change.direction === 'push') report({ sent: status.sent + written });
              else report({ received: status.received + written });
              if (change.direction !== 'push') void bridge().catch(failed);
            })
            .on('paused', (error: unknown) => {
              const event = ++liveEvents;
              // Stopped meanwhile (Team turned off, panel closed): no request after that.
              if (closed || live !== replication) return;
              if (error) {
                failed(error);
                return;
              }
              // Two-way sync pauses without the error of a lost connection: up to date only if the server answers.
              const current = () => event === liveEvents && live === replication;
              void remote
                .info()
                .then(() => bridge())
                .then(
                  () => current() && report({ state: 'idle', lastSyncAt: deps.now(), message: undefined }),
                  (cause: unknown) => current() && failed(cause),
                );
            })
            .on('active', () => {
              liveEvents++;
              report({ state: 'syncing', message: undefined });
            })
            .on('denied', (error: unknown) => {
              control.readOnly = true;
              report({ readOnly: true, message: describeError(error) });
            })
            .on('error', (error: unknown) => {
              liveEvents++;
              failed(error);
            });
          timer = setInterval(() => {
            void deps.db.teamOutbox
              .count()
              .then((pending) => (pending > 0 ? bridge() : undefined))
              .catch(failed);
          }, LIVE_BRIDGE_INTERVAL_MS);
          void bridge().catch(failed);
        });
    },
    stopLive() {
      liveRuns++;
      if (timer) clearInterval(timer);
      timer = null;
      live?.cancel();
      live = null;
      if (status.live) report({ live: false, state: status.state === 'syncing' ? 'idle' : status.state });
    },
    async close() {
      this.stopLive();
      closed = true;
      await running.catch(() => undefined);
      await Promise.all([local.close(), remote.close()]).catch(() => undefined);
    },
  };
}
