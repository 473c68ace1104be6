/**
 * A restore fills a staging database and swaps it in (lib/db/database-host.ts): captures keep landing
 * while it runs and are kept; a failure, an abort or a crash leaves the live database as it was.
 */
import Dexie from 'dexie';
import { activeDatabaseName, MetaDb, RESTORE_STALE_MS } from '../db/active-database';
import { createDatabaseHost, type DatabaseHost } from '../db/database-host';
import { type CreatorDeskDb, openCreatorDeskDb } from '../db/database';
import { storeCreatorRows } from '../db/store-creators';
import { freshDb } from '../db/test-helpers';
import { dumpDatabase, fillDatabase } from '../db/test-data';
import { readBackup } from './export';
import { type CheckedBackup, localRestoreTarget, restoreBackup } from './restore';

const NOW = Date.UTC(2026, 10, 20, 12);

/** A capture as the background journals it: one creator row. */
interface TestCapture {
  handle: string;
}

function store(db: CreatorDeskDb, capture: unknown, at: number) {
  const { handle } = capture as TestCapture;
  return storeCreatorRows(db, [{ handle, metrics: { followers: { kind: 'exact', value: 7, raw: '7' } } }], { source: 'find-creators', region: 'US', now: at });
}

let clock = NOW;
const opened: CreatorDeskDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function hostOn(base: string): DatabaseHost {
  return createDatabaseHost({
    base,
    open: (name) => {
      const db = openCreatorDeskDb(name);
      opened.push(db);
      return db;
    },
    replay: (c, db, at) => store(db, c, at),
    now: () => clock,
  });
}

function capture(host: DatabaseHost, handle: string) {
  return host.capture({ handle } satisfies TestCapture, (db) => store(db, { handle }, clock));
}

