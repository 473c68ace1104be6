import type { CollaborationRow } from '../model/entities';
import { storeCollaborationRows, collaborationId, commissionRateOf, NO_INVITATION_ID, NO_OPEN_PRODUCT_ID } from './store-collaborations';
import { storeCreatorRows } from './store-creators';
import { exact, localTime, range, freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();

const T1 = localTime(2026, 3, 5, 9);
const T2 = localTime(2026, 3, 6, 9);
const T3 = localTime(2026, 3, 7, 9);
const ctx = (now: number, source = 'target-collaboration') => ({ source, region: 'US', now });

function invitation(overrides: Partial<CollaborationRow> = {}): CollaborationRow {
  return {
    kind: 'target',
    invitationId: '7301',
    name: 'Spring glow',
    products: [{ id: '1729000000000000001', name: 'Glow serum' }, { id: '1729000000000000002' }],
    creatorHandles: ['Glow.Lab', 'sam_sells'],
    commissionRate: exact(0.15, '15%', 'percent'),
    validFrom: '2026-03-01',
    validTo: '2026-05-31',
    status: 'ongoing',
    statusText: 'Ongoing',
    ...overrides,
  };
}

function openPlan(overrides: Partial<CollaborationRow> = {}): CollaborationRow {
  return {
    kind: 'open',
    name: 'Glow serum',
    products: [{ id: '1729000000000000001', name: 'Glow serum' }],
    creatorHandles: [],
    commissionRate: exact(0.1, '10%', 'percent'),
    status: null,
    ...overrides,
  };
}

describe('storing collaborations', () => {
  it('stores a target invitation with its products, rate, validity and linked creators', async () => {
    await storeCreatorRows(db(), [{ creatorId: '7001', handle: 'glow.lab', metrics: {} }], ctx(T1, 'find-creators'));
    const result = await storeCollaborationRows(db(), [invitation()], ctx(T2));
    expect(result).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: [], creatorsCreated: 1 });
    expect(await db().collaborations.get('7301')).toEqual({
      id: '7301',
      kind: 'target',
      name: 'Spring glow',
      creatorKeys: ['id:7001', 'h:sam_sells'],
      productIds: ['1729000000000000001', '1729000000000000002'],
      commissionRate: 0.15,
      validFrom: '2026-03-01',
      validTo: '2026-05-31',
      status: 'ongoing',
      statusHistory: [{ status: 'ongoing', at: T2 }],
      firstSeen: T2,
      lastSeen: T2,
      updatedAt: T2,
    });
    // Found by creator through the multi-entry index.
    expect(await db().collaborations.where('creatorKeys').equals('h:sam_sells').count()).toBe(1);
  });

  it('stores an open collaboration per product, with that product’s rate', async () => {
    await storeCollaborationRows(db(), [openPlan(), openPlan({ products: [{ id: '1729000000000000009' }], commissionRate: exact(0.2, '20%', 'percent') })], ctx(T1, 'open-collaboration'));
    expect(await db().collaborations.get('1729000000000000001')).toMatchObject({ kind: 'open', commissionRate: 0.1, status: 'ongoing', creatorKeys: [] });
    expect((await db().collaborations.get('1729000000000000009'))?.commissionRate).toBe(0.2);
  });

  it('changes nothing but lastSeen when the same rows are captured again', async () => {
    await storeCollaborationRows(db(), [invitation(), openPlan()], ctx(T1));
    const before = await db().collaborations.toArray();
    const creatorsBefore = await db().creators.toArray();
    const result = await storeCollaborationRows(db(), [invitation(), openPlan()], ctx(T2));
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 2, creatorsCreated: 0 });
    expect(await db().collaborations.toArray()).toEqual(before.map((record) => ({ ...record, lastSeen: T2 })));
    expect(await db().creators.toArray()).toEqual(creatorsBefore);
  });

  it('keeps the status history and adds creators and products seen later', async () => {
    await storeCollaborationRows(db(), [invitation()], ctx(T1));
    await storeCollaborationRows(db(), [invitation({ status: 'expiring', creatorHandles: ['new_face'], products: [{ id: '1729000000000000003' }] })], ctx(T2));
    await storeCollaborationRows(db(), [invitation({ status: null, commissionRate: undefined })], ctx(T3)); // unknown keeps what is known
    const stored = await db().collaborations.get('7301');
    expect(stored).toMatchObject({
      status: 'expiring',
      commissionRate: 0.15,
      creatorKeys: ['h:glow.lab', 'h:sam_sells', 'h:new_face'],
      productIds: ['1729000000000000001', '1729000000000000002', '1729000000000000003'],
      statusHistory: [
        { status: 'ongoing', at: T1 },
        { status: 'expiring', at: T2 },
      ],
    });
    await storeCollaborationRows(db(), [invitation({ status: 'canceled' })], ctx(T3));
    expect((await db().collaborations.get('7301'))?.statusHistory.map((change) => change.status)).toEqual(['ongoing', 'expiring', 'canceled']);
  });

  it('derives an id for a target row without one, and rejects rows it cannot identify', async () => {
    const row = invitation({ invitationId: undefined });
    expect(collaborationId(row)).toBe('target:spring glow|2026-03-01|2026-05-31');
    const result = await storeCollaborationRows(
      db(),
      [row, invitation({ invitationId: undefined, name: ' ' }), openPlan({ products: [{ name: 'No id' }] })],
      ctx(T1),
    );
    expect(result).toMatchObject({
      created: 1,
      rejected: [
        { reason: NO_INVITATION_ID, count: 1 },
        { reason: NO_OPEN_PRODUCT_ID, count: 1 },
      ],
    });
  });

  it('reads a rate as a single fraction only when it is one', () => {
    expect(commissionRateOf(exact(0.15, '15%', 'percent'))).toBe(0.15);
    expect(commissionRateOf(range(0.1, 0.1, '10%-10%', 'percent'))).toBe(0.1);
    expect(commissionRateOf(range(0.1, 0.2, '10%-20%', 'percent'))).toBeNull();
    expect(commissionRateOf(exact(15, '$15', 'USD'))).toBeNull();
    expect(commissionRateOf(undefined)).toBeNull();
  });

  it('marks a target invitation first seen after its validity as expired', async () => {
    await storeCollaborationRows(db(), [invitation({ status: null, validTo: '2026-02-28' })], ctx(T1));
    expect((await db().collaborations.get('7301'))?.status).toBe('expired');
  });
});
