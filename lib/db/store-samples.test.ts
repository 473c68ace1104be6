import type { SampleRow } from '../model/entities';
import { storeCreatorRows } from './store-creators';
import { derivedSampleId, NO_SAMPLE_IDENTITY, SAMPLE_WITHOUT_PRODUCT, storeSampleRows } from './store-samples';
import { localTime, freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();

const T1 = localTime(2026, 3, 5, 9);
const T2 = localTime(2026, 3, 6, 9);
const T3 = localTime(2026, 3, 7, 9);
const T4 = localTime(2026, 3, 8, 9);
const ctx = (now: number) => ({ source: 'sample-requests', region: 'US', now });

function sample(overrides: Partial<SampleRow> = {}): SampleRow {
  return {
    requestId: '8801',
    creatorHandle: 'Glow.Lab',
    productId: '1729000000000000001',
    productName: 'Glow serum',
    sku: 'Rose / 30ml',
    status: 'requested',
    statusText: 'To review',
    ...overrides,
  };
}

describe('storing sample requests', () => {
  it('stores a request linked to its creator, dated when first seen as a request', async () => {
    await storeCreatorRows(db(), [{ creatorId: '7001', handle: 'glow.lab', metrics: {} }], { ...ctx(T1), source: 'find-creators' });
    const result = await storeSampleRows(db(), [sample()], ctx(T1));
    expect(result).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: [], creatorsCreated: 0 });
    expect(await db().samples.get('8801')).toEqual({
      id: '8801',
      creatorKey: 'id:7001',
      creatorHandle: 'glow.lab',
      productId: '1729000000000000001',
      productName: 'Glow serum',
      sku: 'Rose / 30ml',
      status: 'requested',
      statusHistory: [{ status: 'requested', at: T1 }],
      requestedAt: T1,
      firstSeen: T1,
      lastSeen: T1,
      updatedAt: T1,
    });
  });

  it('follows a sample along the chain: requested → shipped → content delivered, with history', async () => {
    await storeSampleRows(db(), [sample()], ctx(T1));
    await storeSampleRows(db(), [sample({ status: 'approved' })], ctx(T2));
    await storeSampleRows(db(), [sample({ status: 'shipped' })], ctx(T3));
    await storeSampleRows(db(), [sample({ status: 'completed' })], ctx(T4));
    const stored = await db().samples.get('8801');
    expect(stored).toMatchObject({ status: 'completed', requestedAt: T1, shippedAt: T3, contentDeliveredAt: T4 });
    expect(stored?.statusHistory).toEqual([
      { status: 'requested', at: T1 },
      { status: 'approved', at: T2 },
      { status: 'shipped', at: T3 },
      { status: 'completed', at: T4 },
    ]);
  });

  it('leaves milestones it did not see unknown, and keeps the request time the page shows', async () => {
    const requestedAt = localTime(2026, 3, 1, 10);
    await storeSampleRows(db(), [sample({ status: 'completed', requestedAt })], ctx(T1));
    expect(await db().samples.get('8801')).toMatchObject({ requestedAt, status: 'completed' });
    expect((await db().samples.get('8801'))?.shippedAt).toBeUndefined();
    expect((await db().samples.get('8801'))?.contentDeliveredAt).toBeUndefined();
  });

  it('changes nothing but lastSeen when the same rows are captured again', async () => {
    const rows = [sample(), sample({ requestId: undefined, creatorHandle: 'sam_sells', status: 'shipped' })];
    await storeSampleRows(db(), rows, ctx(T1));
    const before = await db().samples.toArray();
    const creatorsBefore = await db().creators.toArray();
    const result = await storeSampleRows(db(), rows, ctx(T2));
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 2, creatorsCreated: 0 });
    expect(await db().samples.toArray()).toEqual(before.map((record) => ({ ...record, lastSeen: T2 })));
    expect(await db().creators.toArray()).toEqual(creatorsBefore);
  });

  it('keys a request without id by creator, product and SKU, and moves it to its id once shown', async () => {
    await storeSampleRows(db(), [sample({ requestId: undefined })], ctx(T1));
    const derived = derivedSampleId('glow.lab', '1729000000000000001', 'Rose / 30ml');
    expect(await db().samples.toCollection().primaryKeys()).toEqual([derived]);
    const result = await storeSampleRows(db(), [sample({ status: 'shipped' })], ctx(T2));
    expect(result).toMatchObject({ created: 0, updated: 1 });
    expect(await db().samples.toCollection().primaryKeys()).toEqual(['8801']);
    expect((await db().samples.get('8801'))?.statusHistory.map((change) => change.status)).toEqual(['requested', 'shipped']);
    // Seen again without its id (another layout): still the same request.
    expect((await storeSampleRows(db(), [sample({ requestId: undefined, status: 'shipped' })], ctx(T3))).unchanged).toBe(1);
    expect(await db().samples.count()).toBe(1);
  });

  it('keeps two requests with their own ids apart', async () => {
    await storeSampleRows(db(), [sample(), sample({ requestId: '8802', status: 'canceled' })], ctx(T1));
    expect(await db().samples.count()).toBe(2);
  });

  it('rejects rows without product, or without request id and handle', async () => {
    const result = await storeSampleRows(db(), [sample({ productId: ' ' }), sample({ requestId: undefined, creatorHandle: '@' }), sample()], ctx(T1));
    expect(result).toMatchObject({
      created: 1,
      rejected: [
        { reason: SAMPLE_WITHOUT_PRODUCT, count: 1 },
        { reason: NO_SAMPLE_IDENTITY, count: 1 },
      ],
    });
  });
});