async function backupOf(records: { creators: number; content: number; orders: number }): Promise<CheckedBackup> {
  const source = freshDb();
  opened.push(source);
  await fillDatabase(source, records);
  const backup = await readBackup(source, NOW);
  const counts = Object.fromEntries(Object.entries(backup.tables).map(([name, rows]) => [name, rows.length]));
  return { schemaVersion: backup.schemaVersion, exportedAt: NOW, tables: backup.tables, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

async function exists(name: string): Promise<boolean> {
  // Deletions are not awaited by the host (other contexts close first): give them a moment.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (!(await Dexie.exists(name))) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

async function liveWith(base: string): Promise<DatabaseHost> {
  const live = openCreatorDeskDb(base);
  await fillDatabase(live, { creators: 5, content: 5, orders: 5 });
  live.close();
  const host = hostOn(base);
  await host.ready();
  return host;
}

describe('restore through a staging database', () => {
  it('lets captures land while it runs and keeps them after the swap', async () => {
    const base = `swap-${Math.random().toString(36).slice(2)}`;
    const host = await liveWith(base);
    const live = host.current();
    const backup = await backupOf({ creators: 300, content: 3_000, orders: 2_000 });

    const during: Promise<unknown>[] = [];
    let landedWhileRestoring = 0;
    const outcome = await restoreBackup(localRestoreTarget(host), backup, {
      onProgress: (done) => {
        // A capture at every step: it is stored in the live database before the restore goes on.
        during.push(capture(host, `during_${done}`).then(() => (landedWhileRestoring += 1)));
      },
    });
    await Promise.all(during);
    expect(outcome).toMatchObject({ ok: true, total: backup.total });
    expect(landedWhileRestoring).toBeGreaterThan(2);

    const restored = host.current();
    expect(restored.name).toMatch(new RegExp(`^${base}-restore-`));
    expect(await activeDatabaseName(base)).toBe(restored.name);
    // The backup's records, plus every capture that arrived during the restore.
    const handles = new Set((await restored.creators.toArray()).map((c) => c.handle ?? ''));
    for (const c of backup.tables.creators as { handle: string }[]) expect(handles.has(c.handle)).toBe(true);
    const captured = [...handles].filter((h) => h.startsWith('during_'));
    expect(captured).toHaveLength(during.length);
    expect(await restored.content.count()).toBe(backup.counts.content);
    expect(await restored.orders.count()).toBe(backup.counts.orders);
    // The old database is gone; captures now go to the restored one.
    expect(live.isOpen()).toBe(false);
    expect(await exists(base)).toBe(false);
    await capture(host, 'after');
    expect(await restored.creators.where('handle').equals('after').count()).toBe(1);
    expect(await new MetaDb(base).journal.count()).toBe(0);
  });

  it('restores again over a restored database (the next staging name has the same base)', async () => {
    const base = `twice-${Math.random().toString(36).slice(2)}`;
    const host = await liveWith(base);
    const backup = await backupOf({ creators: 3, content: 3, orders: 3 });
    expect(await restoreBackup(localRestoreTarget(host), backup)).toMatchObject({ ok: true });
    const first = host.current().name;
    expect(await restoreBackup(localRestoreTarget(host), backup)).toMatchObject({ ok: true });
    expect(host.current().name).not.toBe(first);
    expect(host.current().name.startsWith(`${base}-restore-`)).toBe(true);
    expect(await exists(first)).toBe(false);
    expect(await host.current().creators.count()).toBe(3);
  });

  it('changes nothing when a write fails: the staging database is deleted, captures were kept', async () => {
    const base = `fail-${Math.random().toString(36).slice(2)}`;
    const host = await liveWith(base);
    const live = host.current();
    const backup = await backupOf({ creators: 10, content: 4_500, orders: 10 });
    // A record listed twice, late in the file: found only when written.
    const orders = backup.tables.orders!;
    backup.tables.orders = [...orders, orders[0]];
    let staging = '';
    const outcome = await restoreBackup(
      { ...localRestoreTarget(host), openStaging: (name) => ((staging = name), host.open(name)) },
      backup,
      { onProgress: () => void capture(host, 'while_failing') },
    );
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/listed twice.*Nothing was changed/) });
    expect(host.current()).toBe(live);
    expect(await activeDatabaseName(base)).toBe(base);
    expect(await exists(staging)).toBe(false);
    expect(await live.creators.where('handle').equals('while_failing').count()).toBe(1);
    expect(await live.content.count()).toBe(5);
    expect(await new MetaDb(base).state.get('restore')).toBeUndefined();
  });

  it('drops a restore abandoned half-way (panel closed, browser crashed) when the background starts again', async () => {
    const base = `crash-${Math.random().toString(36).slice(2)}`;
    const host = await liveWith(base);
    const before = await dumpDatabase(host.current());
    const backup = await backupOf({ creators: 10, content: 4_500, orders: 10 });
    let staging = '';
    // The panel "crashes" after the first chunk: the restore never finishes or aborts.
    const crashed = await restoreBackup(
      {
        ...localRestoreTarget(host),
        openStaging: (name) => ((staging = name), host.open(name)),
        restore: { ...host, alive: () => Promise.reject(new Error('panel gone')), abort: async () => undefined },
      },
      backup,
    );
    expect(crashed.ok).toBe(false);
    expect(await Dexie.exists(staging)).toBe(true);
    await capture(host, 'journaled');
    host.current().close();

    // The background restarts soon after: the restore may still be running, it is kept.
    clock += 10_000;
    const soon = hostOn(base);
    await soon.ready();
    expect(await Dexie.exists(staging)).toBe(true);
    soon.current().close();

    // Later, with no sign of life from the panel: dropped, the live database as it was.
    clock += RESTORE_STALE_MS + 1;
    const later = hostOn(base);
    const live = await later.ready();
    expect(live.name).toBe(base);
    expect(await exists(staging)).toBe(false);
    expect(await new MetaDb(base).state.get('restore')).toBeUndefined();
    expect(await new MetaDb(base).journal.count()).toBe(0);
    const after = await dumpDatabase(live);
    expect(after.content).toEqual(before.content);
    expect((after.creators as { handle: string }[]).map((c) => c.handle)).toContain('journaled');
  });

  it('refuses to finish a restore another one replaced', async () => {
    const base = `replaced-${Math.random().toString(36).slice(2)}`;
    const host = await liveWith(base);
    const backup = await backupOf({ creators: 3, content: 3, orders: 3 });
    let second: Promise<unknown> | undefined;
    const outcome = await restoreBackup(
      {
        ...localRestoreTarget(host),
        restore: {
          ...host,
          alive: async (name) => {
            // Another panel begins a restore of its own meanwhile.
            second ??= restoreBackup(localRestoreTarget(host), backup);
            await host.alive(name);
          },
          finish: async (name) => {
            await second;
            await host.finish(name);
          },
        },
      },
      backup,
    );
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/restore was stopped before it could finish.*Nothing was changed/) });
    expect(host.current().name.startsWith(`${base}-restore-`)).toBe(true);
    expect(await host.current().creators.count()).toBe(3);
  });
});
