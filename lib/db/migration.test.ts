import Dexie from 'dexie';
import { SCHEMA_VERSIONS, openCreatorDeskDb } from './database';
import { F, FIELDS } from '../rollups/fields';
import { packBlock, unpackBlock } from '../rollups/blocks';
import { readRollupBlocks } from './rollup-blocks';
import { storedLinesOfOrders } from './store-orders';

/** Writes a database exactly as a version-1 build of the extension did, then opens it with today's schema. */
async function writeVersion1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
  await v1.open();
  await v1.table('creators').bulkPut([
    {
      key: 'id:7493000000000000001',
      creatorId: '7493000000000000001',
      handle: 'glowwithmaya',
      handleDisplay: 'GlowWithMaya',
      displayName: 'Maya',
      categories: ['Beauty'],
      metrics: { followers: { kind: 'exact', value: 12300, raw: '12.3K' } },
      sources: ['find-creators'],
      region: 'US',
      firstSeen: 1,
      lastSeen: 2,
      updatedAt: 2,
    },
    // An early record without the arrays later code relies on.
    { key: 'h:oldtimer', handle: 'oldtimer', metrics: {}, firstSeen: 1, lastSeen: 1, updatedAt: 1 },
  ]);
  await v1.table('content').put({
    key: 'video:7300000000000000001',
    contentId: '7300000000000000001',
    type: 'video',
    creatorKey: 'h:oldtimer',
    metrics: { views: { kind: 'exact', value: 5000, raw: '5K' } },
    firstSeen: 1,
    lastSeen: 1,
    updatedAt: 1,
  });
  await v1.table('snapshots').put({ creatorKey: 'h:oldtimer', day: '2026-08-01', metrics: {}, updatedAt: 1 });
  await v1.table('captureLog').add({ at: 1, url: 'https://affiliate-us.tiktok.com/connection/creator', pageKind: 'find-creators', status: 'stored', rowsRead: 2, created: 2, updated: 0, unchanged: 0, rejected: 0, reasons: [] });
  v1.close();
}

/** A database as a build whose newest schema was `version` left it (tables only: writes skip the upkeep). */
async function openAtVersion(name: string, version: number): Promise<Dexie> {
  const db = new Dexie(name);
  for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= version)) db.version(step.version).stores(step.stores);
  await db.open();
  return db;
}

describe('schema migration', () => {
  it('opens a version-1 database without losing anything and adds the new tables', async () => {
    const name = `migration-${Math.random()}`;
    await writeVersion1Database(name);

    const db = openCreatorDeskDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);

    const maya = await db.creators.get('id:7493000000000000001');
    expect(maya).toMatchObject({ handle: 'glowwithmaya', displayName: 'Maya', categories: ['Beauty'], sources: ['find-creators'] });
    expect(maya!.metrics.followers).toEqual({ kind: 'exact', value: 12300, raw: '12.3K' });
    expect(await db.creators.get('h:oldtimer')).toMatchObject({ sources: [], categories: [] });
    expect(await db.content.get('video:7300000000000000001')).toMatchObject({ productIds: [], creatorKey: 'h:oldtimer' });
    expect(await db.snapshots.count()).toBe(1);
    expect(await db.captureLog.count()).toBe(1);

    // New tables and indexes work.
    await db.orders.put({ key: 'o1:p1', orderId: 'o1', contentType: 'video', paymentAmount: 10, quantity: 1, commissionRate: 0.1, estCommission: 1, actualCommission: null, createdAt: 1, refunded: null, firstSeen: 1, lastSeen: 1, updatedAt: 1 });
    expect(await storedLinesOfOrders(db, ['o1'])).toHaveLength(1);
    expect(await db.content.where('briefId').equals('b1').count()).toBe(0);
    // Version 3: the weekly review's own tables.
    await db.outreach.put({ id: 'o1', creatorKeys: ['h:oldtimer'], kind: 'reminder', channel: 'email', summary: 's', text: 't', at: 1, status: 'copied', origin: 'panel', updatedAt: 1 });
    expect(await db.outreach.where('creatorKeys').equals('h:oldtimer').count()).toBe(1);
    await db.sparkSpend.put({ contentKey: 'video:7300000000000000001', creatorKey: 'h:oldtimer', spend: { amount: 1, currency: 'USD' }, updatedAt: 1 });
    expect(await db.sparkSpend.where('creatorKey').equals('h:oldtimer').count()).toBe(1);
    expect(await db.productCosts.count()).toBe(0);
    db.close();
  });
});

