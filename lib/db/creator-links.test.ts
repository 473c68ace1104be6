import { collaborationRecord, programRecord, sampleRecord } from './test-data';
import { storeCreatorRows } from './store-creators';
import { storeOrderRows } from './store-orders';
import { localTime, freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();

const T1 = localTime(2026, 3, 5, 9);
const T2 = localTime(2026, 3, 6, 9);

describe('a creator moving from its handle key to its id key', () => {
  it('takes its orders, samples, collaborations and program record along', async () => {
    await storeOrderRows(
      db(),
      [{ orderId: '1', skuId: 's', creatorHandle: 'maya', contentType: 'showcase', paymentAmount: 5, quantity: 1, commissionRate: 0.1, estCommission: 0.5, actualCommission: null, createdAt: T1, refunded: null }],
      { source: 'import:orders', region: 'US', now: T1 },
    );
    await db().samples.add({ ...sampleRecord(1), creatorKey: 'h:maya' });
    await db().collaborations.add({ ...collaborationRecord(1), creatorKeys: ['h:maya', 'id:other'] });
    await db().programs.add({ ...programRecord(1), creatorKey: 'h:maya', notes: 'from the handle days' });

    await storeCreatorRows(db(), [{ creatorId: '7001', handle: 'Maya', metrics: {} }], { source: 'find-creators', region: 'US', now: T2 });

    expect(await db().creators.toCollection().primaryKeys()).toEqual(['id:7001']);
    expect((await db().orders.toArray())[0]?.creatorKey).toBe('id:7001');
    expect((await db().samples.toArray())[0]?.creatorKey).toBe('id:7001');
    expect((await db().collaborations.toArray())[0]?.creatorKeys).toEqual(['id:7001', 'id:other']);
    expect(await db().programs.toCollection().primaryKeys()).toEqual(['id:7001']);
    expect((await db().programs.get('id:7001'))?.notes).toBe('from the handle days');
  });

  it('merges two program records of the same creator, keeping both histories', async () => {
    await storeCreatorRows(db(), [{ handle: 'maya', metrics: {} }], { source: 'creator-analysis', region: 'US', now: T1 });
    const old = { ...programRecord(1), creatorKey: 'h:maya', updatedAt: T1, tierHistory: [{ tier: 'tier1' as const, at: T1, by: 'seller' as const }] };
    const newer = { ...programRecord(2), creatorKey: 'id:7001', updatedAt: T2, notes: 'newer', tierHistory: [{ tier: 'tier2' as const, at: T2, by: 'seller' as const }] };
    await db().programs.bulkAdd([old, newer]);
    await storeCreatorRows(db(), [{ creatorId: '7001', handle: 'maya', metrics: {} }], { source: 'find-creators', region: 'US', now: T2 });
    const programs = await db().programs.toArray();
    expect(programs).toHaveLength(1);
    expect(programs[0]).toMatchObject({ creatorKey: 'id:7001', notes: 'newer', tierHistory: [...old.tierHistory, ...newer.tierHistory] });
  });

  it('takes its outreach log entries and Spark Ads spend along (an entry naming both keys names the creator once)', async () => {
    const entry = { kind: 'reminder' as const, channel: 'email' as const, summary: 's', text: 't', at: T1, status: 'copied' as const, origin: 'panel' as const, updatedAt: T1 };
    await storeCreatorRows(db(), [{ creatorId: '7001', handle: 'someone', metrics: {} }], { source: 'find-creators', region: 'US', now: T1 });
    await db().outreach.bulkAdd([
      { ...entry, id: 'o1', creatorKeys: ['h:maya'] },
      { ...entry, id: 'o2', creatorKeys: ['h:maya', 'id:other', 'id:7002'] },
      { ...entry, id: 'o3', creatorKeys: ['id:other'] },
    ]);
    await db().sparkSpend.bulkAdd([
      { contentKey: 'video:1', creatorKey: 'h:maya', spend: { amount: 50, currency: 'USD' }, updatedAt: T1 },
      { contentKey: 'video:2', creatorKey: 'id:other', spend: { amount: 20, currency: 'USD' }, updatedAt: T1 },
    ]);
    await storeCreatorRows(db(), [{ handle: 'maya', metrics: {} }], { source: 'creator-analysis', region: 'US', now: T1 });

    await storeCreatorRows(db(), [{ creatorId: '7002', handle: 'maya', metrics: {} }], { source: 'find-creators', region: 'US', now: T2 });

    expect((await db().outreach.get('o1'))?.creatorKeys).toEqual(['id:7002']);
    expect((await db().outreach.get('o2'))?.creatorKeys).toEqual(['id:7002', 'id:other']);
    expect((await db().outreach.get('o3'))?.creatorKeys).toEqual(['id:other']);
    expect(await db().outreach.where('creatorKeys').equals('h:maya').count()).toBe(0);
    expect((await db().sparkSpend.get('video:1'))?.creatorKey).toBe('id:7002');
    expect((await db().sparkSpend.get('video:2'))?.creatorKey).toBe('id:other');
  });
});
