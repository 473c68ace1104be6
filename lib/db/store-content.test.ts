import type { ContentRow } from '../model/entities';
import { storeContentRows } from './store-content';
import { storeCreatorRows } from './store-creators';
import { exact, localTime, freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();

const T1 = localTime(2026, 3, 5, 9);
const T2 = localTime(2026, 3, 6, 9);
const ctx = (now: number) => ({ source: 'video-analysis', region: 'GB', now });

describe('storing videos and LIVEs', () => {
  it('keys pieces by type and id and keeps their fields', async () => {
    const result = await storeContentRows(
      db(),
      [
        { contentId: '111', type: 'video', title: 'Glow serum review', postDate: '2026-03-01', productIds: ['p1'], metrics: { views: exact(12000, '12K') } },
        { contentId: '111', type: 'live', metrics: { gmv: exact(50, '£50', 'GBP') } },
      ],
      ctx(T1),
    );
    expect(result).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: [], creatorsCreated: 0 });
    expect(await db().content.get('video:111')).toEqual({
      key: 'video:111',
      contentId: '111',
      type: 'video',
      title: 'Glow serum review',
      postDate: '2026-03-01',
      productIds: ['p1'],
      metrics: { views: exact(12000, '12K') },
      firstSeen: T1,
      lastSeen: T1,
      updatedAt: T1,
    });
    expect(await db().content.get('live:111')).toBeDefined();
  });

  it('links to a creator known by id, and by handle through the id record that has it', async () => {
    await storeCreatorRows(db(), [{ creatorId: '7001', handle: 'Glow.Lab', metrics: {} }], { ...ctx(T1), source: 'find-creators' });
    await storeContentRows(
      db(),
      [
        { contentId: '1', type: 'video', creatorId: '7001', metrics: {} },
        { contentId: '2', type: 'video', creatorHandle: '@glow.lab', metrics: {} },
      ],
      ctx(T2),
    );
    expect((await db().content.get('video:1'))?.creatorKey).toBe('id:7001');
    expect((await db().content.get('video:2'))?.creatorKey).toBe('id:7001');
    expect(await db().creators.count()).toBe(1);
    expect((await db().creators.get('id:7001'))?.sources).toEqual(['find-creators', 'video-analysis']);
  });

  it('creates a minimal creator for an unknown handle so the creator shows up', async () => {
    const result = await storeContentRows(db(), [{ contentId: '1', type: 'video', creatorHandle: '@New.Face', metrics: { views: exact(5) } }], ctx(T1));
    expect(result.creatorsCreated).toBe(1);
    expect(await db().creators.get('h:new.face')).toMatchObject({ handle: 'new.face', handleDisplay: 'New.Face', metrics: {}, sources: ['video-analysis'] });
    expect((await db().content.get('video:1'))?.creatorKey).toBe('h:new.face');
    expect(await db().snapshots.count()).toBe(0);
  });

  it('merges the same video listed once per product, and unions product ids across captures', async () => {
    const perProduct: ContentRow[] = [
      { contentId: '9', type: 'video', productIds: ['p1'], metrics: { gmv: exact(10) } },
      { contentId: '9', type: 'video', productIds: ['p2'], metrics: { orders: exact(1) } },
    ];
    const first = await storeContentRows(db(), perProduct, ctx(T1));
    expect(first).toMatchObject({ created: 1, updated: 1 });
    await storeContentRows(db(), [{ contentId: '9', type: 'video', productIds: ['p3', 'p1'], metrics: {} }], ctx(T2));
    expect(await db().content.get('video:9')).toMatchObject({ productIds: ['p1', 'p2', 'p3'], metrics: { gmv: exact(10), orders: exact(1) } });
  });

  it('changes nothing but lastSeen when the same rows are captured twice', async () => {
    const rows: ContentRow[] = [
      { contentId: '1', type: 'video', creatorHandle: 'a', title: 'T', productIds: ['p'], metrics: { views: exact(1) } },
      { contentId: '2', type: 'live', creatorId: '42', metrics: {} },
    ];
    await storeContentRows(db(), rows, ctx(T1));
    const contentBefore = await db().content.orderBy('key').toArray();
    const creatorsBefore = await db().creators.orderBy('key').toArray();

    const again = await storeContentRows(db(), structuredClone(rows), ctx(T2));
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: [], creatorsCreated: 0 });
    expect(await db().content.orderBy('key').toArray()).toEqual(contentBefore.map((p) => ({ ...p, lastSeen: T2 })));
    // Creators named by content rows are only linked to: nothing new about them, nothing rewritten.
    expect(await db().creators.orderBy('key').toArray()).toEqual(creatorsBefore);
  });

  it('keeps the creator link and the brief tag when a later capture does not name them', async () => {
    await storeContentRows(db(), [{ contentId: '1', type: 'video', creatorHandle: 'a', metrics: {} }], ctx(T1));
    await db().content.update('video:1', { briefId: 'brief-1' });
    await storeContentRows(db(), [{ contentId: '1', type: 'video', metrics: { views: exact(3) } }], ctx(T2));
    expect(await db().content.get('video:1')).toMatchObject({ creatorKey: 'h:a', briefId: 'brief-1', updatedAt: T2 });
  });

  it('rejects rows without an id', async () => {
    const result = await storeContentRows(db(), [{ contentId: '  ', type: 'video', metrics: {} }], ctx(T1));
    expect(result.rejected).toEqual([{ reason: 'no video or LIVE id', count: 1 }]);
    expect(await db().content.count()).toBe(0);
  });
});