describe('version 9', () => {
  it('rebuilds the rollups from the stored lines: a refunded line is no product sold', async () => {
    const name = `migration-v9-${Math.random()}`;
    const v8 = await openAtVersion(name, 8);
    const line = { contentType: 'video', quantity: 1, commissionRate: 0.1, estCommission: 1, actualCommission: null, createdAt: Date.UTC(2026, 10, 2, 12), firstSeen: 1, lastSeen: 1, updatedAt: 1, creatorKey: 'id:1', currency: 'USD' };
    // Written without the rollup upkeep, as if a version-8 build had kept the old products-sold rule.
    await v8.table('orders').bulkPut([
      { ...line, key: 'o1:s1', orderId: 'o1', productId: 'sold', paymentAmount: 10, refunded: null },
      { ...line, key: 'o2:s1', orderId: 'o2', productId: 'refunded', paymentAmount: 99, refunded: true },
    ]);
    v8.close();

    const db = openCreatorDeskDb(name);
    await db.open();
    const products = (await db.rollups.toArray()).flatMap((record) => record.orderProducts.filter((value) => typeof value === 'string'));
    expect(products).toEqual(['sold']);
    db.close();
    await Dexie.delete(name);
  });
});

describe('version 10', () => {
  it("fills in each creator's latest post day per period from the content rollups", async () => {
    const name = `migration-v10-${Math.random()}`;
    const v9 = await openAtVersion(name, 9);
    const cells = (posts: number[]) => Float64Array.from(posts.flatMap((n) => Array.from({ length: FIELDS }, (_, f) => (f === F.POSTS ? n : 0))));
    await v9.table('rollups').bulkPut([
      { creatorKey: 'id:1', currency: '', period: 640, days: Int32Array.from([20480, 20490, 20500]), values: cells([1, 2, 0]), postProducts: [], orderProducts: [] },
      { creatorKey: 'id:1', currency: '', period: 641, days: Int32Array.from([20513]), values: cells([1]), postProducts: [], orderProducts: [] },
      // Order lines only: no post.
      { creatorKey: 'id:1', currency: 'USD', period: 642, days: Int32Array.from([20544]), values: cells([0]), postProducts: [], orderProducts: [] },
      { creatorKey: 'id:2', currency: '', period: 641, days: Int32Array.from([20520]), values: cells([0]), postProducts: [], orderProducts: [] },
    ]);
    await v9.table('rollupTotals').bulkPut([
      { creatorKey: 'id:1', currency: '', datedPieces: 4, undatedPieces: 0, lines: 0, gmvCurrencies: {} },
      { creatorKey: 'id:1', currency: 'USD', datedPieces: 0, undatedPieces: 0, lines: 1, gmvCurrencies: {} },
      { creatorKey: 'id:2', currency: '', datedPieces: 0, undatedPieces: 1, lines: 1, gmvCurrencies: {} },
    ]);
    v9.close();

    const db = openCreatorDeskDb(name);
    await db.open();
    expect(await db.rollupTotals.get(['id:1', ''])).toMatchObject({ datedPieces: 4, lastPostDays: { 640: 20490, 641: 20513 } });
    expect((await db.rollupTotals.get(['id:1', 'USD']))!.lastPostDays).toBeUndefined();
    expect((await db.rollupTotals.get(['id:2', '']))!.lastPostDays).toEqual({});
    await db.delete();
  });
});

describe('version 12', () => {
  it('packs the stored rollups into their read form', async () => {
    const name = `migration-v12-${Math.random()}`;
    const v11 = await openAtVersion(name, 11);
    const cells = (posts: number[]) => Float64Array.from(posts.flatMap((n) => Array.from({ length: FIELDS }, (_, f) => (f === F.POSTS ? n : 0))));
    const records = [
      { creatorKey: 'id:1', currency: '', period: 640, days: Int32Array.from([20480, 20490]), values: cells([1, 2]), postProducts: [20480, 'p1', 1], orderProducts: [] },
      { creatorKey: 'id:1', currency: '', period: 641, days: Int32Array.from([20513]), values: cells([1]), postProducts: [], orderProducts: [] },
    ];
    const totals = [{ creatorKey: 'id:1', currency: '', datedPieces: 4, undatedPieces: 0, lines: 0, gmvCurrencies: {}, lastPostDays: { 640: 20490, 641: 20513 } }];
    await v11.table('rollups').bulkPut(records);
    await v11.table('rollupTotals').bulkPut(totals);
    v11.close();

    const db = openCreatorDeskDb(name);
    await db.open();
    const read = await readRollupBlocks(db, null);
    expect(read!.records.map((r) => ({ ...r, days: r.days, values: r.values, postProducts: r.postProducts, orderProducts: r.orderProducts }))).toMatchObject(
      records.map(({ days, values, ...rest }) => ({ ...rest, days, values })),
    );
    expect(read!.totals).toEqual(totals);
    expect(await db.rollupDirty.count()).toBe(0);
    await db.delete();
  });
});

