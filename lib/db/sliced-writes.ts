/**
 * Bulk writes in slices (issue #15: no main-thread task over 50 ms while a big import is stored).
 * IndexedDB serialises each value synchronously as it is put, so one bulk put of a thousand records
 * (an import batch with its rollups) holds the thread for 100 ms and more. This DBCore middleware,
 * directly above IndexedDB (below the rollup upkeep, so the rollups' own writes are sliced too),
 * issues a put, add or delete of many records for a few milliseconds at a time and waits for those
 * before issuing more: the page's other tasks run in between, and the transaction stays the same.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';

/** Issue a write's requests for at most this long before waiting for them (issue #15: no task > 50 ms). */
const SLICE_MS = 8;
/** Requests issued per call between two looks at the clock. */
const SLICE_STEP = 25;

function slice(req: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>, start: number, end: number): DBCoreMutateRequest {
  if (req.type === 'delete') return { ...req, keys: req.keys.slice(start, end) };
  return { ...req, values: req.values.slice(start, end), ...(req.keys ? { keys: req.keys.slice(start, end) } : {}) };
}

/** A put, add or delete issued SLICE_MS at a time, each slice from the previous one's completion. */
export async function mutateInSlices(table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if (req.type === 'deleteRange') return table.mutate(req);
  const length = req.type === 'delete' ? req.keys.length : req.values.length;
  if (length <= SLICE_STEP) return table.mutate(req);
  const merged: DBCoreMutateResponse = { numFailures: 0, failures: {}, results: [], lastResult: undefined };
  let start = 0;
  while (start < length) {
    const began = performance.now();
    const issued: Promise<[number, DBCoreMutateResponse]>[] = [];
    while (start < length && (issued.length === 0 || performance.now() - began < SLICE_MS)) {
      const at = start;
      const end = Math.min(length, start + SLICE_STEP);
      issued.push(table.mutate(slice(req, at, end)).then((response) => [at, response]));
      start = end;
    }
    for (const [at, response] of await Promise.all(issued)) {
      merged.numFailures += response.numFailures;
      for (const [index, failure] of Object.entries(response.failures)) merged.failures[at + Number(index)] = failure;
      merged.results!.push(...(response.results ?? []));
      merged.lastResult = response.lastResult;
    }
  }
  return merged;
}

export const slicedWritesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'creator-desk-sliced-writes',
  // Below the rollup upkeep (level -2): every write reaches IndexedDB through here.
  level: -3,
  create(down) {
    return { ...down, table: (name) => ({ ...down.table(name), mutate: (req) => mutateInSlices(down.table(name), req) }) };
  },
};
