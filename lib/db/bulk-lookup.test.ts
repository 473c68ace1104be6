import { recordsByIndexValues, recordsByPrimaryKeys } from './bulk-lookup';
import { freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();
beforeEach(async () => {
  const now = 1;
  await db().creators.bulkPut(
    Array.from({ length: 100 }, (_, i) => ({
      key: `id:${String(i).padStart(3, '0')}`,
      handle: `h${String(i).padStart(3, '0')}`,
      categories: [],
      metrics: {},
      sources: [],
      firstSeen: now,
      lastSeen: now,
      updatedAt: now,
    })),
  );
  await db().snapshots.bulkPut([
    { creatorKey: 'id:001', day: '2026-03-01', metrics: {}, updatedAt: 1 },
    { creatorKey: 'id:001', day: '2026-03-02', metrics: {}, updatedAt: 1 },
    { creatorKey: 'id:050', day: '2026-03-02', metrics: {}, updatedAt: 1 },
  ]);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const keysOf = (records: { key: string }[]) => records.map((r) => r.key).sort();

describe('recordsByPrimaryKeys', () => {
  it('reads a dense key range at once and keeps only the wanted records', async () => {
    const bulkGet = vi.spyOn(db().creators, 'bulkGet');
    expect(keysOf(await recordsByPrimaryKeys(db().creators, ['id:010', 'id:012', 'id:011', 'id:010', 'id:0105']))).toEqual(['id:010', 'id:011', 'id:012']);
    expect(bulkGet).not.toHaveBeenCalled();
  });

  it('fetches by key when the range between wanted keys is sparse', async () => {
    const bulkGet = vi.spyOn(db().creators, 'bulkGet');
    expect(keysOf(await recordsByPrimaryKeys(db().creators, ['id:000', 'id:099', 'id:nope']))).toEqual(['id:000', 'id:099']);
    expect(bulkGet).toHaveBeenCalledOnce();
  });

  it('reads nothing when no stored key falls in the range', async () => {
    const bulkGet = vi.spyOn(db().creators, 'bulkGet');
    expect(await recordsByPrimaryKeys(db().creators, ['h:a', 'h:b'])).toEqual([]);
    expect(await recordsByPrimaryKeys(db().creators, [])).toEqual([]);
    expect(bulkGet).not.toHaveBeenCalled();
  });

  it('looks up each kind of key in its own range: stored keys of another kind in between cost no reads', async () => {
    const bulkGet = vi.spyOn(db().creators, 'bulkGet');
    expect(await recordsByPrimaryKeys(db().creators, ['a:new', 'zz:new'])).toEqual([]);
    expect(bulkGet).not.toHaveBeenCalled();
    expect(keysOf(await recordsByPrimaryKeys(db().creators, ['a:new', 'id:042', 'id:043', 'zz:new']))).toEqual(['id:042', 'id:043']);
    expect(bulkGet).not.toHaveBeenCalled();
  });

  it('works with compound keys', async () => {
    const found = await recordsByPrimaryKeys(db().snapshots, [
      ['id:001', '2026-03-02'],
      ['id:050', '2026-03-02'],
      ['id:002', '2026-03-02'],
    ] as [string, string][]);
    expect(found.map((s) => `${s.creatorKey} ${s.day}`).sort()).toEqual(['id:001 2026-03-02', 'id:050 2026-03-02']);
  });
});

describe('recordsByIndexValues', () => {
  it('finds records by index value on dense and sparse ranges', async () => {
    expect(keysOf(await recordsByIndexValues(db().creators, 'handle', ['h005', 'h006', 'missing']))).toEqual(['id:005', 'id:006']);
    expect(keysOf(await recordsByIndexValues(db().creators, 'handle', ['h000', 'h099']))).toEqual(['id:000', 'id:099']);
    expect(await recordsByIndexValues(db().creators, 'handle', [])).toEqual([]);
    const snapshots = await recordsByIndexValues(db().snapshots, 'creatorKey', ['id:001']);
    expect(snapshots).toHaveLength(2);
  });
});