describe('version 13', () => {
  it('keeps the video links of stored pieces only and finds order lines by the piece they name', async () => {
    const name = `migration-v13-${Math.random()}`;
    const v12 = await openAtVersion(name, 12);
    await v12.table('content').put({ key: 'video:v1', contentId: 'v1', type: 'video', creatorKey: 'id:1', metrics: {}, productIds: [], firstSeen: 1, lastSeen: 1, updatedAt: 1 });
    const line = { contentType: 'video', quantity: 1, commissionRate: 0.1, estCommission: 1, actualCommission: null, createdAt: 1, firstSeen: 1, lastSeen: 1, updatedAt: 1, creatorKey: 'id:1', currency: 'USD', paymentAmount: 10, refunded: null };
    await v12.table('orders').bulkPut([
      { ...line, key: 'o1:s1', orderId: 'o1', contentId: 'v1' },
      { ...line, key: 'o2:s1', orderId: 'o2', contentId: 'v2' },
      { ...line, key: 'o3:s1', orderId: 'o3', contentType: 'showcase' },
    ]);
    await v12.table('contentLinks').bulkPut([
      { piece: 'video:v1', lines: { 'o1\u0001id:1\u0001USD': 1 } },
      { piece: 'video:v2', lines: { 'o2\u0001id:1\u0001USD': 1 } },
    ]);
    v12.close();

    const db = openCreatorDeskDb(name);
    await db.open();
    expect(await db.contentLinks.toArray()).toEqual([{ piece: 'video:v1', lines: { 'o1\u0001id:1\u0001USD': 1 } }]);
    expect(await db.orders.where('[contentType+contentId]').equals(['video', 'v2']).primaryKeys()).toEqual(['o2:s1']);
    expect(await db.orders.where('[contentType+contentId]').between(['video', ''], ['video', '\uffff']).count()).toBe(2);
    await db.delete();
  });
});

describe('version 15', () => {
  it('drops the orderId index: the lines of an order are found by their keys', async () => {
    const name = `migration-v15-${Math.random()}`;
    const v14 = await openAtVersion(name, 14);
    const line = { contentType: 'showcase', quantity: 1, commissionRate: 0.1, estCommission: 1, actualCommission: null, createdAt: 1, firstSeen: 1, lastSeen: 1, updatedAt: 1, creatorKey: 'id:1', currency: 'USD', paymentAmount: 10, refunded: null };
    await v14.table('orders').bulkPut([
      { ...line, key: '57:s1', orderId: '57' },
      { ...line, key: '57:s2', orderId: '57' },
      { ...line, key: '570:s1', orderId: '570' },
      { ...line, key: '58:s1', orderId: '58' },
    ]);
    v14.close();

    const db = openCreatorDeskDb(name);
    await db.open();
    expect(db.orders.schema.indexes.map((index) => index.name)).not.toContain('orderId');
    const keys = async (ids: string[]) => (await storedLinesOfOrders(db, ids)).map((l) => l.key).sort();
    expect(await keys(['57'])).toEqual(['57:s1', '57:s2']);
    expect(await keys(['57', '58'])).toEqual(['57:s1', '57:s2', '58:s1']);
    expect(await keys(['570', '5'])).toEqual(['570:s1']);
    await db.delete();
  });
});

describe('version 16', () => {
  it('packs the rollup blocks again with their figures as the analysis lays them out', async () => {
    const name = `migration-v16-${Math.random()}`;
    const v15 = await openAtVersion(name, 15);
    const values = new Float64Array(FIELDS);
    values[F.POSTS] = 2;
    values[F.C_GMV] = 12.5;
    const record = { creatorKey: 'id:1', currency: '', period: 640, days: Int32Array.from([20481]), values, postProducts: [], orderProducts: [] };
    await v15.table('rollups').put(record);
    // The block as version 15 packed it: whole figures and fractions apart.
    const { values: _, masks, ...rest } = packBlock(640, [record]);
    await v15.table('rollupBlocks').put({ ...rest, masks, floatMasks: Int32Array.of(1 << F.C_GMV), ints: Int32Array.of(2), floats: Float64Array.of(12.5) });
    v15.close();

    const db = openCreatorDeskDb(name);
    await db.open();
    const [block] = unpackBlock(await db.rollupBlocks.get(640), 640)!;
    expect([...block!.values]).toEqual([...values]);
    expect(await db.rollupDirty.count()).toBe(0);
    await db.delete();
  });
});
