import type { CreatorRow } from '../model/entities';
import { localDay } from '../calendar/days';
import { storeContentRows } from './store-content';
import { NO_CREATOR_IDENTITY, storeCreatorRows } from './store-creators';
import { exact, localTime, quotaError, range, freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();
afterEach(() => {
  vi.restoreAllMocks();
});

const DAY1 = localTime(2026, 3, 5, 9);
const DAY1_LATER = localTime(2026, 3, 5, 23, 30);
const DAY2 = localTime(2026, 3, 6, 0, 15);
const ctx = (now: number, source = 'find-creators', region: string | null = 'US') => ({ source, region, now });

describe('creator keys', () => {
  it('keys by creator id when known and by normalised handle otherwise', async () => {
    await storeCreatorRows(db(), [{ creatorId: ' 7001 ', handle: '@Glow.Lab', metrics: {} }, { handle: ' @Sunny.Days ', metrics: {} }], ctx(DAY1));
    const keys = (await db().creators.toArray()).map((c) => c.key).sort();
    expect(keys).toEqual(['h:sunny.days', 'id:7001']);
    const glow = await db().creators.get('id:7001');
    expect(glow).toMatchObject({ creatorId: '7001', handle: 'glow.lab', handleDisplay: 'Glow.Lab' });
  });

  it('rejects rows that name no creator, with a reason', async () => {
    const result = await storeCreatorRows(db(), [{ displayName: 'Nobody', metrics: {} }, { handle: ' @ ', metrics: {} }], ctx(DAY1));
    expect(result).toEqual({ created: 0, updated: 0, unchanged: 0, rejected: [{ reason: NO_CREATOR_IDENTITY, count: 2 }] });
    expect(await db().creators.count()).toBe(0);
  });

  it('migrates a handle-keyed creator to the id key when a capture shows the id', async () => {
    await storeCreatorRows(db(), [{ handle: 'Glow.Lab', displayName: 'Glow Lab', metrics: { followers: exact(12300, '12.3K') } }], ctx(DAY1));
    await storeContentRows(db(), [{ contentId: 'v1', type: 'video', creatorHandle: 'glow.lab', metrics: {} }], ctx(DAY1, 'video-analysis'));

    const result = await storeCreatorRows(
      db(),
      [{ creatorId: '7001', handle: '@glow.lab', metrics: { gmv: exact(5000, '$5K', 'USD') } }],
      ctx(DAY2, 'manage-creators'),
    );

    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(await db().creators.get('h:glow.lab')).toBeUndefined();
    const migrated = await db().creators.get('id:7001');
    expect(migrated).toMatchObject({
      creatorId: '7001',
      handle: 'glow.lab',
      displayName: 'Glow Lab',
      metrics: { followers: exact(12300, '12.3K'), gmv: exact(5000, '$5K', 'USD') },
      sources: ['find-creators', 'video-analysis', 'manage-creators'],
      firstSeen: DAY1,
      lastSeen: DAY2,
      updatedAt: DAY2,
    });
    const snapshots = await db().snapshots.orderBy('[creatorKey+day]').toArray();
    expect(snapshots.map((s) => [s.creatorKey, s.day])).toEqual([
      ['id:7001', localDay(DAY1)],
      ['id:7001', localDay(DAY2)],
    ]);
    expect((await db().content.get('video:v1'))?.creatorKey).toBe('id:7001');
  });

  it('folds a handle record into an existing id record, merging same-day snapshots', async () => {
    await storeCreatorRows(db(), [{ creatorId: '7001', metrics: { gmv: exact(100) } }], ctx(DAY1));
    await storeCreatorRows(db(), [{ handle: 'glow.lab', metrics: { followers: exact(500) } }], ctx(DAY1_LATER));
    // The id record had no handle yet, so the handle-only capture could not know they are one creator.
    expect(await db().creators.count()).toBe(2);

    await storeCreatorRows(db(), [{ creatorId: '7001', handle: 'glow.lab', metrics: {} }], ctx(DAY1_LATER));
    expect(await db().creators.toArray()).toHaveLength(1);
    expect((await db().creators.get('id:7001'))?.metrics).toEqual({ gmv: exact(100), followers: exact(500) });
    const snapshots = await db().snapshots.toArray();
    expect(snapshots).toEqual([
      { creatorKey: 'id:7001', day: localDay(DAY1), metrics: { gmv: exact(100), followers: exact(500) }, updatedAt: DAY1_LATER },
    ]);
  });

  it('merges a handle-only capture into the id-keyed record with that handle', async () => {
    await storeCreatorRows(db(), [{ creatorId: '7001', handle: 'Glow.Lab', metrics: { followers: exact(1000) } }], ctx(DAY1));
    const result = await storeCreatorRows(db(), [{ handle: '@GLOW.LAB', metrics: { gmv: exact(250) } }], ctx(DAY2, 'creator-analysis'));
    expect(result).toMatchObject({ created: 0, updated: 1 });
    expect(await db().creators.count()).toBe(1);
    expect((await db().creators.get('id:7001'))?.metrics).toEqual({ followers: exact(1000), gmv: exact(250) });
    expect((await db().snapshots.get(['id:7001', localDay(DAY2)]))?.metrics).toEqual({ gmv: exact(250) });
  });

  it('resolves handle-only and id rows for the same creator within one batch to one record', async () => {
    const result = await storeCreatorRows(
      db(),
      [
        { handle: 'glow.lab', metrics: { followers: exact(10) } },
        { creatorId: '7001', handle: 'glow.lab', metrics: { gmv: exact(20) } },
        { handle: 'Glow.Lab', metrics: { orders: exact(3) } },
      ],
      ctx(DAY1),
    );
    expect(result).toMatchObject({ created: 1, updated: 2 });
    expect((await db().creators.toArray()).map((c) => c.key)).toEqual(['id:7001']);
    expect((await db().snapshots.toArray()).map((s) => [s.creatorKey, s.metrics])).toEqual([
      ['id:7001', { followers: exact(10), gmv: exact(20), orders: exact(3) }],
    ]);
  });

  it('prefers the most recently seen id record when two creators have held the same handle', async () => {
    await storeCreatorRows(db(), [{ creatorId: 'old', handle: 'shared', metrics: {} }], ctx(DAY1));
    await storeCreatorRows(db(), [{ creatorId: 'new', handle: 'shared', metrics: {} }], ctx(DAY2));
    await storeCreatorRows(db(), [{ handle: 'shared', displayName: 'Current owner', metrics: {} }], ctx(DAY2 + 1000));
    expect((await db().creators.get('id:new'))?.displayName).toBe('Current owner');
    expect((await db().creators.get('id:old'))?.displayName).toBeUndefined();
  });
});

describe('merging captures from different pages', () => {
  it('keeps fields a later page does not show, overrides those it does, unions categories and sources', async () => {
    const found: CreatorRow = {
      creatorId: '7001',
      handle: 'glow.lab',
      displayName: 'Glow Lab',
      categories: ['Beauty', 'Skincare'],
      audience: { gender: 'female', genderShare: 0.65, ageRange: '18-24' },
      metrics: { followers: exact(12300, '12.3K'), gmv: range(5000, 25000, '$5K-$25K', 'USD') },
    };
    const managed: CreatorRow = {
      creatorId: '7001',
      categories: ['Skincare', 'Home'],
      audience: { ageRange: '25-34' },
      metrics: { gmv: exact(12345.67, '$12,345.67', 'USD'), samples: exact(4), followers: undefined },
    };
    await storeCreatorRows(db(), [found], ctx(DAY1, 'find-creators'));
    await storeCreatorRows(db(), [managed], ctx(DAY2, 'manage-creators', null));

    expect(await db().creators.get('id:7001')).toEqual({
      key: 'id:7001',
      creatorId: '7001',
      handle: 'glow.lab',
      handleDisplay: 'glow.lab',
      displayName: 'Glow Lab',
      categories: ['Beauty', 'Skincare', 'Home'],
      audience: { gender: 'female', genderShare: 0.65, ageRange: '25-34' },
      metrics: { followers: exact(12300, '12.3K'), gmv: exact(12345.67, '$12,345.67', 'USD'), samples: exact(4) },
      sources: ['find-creators', 'manage-creators'],
      region: 'US',
      firstSeen: DAY1,
      lastSeen: DAY2,
      updatedAt: DAY2,
    });
  });
});

describe('capturing the same rows twice', () => {
  const rows: CreatorRow[] = [
    { creatorId: '1', handle: 'a', displayName: 'A', categories: ['Beauty'], metrics: { followers: exact(1), gmv: range(0, 100, '$0-$100', 'USD') } },
    { handle: 'b', metrics: { followers: exact(2) } },
    { creatorId: '3', metrics: {} },
  ];

  it('changes nothing but lastSeen', async () => {
    await storeCreatorRows(db(), rows, ctx(DAY1));
    const creatorsBefore = await db().creators.orderBy('key').toArray();
    const snapshotsBefore = await db().snapshots.toArray();

    const again = await storeCreatorRows(db(), structuredClone(rows), ctx(DAY1_LATER));
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: [] });

    const creatorsAfter = await db().creators.orderBy('key').toArray();
    expect(creatorsAfter).toEqual(creatorsBefore.map((c) => ({ ...c, lastSeen: DAY1_LATER })));
    expect(await db().snapshots.toArray()).toEqual(snapshotsBefore);
  });

  it('on a later day adds that day’s snapshot but leaves the creator record untouched except lastSeen', async () => {
    await storeCreatorRows(db(), rows, ctx(DAY1));
    const before = await db().creators.get('id:1');
    await storeCreatorRows(db(), rows, ctx(DAY2));
    expect(await db().creators.get('id:1')).toEqual({ ...before, lastSeen: DAY2 });
    expect(await db().snapshots.where('creatorKey').equals('id:1').count()).toBe(2);
  });
});

