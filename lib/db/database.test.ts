import { SCHEMA_VERSIONS } from './database';
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
      orders: ['key', 'orderId', 'creatorKey', '[contentType+contentId]'],
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
});
