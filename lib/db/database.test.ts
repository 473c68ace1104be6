import { CURRENT_NATIVE_VERSION, CURRENT_SCHEMA_VERSION, currentStores, openCreatorDeskDb, SCHEMA_VERSIONS } from './database';
import { freshDb } from './test-helpers';

describe('database schema', () => {
  it('opens with the declared tables and indexes', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    const tables = Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.keyPath, ...t.schema.indexes.map((i) => i.name)]]));
    expect(tables).toEqual({
      creators: ['key', 'creatorId', 'handle', 'formerHandles', 'lastSeen', 'updatedAt', 'sources'],
      content: ['key', 'creatorKey', 'postDate', 'lastSeen', 'briefId'],
      snapshots: [['creatorKey', 'day'], 'creatorKey', 'day'],
      captureLog: ['id', 'at'],
      collaborations: ['id', 'kind', 'status', 'creatorKeys', 'lastSeen'],
      samples: ['id', 'creatorKey', 'creatorHandle', 'productId', 'status', 'lastSeen'],
      orders: ['key', 'creatorKey', '[contentType+contentId]'],
      programs: ['creatorKey', 'acceptedTier'],
      settings: ['id'],
      briefTemplates: ['id', 'productId', 'archived', 'updatedAt'],
      reported: ['id', 'creatorKey', 'capturedDay'],
      productCosts: ['productId'],
      sparkSpend: ['contentKey', 'creatorKey'],
      outreach: ['id', 'creatorKeys', 'at'],
      rollups: [['creatorKey', 'currency', 'period'], 'period'],
      rollupTotals: [['creatorKey', 'currency']],
      rollupOrderIds: [['creatorKey', 'currency', 'period']],
      contentLinks: ['piece'],
      rollupBlocks: ['period'],
      rollupDirty: ['id'],
      tableCopies: ['table'],
      copyDirty: ['id'],
      teamOutbox: ['id'],
      eligibility: ['id', 'subject', 'day'],
    });
    await db.delete();
  });

  it('declares only the newest schema for a database known to be at the newest version: the same tables and indexes, nothing upgraded', async () => {
    const name = `schema-${Math.random()}`;
    const everyStep = openCreatorDeskDb(name);
    await everyStep.open();
    await everyStep.creators.put({ key: 'id:1', creatorId: '1', handle: 'ana', categories: [], sources: [], metrics: {}, firstSeen: 1, lastSeen: 1, updatedAt: 1 });
    const schemaOf = (db: typeof everyStep) =>
      Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]]));
    const declared = schemaOf(everyStep);
    everyStep.close();

    const newestOnly = openCreatorDeskDb(name, CURRENT_NATIVE_VERSION);
    await newestOnly.open();
    expect(newestOnly.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(newestOnly.backendDB().version).toBe(CURRENT_NATIVE_VERSION);
    expect(schemaOf(newestOnly)).toEqual(declared);
    expect(Object.keys(currentStores()).sort()).toEqual(Object.keys(declared).sort());
    expect(await newestOnly.creators.get('id:1')).toMatchObject({ handle: 'ana' });
    await newestOnly.delete();
  });

  it('declares every step for a database of an older or unknown version (its migrations run)', async () => {
    for (const version of [null, 10, CURRENT_NATIVE_VERSION - 10, CURRENT_NATIVE_VERSION + 1]) {
      const db = openCreatorDeskDb(`schema-${Math.random()}`, version);
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect((db as unknown as { _versions: unknown[] })._versions).toHaveLength(SCHEMA_VERSIONS.length);
    }
    expect((openCreatorDeskDb('newest', CURRENT_NATIVE_VERSION) as unknown as { _versions: unknown[] })._versions).toHaveLength(1);
  });

  it('folds the steps as Dexie does: a later spec replaces a table\'s, null drops it', () => {
    expect(currentStores([
      { version: 1, stores: { a: 'id', b: 'id, x', c: 'id' } },
      { version: 2, stores: { b: 'id, y', c: null } },
    ])).toEqual({ a: 'id', b: 'id, y' });
  });
});