describe('daily snapshots', () => {
  it('keeps one snapshot per creator per local day, merging same-day captures', async () => {
    await storeCreatorRows(db(), [{ creatorId: '1', metrics: { followers: exact(100), gmv: exact(10) } }], ctx(DAY1));
    await storeCreatorRows(db(), [{ creatorId: '1', metrics: { gmv: exact(15), orders: exact(2) } }], ctx(DAY1_LATER, 'manage-creators'));
    await storeCreatorRows(db(), [{ creatorId: '1', metrics: { followers: exact(120) } }], ctx(DAY2));

    const history = await db().snapshots.where('creatorKey').equals('id:1').sortBy('day');
    expect(history).toEqual([
      { creatorKey: 'id:1', day: '2026-03-05', metrics: { followers: exact(100), gmv: exact(15), orders: exact(2) }, updatedAt: DAY1_LATER },
      { creatorKey: 'id:1', day: '2026-03-06', metrics: { followers: exact(120) }, updatedAt: DAY2 },
    ]);
  });

  it('writes no snapshot for a row without metrics', async () => {
    await storeCreatorRows(db(), [{ creatorId: '1', handle: 'a', metrics: {} }], ctx(DAY1));
    expect(await db().snapshots.count()).toBe(0);
  });

  it('never prunes old history', async () => {
    const start = localTime(2025, 1, 1);
    for (let offset = 0; offset < 120; offset += 30) {
      await storeCreatorRows(db(), [{ creatorId: '1', metrics: { followers: exact(offset) } }], ctx(start + offset * 86_400_000));
    }
    expect(await db().snapshots.count()).toBe(4);
  });
});

