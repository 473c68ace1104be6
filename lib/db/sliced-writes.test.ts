import Dexie from 'dexie';
import type { BulkError, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';
import { mutateInSlices } from './sliced-writes';
import { freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();

const creator = (i: number, handle = `h${i}`) => ({
  key: `id:${String(i).padStart(5, '0')}`,
  handle,
  categories: [],
  metrics: {},
  sources: [],
  firstSeen: 1,
  lastSeen: 1,
  updatedAt: 1,
});

/** A table that records each request it is given and answers like IndexedDB would (no failures). */
function recordingTable(): { table: DBCoreTable; requests: DBCoreMutateRequest[] } {
  const requests: DBCoreMutateRequest[] = [];
  const table = {
    mutate: (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
      requests.push(req);
      const results = req.type === 'delete' ? req.keys : req.type === 'deleteRange' ? [] : req.values.map((v: { key: string }) => v.key);
      return Promise.resolve({ numFailures: 0, failures: {}, results, lastResult: results.at(-1) });
    },
  } as unknown as DBCoreTable;
  return { table, requests };
}

describe('writes in slices', () => {
  it('stores every record of a bulk put larger than one slice, in order', async () => {
    await db().creators.bulkPut(Array.from({ length: 2_000 }, (_, i) => creator(i)));
    expect(await db().creators.count()).toBe(2_000);
    expect((await db().creators.get('id:01999'))?.handle).toBe('h1999');
  });

  it('reports a failing add at its place in the whole request, not in its slice', async () => {
    await db().creators.add(creator(270));
    const error = await db()
      .creators.bulkAdd(Array.from({ length: 300 }, (_, i) => creator(i)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Dexie.BulkError);
    expect(Object.keys((error as BulkError).failuresByPos).map(Number)).toEqual([270]);
    expect(await db().creators.count()).toBe(300);
  });

  it('splits a long request into consecutive slices with every value once and merges their answers', async () => {
    const { table, requests } = recordingTable();
    const values = Array.from({ length: 1_000 }, (_, i) => creator(i));
    const response = await mutateInSlices(table, { type: 'put', trans: {} as never, values });
    expect(requests.length).toBeGreaterThan(1);
    const sent = requests.flatMap((req) => (req.type === 'put' ? [...req.values] : []));
    expect(sent).toEqual(values);
    expect(response.results).toEqual(values.map((v) => v.key));
    expect(response.numFailures).toBe(0);
  });

  it('passes a short request and a range delete through whole', async () => {
    const { table, requests } = recordingTable();
    await mutateInSlices(table, { type: 'delete', trans: {} as never, keys: ['a', 'b'] });
    await mutateInSlices(table, { type: 'deleteRange', trans: {} as never, range: { type: 3 } as never });
    expect(requests.map((r) => r.type)).toEqual(['delete', 'deleteRange']);
  });
});
