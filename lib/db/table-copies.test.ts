import Dexie from 'dexie';
import { SCHEMA_VERSIONS, openCreatorDeskDb } from './database';
import { COPIED_TABLES, foldTableCopies, packRecords, readTableCopies, unpackRecords, type CopiedTable, type TableCopy } from './table-copies';
import { freshDbPerTest } from './test-helpers';
import type { Creator, MetricSnapshot } from '../model/entities';

const db = freshDbPerTest();

const creator = (n: number, extra: Partial<Creator> = {}): Creator =>
  ({ key: `id:${n}`, creatorId: String(n), handle: `c${n}`, metrics: {}, sources: ['find-creators'], categories: [], firstSeen: 1, lastSeen: 1, updatedAt: 1, ...extra }) as Creator;
const snapshot = (n: number, day: string, followers = n): MetricSnapshot =>
  ({ creatorKey: `id:${n}`, day, metrics: { followers: { kind: 'exact', value: followers, raw: String(followers) } }, updatedAt: 1 }) as MetricSnapshot;

/** The records a stored copy holds (packed as columns). */
const storedCopy = (copy: TableCopy | undefined) => (copy?.packed ? unpackRecords(copy.packed) : undefined);

/** What reading the tables themselves gives (key order): what a read of the copies must give. */
async function tables(names: readonly CopiedTable[] = COPIED_TABLES) {
  return new Map(await Promise.all(names.map(async (name) => [name, await db().table(name).toArray()] as const)));
}

