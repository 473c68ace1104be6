import Dexie from 'dexie';
import { backedUpTables, type CreatorDeskDb, SCHEMA_VERSIONS } from '../db/database';
import { freshDb, hostOver } from '../db/test-helpers';
import { createBackupFile, readBackup } from './export';
import { BACKUP_FORMAT, backupFileName, currentSchemaVersion, tablesOfSchemaVersion } from './format';
import { BACKUP_ERROR, type CheckedBackup, localRestoreTarget, NOTHING_CHANGED, parseBackupText, restoreBackup, type RestoreOutcome } from './restore';
import { RECORD_SCHEMAS } from './schemas';
import { contentRecord, creatorRecord, dumpDatabase, fillDatabase, orderRecord } from '../db/test-data';

const NOW = Date.UTC(2026, 10, 20, 12);
const opened: CreatorDeskDb[] = [];
function newDb(): CreatorDeskDb {
  const db = freshDb();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Restores `backup` over `db` as the panel does; the database in use afterwards comes back too. */
async function restoreOver(db: CreatorDeskDb, backup: CheckedBackup, options = {}): Promise<RestoreOutcome & { db: CreatorDeskDb }> {
  const host = hostOver(db);
  await host.ready();
  const outcome = await restoreBackup(localRestoreTarget(host), backup, options);
  opened.push(host.current());
  return { ...outcome, db: host.current() };
}

async function backupText(db: CreatorDeskDb): Promise<string> {
  return (await createBackupFile(db, NOW)).blob.text();
}

async function checked(text: string): Promise<CheckedBackup> {
  const result = await parseBackupText(text);
  if (!result.ok) throw new Error(result.error);
  return result.backup;
}

describe('backup file', () => {
  it('is named after the local day and holds format, schema version, time and every table', async () => {
    const db = newDb();
    await fillDatabase(db, { creators: 3, content: 4, orders: 5 });
    const file = await createBackupFile(db, NOW);
    expect(file.fileName).toBe(backupFileName(NOW));
    expect(file.fileName).toMatch(/^creator-desk-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.blob.type).toBe('application/json');
    const json = JSON.parse(await file.blob.text());
    expect(json).toMatchObject({ format: BACKUP_FORMAT, schemaVersion: currentSchemaVersion(), exportedAt: new Date(NOW).toISOString() });
    expect(Object.keys(json.tables).sort()).toEqual(backedUpTables(db).map((t) => t.name).sort());
    expect(json.counts).toMatchObject({ creators: 3, content: 4, orders: 5, settings: 2, briefTemplates: 3 });
    expect(file.total).toBe(Object.values(json.counts as Record<string, number>).reduce((a, b) => a + b, 0));
  });

  it('has a record schema for every table of the current schema', () => {
    expect(Object.keys(RECORD_SCHEMAS).sort()).toEqual(tablesOfSchemaVersion(currentSchemaVersion()).sort());
    expect(tablesOfSchemaVersion(1).sort()).toEqual(['captureLog', 'content', 'creators', 'snapshots']);
  });

  it('is valid JSON for an empty database', async () => {
    const db = newDb();
    const backup = await checked(await backupText(db));
    expect(backup.total).toBe(0);
  });
});

describe('round trip', () => {
  it(
    'restores a large database exactly (5,000 creators, 50,000 videos, 20,000 orders)',
    async () => {
      const source = newDb();
      await fillDatabase(source, { creators: 5_000, content: 50_000, orders: 20_000 });
      const text = await backupText(source);

      // The target holds other data: a restore replaces it entirely.
      const target = newDb();
      await target.creators.add(creatorRecord(999_999));
      await target.settings.add({ id: 'other', values: 1, updatedAt: 1 });

      const progress: number[] = [];
      const backup = await checked(text);
      const outcome = await restoreOver(target, backup, { onProgress: (done: number) => progress.push(done) });
      expect(outcome).toMatchObject({ ok: true, total: backup.total });
      expect(progress.at(-1)).toBe(backup.total);
      const restored = outcome.db;
      expect(restored.name).not.toBe(target.name);
      expect(await dumpDatabase(restored)).toEqual(await dumpDatabase(source));

      // New captures keep working after a restore: the auto-increment id continues past restored ids.
      const id = await restored.captureLog.add({ ...(await restored.captureLog.toCollection().last())!, id: undefined });
      expect(id).toBe(51);
    },
    180_000,
  );

  it('keeps fields this version does not know about', async () => {
    const source = newDb();
    await source.creators.add({ ...creatorRecord(1), futureField: { nested: [1, 2] } } as never);
    const target = newDb();
    const { db: restored } = await restoreOver(target, await checked(await backupText(source)));
    expect(await restored.creators.get(creatorRecord(1).key)).toMatchObject({ futureField: { nested: [1, 2] } });
  });
});

describe('refused files change nothing', () => {
  let db: CreatorDeskDb;
  let before: Record<string, unknown[]>;
  let good: Record<string, unknown>;

  beforeEach(async () => {
    db = newDb();
    await fillDatabase(db, { creators: 20, content: 30, orders: 10 });
    before = await dumpDatabase(db);
    good = JSON.parse(await backupText(db));
  });

  async function expectRefused(text: string, message: string | RegExp): Promise<void> {
    const result = await parseBackupText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (typeof message === 'string') expect(result.error).toBe(message);
    else expect(result.error).toMatch(message);
    expect(result.error).toContain(NOTHING_CHANGED);
    expect(await dumpDatabase(db)).toEqual(before);
  }

  const withTables = (tables: Record<string, unknown>) => JSON.stringify({ ...good, tables: { ...(good.tables as object), ...tables } });

  it('refuses empty, non-JSON and foreign JSON files', async () => {
    await expectRefused('', BACKUP_ERROR.empty);
    await expectRefused('Creator name,GMV\nsam,$5', BACKUP_ERROR.notJson);
    await expectRefused('PK\u0003\u0004garbage', BACKUP_ERROR.notJson);
    await expectRefused(JSON.stringify({ name: 'creator-desk', version: '0.1.0' }), BACKUP_ERROR.notBackup);
    await expectRefused(JSON.stringify([1, 2, 3]), BACKUP_ERROR.notBackup);
    await expectRefused(JSON.stringify({ ...good, format: 'other-extension-backup' }), BACKUP_ERROR.notBackup);
  });

  it('refuses a file cut short', async () => {
    const text = JSON.stringify(good);
    await expectRefused(text.slice(0, Math.floor(text.length / 2)), BACKUP_ERROR.truncated);
  });

  it('refuses a backup from a newer version, naming both versions', async () => {
    const newer = currentSchemaVersion() + 1;
    await expectRefused(JSON.stringify({ ...good, schemaVersion: newer }), new RegExp(`newer version.*database version ${newer}.*up to ${currentSchemaVersion()}`));
  });

  it('refuses a corrupt record, naming the table, record and field', async () => {
    const creators = [...(good.tables as Record<string, unknown[]>).creators!];
    creators[7] = { ...(creators[7] as object), metrics: { followers: { kind: 'exact', value: 'lots', raw: '' } } };
    await expectRefused(withTables({ creators }), /damaged: creators record 8 — metrics\.followers\.value/);
    await expectRefused(withTables({ orders: [{ key: 'x' }] }), /orders record 1/);
    await expectRefused(withTables({ settings: 'not a list' }), /damaged/);
  });

  it('refuses missing and unknown tables', async () => {
    const { orders: _orders, ...withoutOrders } = good.tables as Record<string, unknown>;
    await expectRefused(JSON.stringify({ ...good, tables: withoutOrders }), /the orders table is missing/);
    await expectRefused(withTables({ passwords: [] }), /tables Creator Desk does not know \(passwords\)/);
  });

  it('rolls back everything when a write fails half-way', async () => {
    const tables = good.tables as Record<string, unknown[]>;
    // Valid records, but the last table lists one twice: bulkAdd fails after earlier tables were cleared.
    const last = backedUpTables(db).at(-1)!.name;
    const duplicated = { ...tables, [last]: [...tables[last]!, tables[last]![0]] };
    const backup = await checked(JSON.stringify({ ...good, tables: duplicated }));
    const { db: after, ...outcome } = await restoreOver(db, backup);
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/same record is listed twice.*Nothing was changed/) });
    expect(after).toBe(db);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('does not let a __proto__ key through', async () => {
    const text = withTables({ settings: [{ id: 'settings', values: 1, updatedAt: 1 }] }).replace('"values":1', '"values":1,"__proto__":{"polluted":true}');
    const backup = await checked(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(backup.tables.settings![0] as object).sort()).toEqual(['id', 'updatedAt', 'values']);
  });
});