describe('a failing write', () => {
  it('leaves stored data exactly as it was (one transaction per capture)', async () => {
    await storeCreatorRows(db(), [{ creatorId: '1', handle: 'a', metrics: { followers: exact(1) } }, { handle: 'b', metrics: {} }], ctx(DAY1));
    const creatorsBefore = await db().creators.toArray();
    const snapshotsBefore = await db().snapshots.toArray();

    // Snapshots are written after creators: the creators already written must be rolled back.
    vi.spyOn(db().snapshots, 'bulkPut').mockRejectedValue(quotaError());
    await expect(
      storeCreatorRows(
        db(),
        [{ creatorId: '1', handle: 'a', metrics: { followers: exact(2) } }, { creatorId: '2', handle: 'b', metrics: { gmv: exact(1) } }],
        ctx(DAY2),
      ),
    ).rejects.toMatchObject({ name: 'QuotaExceededError' });

    expect(await db().creators.toArray()).toEqual(creatorsBefore);
    expect(await db().snapshots.toArray()).toEqual(snapshotsBefore);
  });

  it('rolls back when the database itself refuses a record (creating hook)', async () => {
    await storeCreatorRows(db(), [{ creatorId: '1', metrics: { followers: exact(1) } }], ctx(DAY1));
    const before = await db().creators.toArray();
    db().snapshots.hook('creating', () => {
      throw quotaError();
    });
    await expect(storeCreatorRows(db(), [{ creatorId: '2', metrics: { followers: exact(5) } }], ctx(DAY2))).rejects.toBeTruthy();
    expect(await db().creators.toArray()).toEqual(before);
  });
});
