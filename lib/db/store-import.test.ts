import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importExportFile, type ImportResult } from '../import';
import { storeContentRows } from './store-content';
import { storeCreatorRows } from './store-creators';
import { type ImportedRows, ImportStoreError, storeImportedRows } from './store-import';
import { localTime, freshDbPerTest } from './test-helpers';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'import', 'fixtures');

async function imported(name: string, region?: string): Promise<ImportResult> {
  const bytes = readFileSync(join(fixtures, name));
  const outcome = await importExportFile(
    { name, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer },
    region ? { region } : {},
  );
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome;
}

function rowsOf(result: ImportResult): ImportedRows {
  return result as ImportedRows;
}

const db = freshDbPerTest();

const T1 = localTime(2026, 4, 5, 9);
const T2 = localTime(2026, 4, 6, 9);

describe('storing an imported export', () => {
  it('stores creators with the import as their source, and merges them with captured ones', async () => {
    await storeCreatorRows(db(), [{ creatorId: '7001', handle: 'bella.rose', displayName: 'Bella', metrics: {} }], { source: 'find-creators', region: 'US', now: T1 });
    const file = await imported('creators-affiliate.csv');
    const progress: [number, number][] = [];
    const result = await storeImportedRows(db(), rowsOf(file), { now: T2, batchSize: 5, onProgress: (done, total) => progress.push([done, total]) });
    expect(result.created + result.updated + result.unchanged).toBe(file.rows.length);
    expect(result.updated).toBe(1);
    expect(progress[0]).toEqual([0, file.rows.length]);
    expect(progress.at(-1)).toEqual([file.rows.length, file.rows.length]);
    expect(progress.length).toBe(Math.ceil(file.rows.length / 5) + 1);

    const bella = await db().creators.get('id:7001');
    expect(bella).toMatchObject({ displayName: 'Bella', sources: ['find-creators', 'import:creators'] });
    expect(bella?.metrics.gmv).toMatchObject({ kind: 'exact', value: 12345.67 });
    expect(await db().creators.where('handle').equals('bella.rose').count()).toBe(1);
  });

  it('changes nothing but lastSeen when the same file is imported again', async () => {
    const file = await imported('videos.csv');
    const first = await storeImportedRows(db(), rowsOf(file), { now: T1 });
    expect(first.created).toBe(file.rows.length);
    const before = await db().content.toArray();
    const again = await storeImportedRows(db(), rowsOf(file), { now: T2 });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: file.rows.length, creatorsCreated: 0 });
    expect(await db().content.toArray()).toEqual(before.map((piece) => ({ ...piece, lastSeen: T2 })));
  });

  it('merges an imported video with the captured one', async () => {
    await storeContentRows(db(), [{ contentId: '7300000000000000001', type: 'video', title: 'Captured title', metrics: {} }], { source: 'video-analysis', region: 'US', now: T1 });
    await storeImportedRows(db(), rowsOf(await imported('videos.csv')), { now: T2 });
    expect((await db().content.toArray()).filter((piece) => piece.contentId === '7300000000000000001')).toHaveLength(1);
    const piece = await db().content.get('video:7300000000000000001');
    expect(piece?.creatorKey).toBe('h:bella.rose');
    expect(piece?.title).toBe('Morning routine; 5 steps ✨');
    expect(piece?.productIds).toEqual(expect.arrayContaining(['1729000000000000001', '1729000000000000002']));
  });

  it('stores order lines linked to their creators and to the imported videos', async () => {
    await storeImportedRows(db(), rowsOf(await imported('videos.csv')), { now: T1 });
    const orders = await imported('orders-uk.csv', 'GB');
    const result = await storeImportedRows(db(), rowsOf(orders), { now: T2 });
    expect(result.created).toBe(orders.rows.length);
    const line = await db().orders.get('576000000000000001:1730000000000000001');
    expect(line).toMatchObject({ creatorKey: 'h:bella.rose', contentId: '7300000000000000001', currency: 'GBP', status: 'Completed', statusHistory: [{ status: 'Completed', at: T2 }] });
    expect(line?.createdAt).toBe(localTime(2026, 3, 25, 14, 5) + 9_000);
    const sam = await db().orders.get('576000000000000002:1730000000000000001');
    expect(sam).toMatchObject({ creatorKey: 'h:sam_sells', refunded: true });
    expect(await db().creators.get('h:sam_sells')).toMatchObject({ sources: ['import:videos', 'import:orders'] });
  });

  it('keeps the batches stored before a failed write, and says how many rows they held', async () => {
    const file = await imported('creators-affiliate.csv');
    await storeImportedRows(db(), rowsOf(await imported('videos.csv')), { now: T1 });
    const before = { creators: await db().creators.toArray(), content: await db().content.toArray() };
    let calls = 0;
    const original = db().creators.bulkPut.bind(db().creators);
    vi.spyOn(db().creators, 'bulkPut').mockImplementation(((records: never) => {
      calls += 1;
      return calls === 2 ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : original(records);
    }) as never);
    const failure = await storeImportedRows(db(), rowsOf(file), { now: T2, batchSize: 4 }).then(() => null, (error: unknown) => error);
    vi.restoreAllMocks();
    expect(calls).toBe(2);
    expect(failure).toBeInstanceOf(ImportStoreError);
    expect(failure).toMatchObject({ savedRows: 4, total: rowsOf(file).rows.length });
    // The failed batch itself left nothing behind: only the first batch's 4 rows changed the store.
    const after = await db().creators.toArray();
    const changed = after.filter((creator) => !before.creators.some((old) => JSON.stringify(old) === JSON.stringify(creator)));
    expect(changed.length).toBeLessThanOrEqual(4);
    expect(changed.length).toBeGreaterThan(0);
    expect(await db().content.toArray()).toEqual(before.content);
  });

  it('never holds one transaction over the whole import: a capture gets in between batches', async () => {
    const file = await imported('creators-affiliate.csv');
    const order: string[] = [];
    const capture = (async () => {
      await Promise.resolve();
      await db().transaction('rw', db().creators, async () => {
        await db().creators.put({ key: 'h:capture', handle: 'capture', sources: ['find-creators'], categories: [], metrics: {}, firstSeen: T2, lastSeen: T2, updatedAt: T2 } as never);
      });
      order.push('capture');
    })();
    await storeImportedRows(db(), rowsOf(file), { now: T2, batchSize: 1, onProgress: (done) => order.push(`batch ${done}`) });
    await capture;
    // The capture landed before the last batch (with one transaction it came after all of them).
    expect(order.indexOf('capture')).toBeLessThan(order.length - 1);
  });
});
