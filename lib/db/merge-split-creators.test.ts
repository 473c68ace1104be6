import Dexie from 'dexie';
import { SCHEMA_VERSIONS, openCreatorDeskDb } from './database';
import { storeCreatorRows } from './store-creators';

const exact = (value: number, raw = String(value)) => ({ kind: 'exact' as const, value, raw });

/** A database as a version-2 build left it: one creator split into an id record and a handle record. */
async function writeSplitVersion2Database(name: string): Promise<void> {
  const v2 = new Dexie(name);
  for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= 2)) v2.version(step.version).stores(step.stores);
  await v2.open();
  const base = { categories: [], sources: ['find-creators'], firstSeen: 1, lastSeen: 5, updatedAt: 5 };
  await v2.table('creators').bulkPut([
    { ...base, key: 'id:7494021386610329876', creatorId: '7494021386610329876', handle: 'glowwithmali', metrics: { followers: exact(128734) } },
    { ...base, key: 'h:glowwithmali', handle: 'glowwithmali', displayName: 'Mali', sources: ['sample-requests'], metrics: { followers: exact(128700, '128.7K') }, firstSeen: 0, updatedAt: 3 },
    { ...base, key: 'h:someoneelse', handle: 'someoneelse', metrics: {} },
  ]);
  await v2.table('snapshots').bulkPut([
    { creatorKey: 'h:glowwithmali', day: '2026-02-10', metrics: { gmv: exact(10) }, updatedAt: 1 },
    { creatorKey: 'h:glowwithmali', day: '2026-02-11', metrics: { followers: exact(128700, '128.7K') }, updatedAt: 2 },
    { creatorKey: 'id:7494021386610329876', day: '2026-02-11', metrics: { followers: exact(128734) }, updatedAt: 3 },
  ]);
  const times = { firstSeen: 1, lastSeen: 1, updatedAt: 1 };
  await v2.table('content').put({ key: 'video:1', contentId: '1', type: 'video', creatorKey: 'h:glowwithmali', productIds: [], metrics: {}, briefId: 'brief-1', ...times });
  await v2.table('samples').put({ id: 's1', creatorKey: 'h:glowwithmali', creatorHandle: 'glowwithmali', productId: 'p', status: 'shipped', statusHistory: [], ...times });
  await v2.table('orders').put({ key: 'o1:p', orderId: 'o1', creatorKey: 'h:glowwithmali', contentType: 'video', paymentAmount: 1, quantity: 1, commissionRate: null, estCommission: null, actualCommission: null, createdAt: 1, refunded: null, ...times });
  await v2.table('collaborations').put({ id: 'c1', kind: 'target', creatorKeys: ['h:glowwithmali', 'h:someoneelse'], productIds: [], commissionRate: null, status: 'ongoing', statusHistory: [], ...times });
  await v2.table('programs').put({ creatorKey: 'h:glowwithmali', acceptedTier: 'tier1', tierHistory: [{ tier: 'tier1', at: 1 }], dismissedSuggestions: [], updatedAt: 1 });
  v2.close();
}

describe('one record per creator', () => {
  it('the schema upgrade merges split records and re-points everything that named them, in one go', async () => {
    const name = `split-${Math.random()}`;
    await writeSplitVersion2Database(name);
    const db = openCreatorDeskDb(name);
    await db.open();

    expect((await db.creators.toArray()).map((c) => c.key).sort()).toEqual(['h:someoneelse', 'id:7494021386610329876']);
    const mali = await db.creators.get('id:7494021386610329876');
    // Exact kept over the compact value; the handle record's name, sources and first sighting kept.
    expect(mali).toMatchObject({ displayName: 'Mali', firstSeen: 0, metrics: { followers: exact(128734) } });
    expect(mali!.sources.sort()).toEqual(['find-creators', 'sample-requests']);
    const snapshots = await db.snapshots.where('creatorKey').equals('id:7494021386610329876').sortBy('day');
    expect(snapshots.map((s) => [s.day, s.metrics])).toEqual([
      ['2026-02-10', { gmv: exact(10) }],
      ['2026-02-11', { followers: exact(128734) }],
    ]);
    expect(await db.snapshots.where('creatorKey').equals('h:glowwithmali').count()).toBe(0);
    expect(await db.content.get('video:1')).toMatchObject({ creatorKey: 'id:7494021386610329876', briefId: 'brief-1' });
    expect((await db.samples.get('s1'))?.creatorKey).toBe('id:7494021386610329876');
    expect((await db.orders.get('o1:p'))?.creatorKey).toBe('id:7494021386610329876');
    expect((await db.collaborations.get('c1'))?.creatorKeys.sort()).toEqual(['h:someoneelse', 'id:7494021386610329876']);
    expect(await db.programs.get('h:glowwithmali')).toBeUndefined();
    expect(await db.programs.get('id:7494021386610329876')).toMatchObject({ acceptedTier: 'tier1' });
    db.close();
  });

  it('a handle change under the same id keeps the old handle findable', async () => {
    const db = openCreatorDeskDb(`rename-${Math.random()}`);
    const ctx = { source: 'find-creators', region: 'TH', now: 1_000 };
    await storeCreatorRows(db, [{ creatorId: '42', handle: 'old_name', metrics: { followers: exact(10) } }], ctx);
    await storeCreatorRows(db, [{ creatorId: '42', handle: 'New_Name', metrics: { followers: exact(11) } }], { ...ctx, now: 2_000 });
    expect(await db.creators.get('id:42')).toMatchObject({ handle: 'new_name', handleDisplay: 'New_Name', formerHandles: ['old_name'] });
    // A page that still shows the old handle (an old sample request) finds the same creator.
    const result = await storeCreatorRows(db, [{ handle: '@old_name', metrics: {} }], { ...ctx, source: 'sample-requests', now: 3_000 });
    expect(result).toMatchObject({ created: 0 });
    expect(await db.creators.count()).toBe(1);
    expect(await db.creators.where('formerHandles').equals('old_name').primaryKeys()).toEqual(['id:42']);
    // History: both days' snapshots stay under the one key.
    expect(await db.snapshots.where('creatorKey').equals('id:42').count()).toBe(1);
    db.close();
  });
});
