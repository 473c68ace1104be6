/**
 * Which database is the extension's data right now. A restore (lib/backup/restore.ts) fills a fresh
 * staging database in small transactions and then makes it the active one by changing one record
 * here — the swap is that single write, so captures never wait for the restore.
 *
 * Everything lives in a small database of its own, `<base>-meta` (base: `creator-desk`):
 * - `active`: the name of the database in use (absent: the base name itself);
 * - `restore`: the restore under way, if any — its staging database, the database it replaces, and
 *   a heartbeat the restoring panel renews (a restore whose heartbeat stopped was abandoned);
 * - `journal`: the captures the background stored while that restore ran, re-applied to the staging
 *   database just before the swap.
 * A `BroadcastChannel` named `<base>-database` tells every open context (side panels) of a swap.
 */
import Dexie, { type Table } from 'dexie';
import { DEFAULT_DB_NAME, metaDbName } from './database-names';

interface ActiveRecord {
  key: 'active';
  name: string;
}

export interface RestoreRecord {
  key: 'restore';
  staging: string;
  replaces: string;
  heartbeat: number;
}

export interface JournalEntry {
  seq?: number;
  staging: string;
  at: number;
  /** What the background received (a content message and its sender), replayed as it was. */
  capture: unknown;
}

export class MetaDb extends Dexie {
  state!: Table<ActiveRecord | RestoreRecord, string>;
  journal!: Table<JournalEntry, number>;

  constructor(base: string) {
    super(metaDbName(base));
    this.version(1).stores({ state: 'key', journal: '++seq' });
  }
}

/** The base name of a database: itself, or the name a staging database was made for. */
export function baseNameOf(name: string): string {
  const at = name.indexOf('-restore-');
  return at > 0 ? name.slice(0, at) : name;
}

/** A fresh staging database name for a restore over databases of `base`. */
export function newStagingName(base: string): string {
  return `${base}-restore-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function isStagingNameOf(base: string, name: string): boolean {
  return new RegExp(`^${base.replace(/[^a-z0-9]/gi, '\\$&')}-restore-[a-z0-9]+-[a-z0-9]+$`).test(name);
}

/** The name of the active database of `base` (the base name until a restore swapped another in). */
export async function activeDatabaseName(base: string = DEFAULT_DB_NAME): Promise<string> {
  const meta = new MetaDb(base);
  try {
    const active = await meta.state.get('active');
    return active && active.key === 'active' ? active.name : base;
  } finally {
    meta.close();
  }
}

/** The restoring panel's sign of life: a restore without one for `RESTORE_STALE_MS` was abandoned. */
export async function touchRestore(staging: string, now: number = Date.now()): Promise<void> {
  const meta = new MetaDb(baseNameOf(staging));
  try {
    await meta.transaction('rw', meta.state, async () => {
      const restore = await meta.state.get('restore');
      if (restore?.key === 'restore' && restore.staging === staging) await meta.state.put({ ...restore, heartbeat: now });
    });
  } finally {
    meta.close();
  }
}

/** A restore's panel renews its heartbeat after every chunk; two minutes without one: abandoned. */
export const RESTORE_STALE_MS = 120_000;

export function databaseChannelName(base: string): string {
  return `${base}-database`;
}

/** Calls `listener` with the new name whenever another context swaps the active database of `base`. */
export function onDatabaseSwapped(base: string, listener: (name: string) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(databaseChannelName(base));
  channel.onmessage = (event: MessageEvent<{ active?: unknown }>) => {
    if (typeof event.data?.active === 'string') listener(event.data.active);
  };
  return () => channel.close();
}

export function announceSwap(base: string, active: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(databaseChannelName(base));
  channel.postMessage({ active });
  channel.close();
}