describe('the plain tables\' read copies', () => {
  it('are not there in a new database (readers read the tables) until the first fold; every write notes its keys in its own transaction', async () => {
    await db().creators.bulkPut([creator(2), creator(1)]);
    expect(await db().tableCopies.count()).toBe(0);
    expect(await readTableCopies(db(), COPIED_TABLES)).toEqual(await tables());
    await db().snapshots.put(snapshot(1, '2026-08-01'));
    await db().creators.delete('id:2');
    const notes = await db().copyDirty.toArray();
    expect(notes.map((note) => [note.table, JSON.parse(note.keys!)])).toEqual([
      ['creators', ['id:2', 'id:1']],
      ['snapshots', [['id:1', '2026-08-01']]],
      ['creators', ['id:2']],
    ]);
    // A write that fails leaves no note either (same transaction).
    await expect(
      db().transaction('rw', db().creators, async () => {
        await db().creators.put(creator(3));
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await db().copyDirty.count()).toBe(3);
    // Other tables note nothing.
    await db().programs.put({ creatorKey: 'id:1', agreedPostsPerWeek: 1, flatFeePerPost: null, acceptedTier: null, tierHistory: [], dismissedSuggestions: [], updatedAt: 1 } as never);
    expect(await db().copyDirty.count()).toBe(3);
  });

  it('read as the tables: the copy with the records written since, in key order; folded, the same with no note left', async () => {
    await db().creators.bulkPut([creator(1), creator(3), creator(5)]);
    await db().snapshots.bulkPut([snapshot(1, '2026-08-02'), snapshot(1, '2026-08-01'), snapshot(3, '2026-08-01')]);
    await foldTableCopies(db());
    expect(await db().copyDirty.count()).toBe(0);
    expect(await readTableCopies(db(), COPIED_TABLES)).toEqual(await tables());

    await db().creators.bulkPut([creator(4), creator(0), creator(3, { handle: 'renamed' })]);
    await db().creators.delete('id:5');
    await db().snapshots.put(snapshot(2, '2026-08-01', 99));
    await db().samples.put({ id: 's1', productId: 'p', status: 'shipped', statusHistory: [], firstSeen: 0, lastSeen: 0, updatedAt: 0 } as never);
    const read = await readTableCopies(db(), ['creators', 'snapshots', 'samples']);
    expect(read).toEqual(await tables(['creators', 'snapshots', 'samples']));
    expect((read.get('creators') as Creator[]).map((c) => c.handle)).toEqual(['c0', 'c1', 'renamed', 'c4']);

    await foldTableCopies(db());
    expect(await db().copyDirty.count()).toBe(0);
    expect(storedCopy(await db().tableCopies.get('creators'))).toEqual(await db().creators.toArray());
    expect(await readTableCopies(db(), COPIED_TABLES)).toEqual(await tables());
  });

  it('read a table whole when it was cleared, its copy is missing or a note is unreadable', async () => {
    await db().creators.bulkPut([creator(1), creator(2)]);
    await foldTableCopies(db());
    await db().creators.clear();
    await db().creators.put(creator(7));
    expect((await db().copyDirty.toArray()).some((note) => note.table === 'creators' && note.keys === null)).toBe(true);
    expect(await readTableCopies(db(), ['creators'])).toEqual(await tables(['creators']));

    await foldTableCopies(db());
    await db().tableCopies.delete('creators');
    expect(await readTableCopies(db(), ['creators'])).toEqual(await tables(['creators']));

    await db().creators.put(creator(8));
    await db().copyDirty.add({ table: 'creators', keys: '[not json' });
    expect(await readTableCopies(db(), ['creators'])).toEqual(await tables(['creators']));
    // The fold packs every copy again from its table.
    await foldTableCopies(db());
    expect(await db().copyDirty.count()).toBe(0);
    expect(await readTableCopies(db(), COPIED_TABLES)).toEqual(await tables());
  });

  it('stay equal to the tables after random writes, modifications, deletions and folds', async () => {
    let seed = 12;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const days = ['2026-08-01', '2026-08-02', '2026-08-03'];
    for (let step = 0; step < 60; step++) {
      const action = random(7);
      if (action === 0) await db().creators.bulkPut(Array.from({ length: 1 + random(4) }, () => creator(random(20), { updatedAt: step })));
      else if (action === 1) await db().creators.bulkDelete([`id:${random(20)}`, `id:${random(20)}`]);
      else if (action === 2) await db().snapshots.put(snapshot(random(10), days[random(3)]!, step));
      else if (action === 3) await db().creators.where('key').below(`id:${random(20)}`).modify({ lastSeen: step });
      else if (action === 4) await db().snapshots.where('creatorKey').equals(`id:${random(10)}`).delete();
      else if (action === 5) await foldTableCopies(db());
      else if (random(5) === 0) await db().creators.clear();
      expect(await readTableCopies(db(), COPIED_TABLES)).toEqual(await tables());
    }
  });
});

describe('packed records', () => {
  it('give back equal records: the same properties (absent stays absent), numbers, nulls, arrays, nested and mixed values', () => {
    const records = [
      { key: 'a', n: 1, metrics: { followers: { kind: 'exact', value: 10, raw: '10' }, gmv: null }, tags: ['x'], when: undefined },
      { key: 'b', n: -0, metrics: { followers: { kind: 'range', min: 1, max: 2, raw: '1-2' }, gmv: { kind: 'exact', value: 2.5, unit: 'USD', raw: '$2.5' } } },
      { key: 'c', n: Number.NaN, metrics: {}, tags: [], nested: { deep: { deeper: 'yes' } } },
      { key: 'd', n: null, extra: { a: 1 } },
      { key: 'e', n: 3, extra: 'not an object here', metrics: { followers: 7 } },
      {},
    ];
    const packed = packRecords(records);
    const back = unpackRecords(structuredClone(packed));
    expect(back).toEqual(records);
    back.forEach((record, i) => expect(sortedKeysDeep(record)).toEqual(sortedKeysDeep(records[i])));
    expect(Object.is(back[1]!.n, -0)).toBe(true);
    expect(back[2]!.n).toBeNaN();
    expect('when' in back[0]!).toBe(true);
    expect('metrics' in back[3]!).toBe(false);
    expect(unpackRecords(packRecords([]))).toEqual([]);
  });

  it('store repeated texts once, with a code per record, and give every record its own value back', () => {
    const records = Array.from({ length: 300 }, (_, i) => ({
      day: `2026-11-${String((i % 3) + 10)}`,
      kind: i % 7 === 0 ? null : 'exact',
      flag: i % 2 === 0,
      note: i % 5 === 0 ? undefined : 'same',
      ...(i % 11 === 0 ? {} : { unit: 'USD' }),
      id: `id:${i}`,
      tags: ['x'],
    }));
    const packed = packRecords(records);
    const entry = (key: string) => packed.entries.find((e) => e.key === key)!;
    for (const key of ['day', 'kind', 'flag', 'note']) expect(entry(key)).toMatchObject({ codes: expect.any(Uint8Array) });
    expect((entry('day') as { dictionary: unknown[] }).dictionary).toEqual(['2026-11-10', '2026-11-11', '2026-11-12']);
    expect(entry('unit')).toMatchObject({ dictionary: ['USD'], absent: expect.any(Uint8Array) });
    // Distinct texts and arrays stay values (a shared array could be changed through one record).
    expect(entry('id')).toHaveProperty('values');
    expect(entry('tags')).toHaveProperty('values');
    const back = unpackRecords(structuredClone(packed));
    expect(back).toEqual(records);
    back.forEach((record, i) => expect(sortedKeysDeep(record)).toEqual(sortedKeysDeep(records[i])));
    // Many distinct values: codes of 16 bits.
    const wide = packRecords(Array.from({ length: 1_000 }, (_, i) => ({ raw: `${i % 400}K` })));
    expect(wide.entries[0]).toMatchObject({ codes: expect.any(Uint16Array) });
    expect(unpackRecords(wide).map((r) => r.raw)).toEqual(Array.from({ length: 1_000 }, (_, i) => `${i % 400}K`));
    // A code outside the dictionary, or codes of another length: a damaged packing.
    const codes = entry('day') as { codes: Uint8Array; dictionary: unknown[] };
    for (const damaged of [{ ...codes, codes: codes.codes.map(() => 3) }, { ...codes, codes: codes.codes.subarray(1) }, { ...codes, dictionary: 'nope' }]) {
      expect(() => unpackRecords({ ...packed, entries: packed.entries.map((e) => (e === codes ? damaged : e)) } as never)).toThrow();
    }
  });

  it('keep a property named __proto__ as a property, and refuse a damaged packing', () => {
    const records = [JSON.parse('{"key":"a","gmvCurrencies":{"__proto__":{"polluted":1},"USD":2}}') as Record<string, unknown>];
    const back = unpackRecords(packRecords(records));
    expect(Object.getPrototypeOf(back[0]!.gmvCurrencies)).toBe(Object.prototype);
    expect(Object.keys(back[0]!.gmvCurrencies as object)).toEqual(['__proto__', 'USD']);
    expect(back).toEqual(records);
    const packed = packRecords([{ a: 1, b: { c: 'x' } }, { a: 2 }]);
    const damaged = [
      { ...packed, entries: packed.entries.map((entry) => ({ ...entry, parent: 5 })) },
      { ...packed, entries: packed.entries.map((entry) => ('numbers' in entry ? { ...entry, numbers: new Float64Array(1) } : entry)) },
      { ...packed, entries: [...packed.entries, { key: 'd', parent: -1, values: 'nope' }] },
    ];
    for (const copy of damaged) expect(() => unpackRecords(copy as never)).toThrow();
  });

  it('of a damaged copy are not read: the table is', async () => {
    await db().creators.bulkPut([creator(1), creator(2)]);
    await foldTableCopies(db());
    const copy = (await db().tableCopies.get('creators'))!;
    await db().tableCopies.put({ ...copy, packed: { ...copy.packed!, entries: copy.packed!.entries.map((entry) => ({ ...entry, parent: 99 })) } });
    expect(await readTableCopies(db(), ['creators'])).toEqual(await tables(['creators']));
  });

  it('are read like the first form of copies (the records themselves), which the next fold packs', async () => {
    await db().creators.bulkPut([creator(1), creator(2)]);
    await foldTableCopies(db());
    await db().tableCopies.put({ table: 'creators', records: [creator(1), creator(2)] });
    expect(await readTableCopies(db(), ['creators'])).toEqual(await tables(['creators']));
    await foldTableCopies(db());
    const copy = await db().tableCopies.get('creators');
    expect(copy?.records).toBeUndefined();
    expect(storedCopy(copy)).toEqual(await db().creators.toArray());
  });
});

/** Every property path of a value, sorted (toEqual does not tell a property set to undefined from an absent one). */
function sortedKeysDeep(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value)
    .flatMap(([key, inner]) => [`${prefix}${key}`, ...sortedKeysDeep(inner, `${prefix}${key}.`)])
    .sort();
}

describe('schema version 14', () => {
  it('packs the copies from the records a version-13 database holds', async () => {
    const name = `copies-migration-${Math.random()}`;
    const old = new Dexie(name);
    for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= 13)) old.version(step.version).stores(step.stores);
    await old.open();
    await old.table('creators').bulkPut([creator(2), creator(1)]);
    await old.table('snapshots').put(snapshot(1, '2026-08-01'));
    old.close();

    const upgraded = openCreatorDeskDb(name);
    await upgraded.open();
    expect(storedCopy(await upgraded.tableCopies.get('creators'))).toEqual([creator(1), creator(2)]);
    expect(storedCopy(await upgraded.tableCopies.get('snapshots'))).toEqual([snapshot(1, '2026-08-01')]);
    expect(await upgraded.copyDirty.count()).toBe(0);
    await upgraded.delete();
  });
});
