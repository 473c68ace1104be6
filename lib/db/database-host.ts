/**
 * The background's hold on the active database (see active-database.ts), and its side of a restore.
 *
 * Captures go through `capture`: one at a time, into the active database; while a restore runs they
 * are also written to the journal first. A restore (run by the side panel, lib/backup/restore.ts):
 * - `begin(staging)`: from now on captures are journaled for that staging database;
 * - the panel fills the staging database in small transactions (captures never wait for it);
 * - `finish(staging)`: the journaled captures are re-applied to the staging database, the team
 *   outbox's unsent notes copied over, then one write in the meta database makes it the active one;
 *   the old database is deleted. Captures wait only for this replay (a few small transactions).
 * - `abort(staging)`: the staging database is deleted; the active one was never touched.
 * A restore abandoned half-way (the panel closed, the browser crashed) is dropped the next time the
 * host starts, or when a capture finds its heartbeat stopped.
 */
import Dexie from 'dexie';
import type { CreatorDeskDb } from './database';
import { ownerDbName } from './database-names';
import { announceSwap, isStagingNameOf, MetaDb, RESTORE_STALE_MS, touchRestore, type RestoreRecord } from './active-database';

/** The background's side of a restore, as the restoring panel sees it. */
export interface RestoreSwitch {
  begin(staging: string): Promise<void>;
  /** The panel is still filling `staging` (renews the heartbeat). */
  alive(staging: string): Promise<void>;
  finish(staging: string): Promise<void>;
  abort(staging: string): Promise<void>;
}

export interface DatabaseHostDeps {
  /** The base name (`creator-desk`): the first database's name and the prefix of the others. */
  base: string;
  /** Opens a database by name, with the middleware the context needs (the team outbox). */
  open(name: string): CreatorDeskDb;
  /** Applies a journaled capture to `db` as it was applied when it arrived (at time `at`). */
  replay(capture: unknown, db: CreatorDeskDb, at: number): Promise<unknown>;
  /** The active database changed (after the swap, before the old one is deleted). */
  onSwap?(next: CreatorDeskDb, previous: CreatorDeskDb): void | Promise<void>;
  now?: () => number;
}

export interface DatabaseHost extends RestoreSwitch {
  /** Reads which database is active (dropping an abandoned restore) and opens it. */
  ready(): Promise<CreatorDeskDb>;
  /** The active database (after `ready`). */
  current(): CreatorDeskDb;
  /** Opens a database by name as the host does (for the staging database of an in-context restore). */
  open(name: string): CreatorDeskDb;
  /** Runs a capture against the active database, journaled while a restore runs. */
  capture<T>(capture: unknown, apply: (db: CreatorDeskDb) => Promise<T>): Promise<T>;
}

export class RestoreNotRunningError extends Error {
  constructor() {
    super('The restore was stopped before it could finish (the side panel was closed or another restore began).');
    this.name = 'RestoreNotRunningError';
  }
}

/** Deletes a database without waiting for other contexts to let go of it (they close on request). */
function deleteLater(name: string): void {
  void Dexie.delete(name).catch(() => undefined);
}

export function createDatabaseHost(deps: DatabaseHostDeps): DatabaseHost {
  const now = deps.now ?? Date.now;
  const meta = new MetaDb(deps.base);
  let db: CreatorDeskDb | undefined;
  let restoring: string | null = null;
  let starting: Promise<CreatorDeskDb> | undefined;
  let turn: Promise<unknown> = Promise.resolve();

  /** Captures, and the steps of a restore, one at a time. */
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const previous = turn;
    const run = Promise.all([starting ?? host.ready(), previous]).then(task, task);
    turn = run.catch(() => undefined);
    return run;
  };

  const active = (): CreatorDeskDb => {
    if (!db) throw new Error('The database host is not ready');
    return db;
  };

  const drop = async (staging: string): Promise<void> => {
    if (restoring === staging) restoring = null;
    await meta.transaction('rw', meta.state, meta.journal, async () => {
      const restore = await meta.state.get('restore');
      if (restore?.key === 'restore' && restore.staging === staging) await meta.state.delete('restore');
      await meta.journal.where('seq').above(0).filter((entry) => entry.staging === staging).delete();
    });
    deleteLater(staging);
  };

  const isStale = (restore: RestoreRecord | undefined): boolean => !restore || now() - restore.heartbeat > RESTORE_STALE_MS;

  /** Databases of this base that are neither active nor being restored into (left by a crash). */
  const removeLeftovers = async (activeName: string): Promise<void> => {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const owner = ownerDbName(name);
      const ours = owner === deps.base || isStagingNameOf(deps.base, owner);
      if (ours && owner !== activeName && owner !== restoring) deleteLater(name);
    }
  };

  const host: DatabaseHost = {
    ready() {
      starting ??= (async () => {
        const [activeRecord, restore] = await Promise.all([meta.state.get('active'), meta.state.get('restore')]);
        const name = activeRecord?.key === 'active' ? activeRecord.name : deps.base;
        if (restore?.key === 'restore') {
          if (restore.replaces === name && !isStale(restore)) restoring = restore.staging;
          else await drop(restore.staging);
        }
        await removeLeftovers(name);
        db = deps.open(name);
        return db;
      })();
      return starting;
    },

    current: active,
    open: (name) => deps.open(name),

    capture(capture, apply) {
      return inTurn(async () => {
        if (restoring) {
          const staging = restoring;
          const restore = await meta.state.get('restore');
          if (restore?.key !== 'restore' || restore.staging !== staging || isStale(restore)) await drop(staging);
          else await meta.journal.add({ staging, at: now(), capture });
        }
        return apply(active());
      });
    },

    begin(staging) {
      return inTurn(async () => {
        if (!isStagingNameOf(deps.base, staging)) throw new Error(`Not a staging database name: ${staging}`);
        if (restoring) await drop(restoring);
        await meta.transaction('rw', meta.state, meta.journal, async () => {
          await meta.journal.clear();
          await meta.state.put({ key: 'restore', staging, replaces: active().name, heartbeat: now() });
        });
        restoring = staging;
      });
    },

    alive: (staging) => touchRestore(staging, now()),

    finish(staging) {
      return inTurn(async () => {
        const restore = await meta.state.get('restore');
        if (restoring !== staging || restore?.key !== 'restore' || restore.staging !== staging) throw new RestoreNotRunningError();
        const previous = active();
        const next = deps.open(staging);
        try {
          const journal = await meta.journal.orderBy('seq').filter((entry) => entry.staging === staging).toArray();
          for (const entry of journal) await deps.replay(entry.capture, next, entry.at);
          // Changes the team has not been sent yet stay noted (the restored records are noted already).
          const unsent = await previous.teamOutbox.toArray();
          const noted = new Set(await next.teamOutbox.toCollection().primaryKeys());
          await next.teamOutbox.bulkPut(unsent.filter((entry) => !noted.has(entry.id)));
          // The swap: one write.
          await meta.transaction('rw', meta.state, meta.journal, async () => {
            await meta.state.put({ key: 'active', name: staging });
            await meta.state.delete('restore');
            await meta.journal.clear();
          });
        } catch (error) {
          next.close();
          throw error;
        }
        restoring = null;
        db = next;
        await deps.onSwap?.(next, previous);
        previous.close();
        announceSwap(deps.base, staging);
        deleteLater(previous.name);
        deleteLater(`${previous.name}-analysis-cache`);
      });
    },

    abort(staging) {
      return inTurn(() => drop(staging));
    },
  };
  return host;
}