describe('a backup from the previous schema version', () => {
  it('restores, with what the migration would have added and the newer tables emptied', async () => {
    const db = newDb();
    await fillDatabase(db, { creators: 2, content: 2, orders: 2 });
    const v1 = {
      format: BACKUP_FORMAT,
      schemaVersion: 1,
      exportedAt: '2026-08-01T10:00:00.000Z',
      tables: {
        creators: [{ key: 'h:oldtimer', handle: 'oldtimer', metrics: {}, firstSeen: 1, lastSeen: 1, updatedAt: 1 }],
        content: [{ key: 'video:1', contentId: '1', type: 'video', creatorKey: 'h:oldtimer', metrics: {}, firstSeen: 1, lastSeen: 1, updatedAt: 1 }],
        snapshots: [],
        captureLog: [],
      },
    };
    const backup = await checked(JSON.stringify(v1));
    const { db: restored, ...outcome } = await restoreOver(db, backup);
    expect(outcome).toMatchObject({ ok: true, total: 2 });
    expect(await restored.creators.toArray()).toEqual([{ ...v1.tables.creators[0], categories: [], sources: [] }]);
    expect((await restored.content.get('video:1'))?.productIds).toEqual([]);
    expect(await restored.orders.count()).toBe(0);
    expect(await restored.briefTemplates.count()).toBe(0);
  });

  it('is recognised from SCHEMA_VERSIONS (a later schema step needs no change here)', () => {
    expect(currentSchemaVersion()).toBe(SCHEMA_VERSIONS.at(-1)!.version);
  });
});

describe('reading for a backup', () => {
  it('reads all tables in one transaction (a consistent picture)', async () => {
    const db = newDb();
    await db.content.bulkAdd([contentRecord(1, 1), contentRecord(2, 1)]);
    await db.orders.add(orderRecord(1, 1));
    const spy = vi.spyOn(db, 'transaction');
    const backup = await readBackup(db, NOW);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(backup.counts).toMatchObject({ content: 2, orders: 1, creators: 0 });
    expect(Dexie.getByKeyPath(backup.tables.orders![0] as object, 'key')).toBe(orderRecord(1, 1).key);
  });
});
