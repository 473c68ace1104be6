/**
 * The rollup blocks of the Overview's stored data, read in a worker on opening
 * (entrypoints/sidepanel/blocks-worker.ts): reading them (megabytes of arrays, rebuilt by
 * IndexedDB's structured clone) and unpacking their cells (lib/rollups/blocks.ts) is then done on
 * another thread while the panel's own thread loads its code, mounts and unpacks the read copies.
 * The unpacked cells come back transferred, not copied; the panel only builds the records
 * (stored-read.ts). Where the worker cannot start or fails, the panel reads the blocks itself.
 */
import { unpackBlockCells } from '../rollups/blocks';
import { readBlocksOf, type StoredBlocks } from './opening-read';

/** What the panel asks the worker. */
export interface BlocksRequest {
  dbName: string;
  fromPeriod: number;
}

/** The worker's answer: the blocks (null: nothing usable stored, see readStoredBlocks). */
export interface BlocksAnswer {
  read: StoredBlocks | null;
}

/** The worker's side: reads the blocks and unpacks the cells of each well-formed one (others stay as stored, for the panel's checks). */
export async function readUnpackedBlocks(idb: Pick<IDBFactory, 'open'>, { dbName, fromPeriod }: BlocksRequest): Promise<BlocksAnswer> {
  const read = await readBlocksOf(idb, dbName, fromPeriod).catch(() => null);
  if (!read) return { read: null };
  const blocks = read.blocks.map((block) => unpackBlockCells(block, (block as { period?: unknown } | null)?.period as number) ?? block);
  return { read: { ...read, blocks } };
}

/** The buffers of the typed arrays an answer holds (transferred with it, not copied). */
export function buffersOf(answer: BlocksAnswer): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    for (const field of Object.values(value)) if (ArrayBuffer.isView(field) && field.buffer instanceof ArrayBuffer) buffers.add(field.buffer);
  };
  if (answer.read) {
    add(answer.read.totalsBlock);
    for (const block of answer.read.blocks) add(block);
  }
  return [...buffers];
}

/** The part of a Worker the panel uses. */
export type BlocksWorker = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<BlocksAnswer>) => void) | null;
  onerror: ((event: Event) => void) | null;
};

/**
 * The panel's side: the blocks as the worker `start()` starts read them; undefined when it cannot
 * start or fails (then the opening read reads them itself).
 */
export function readBlocksInWorker(start: () => BlocksWorker, request: BlocksRequest): Promise<StoredBlocks | null | undefined> {
  return new Promise((resolve) => {
    let worker: BlocksWorker;
    try {
      worker = start();
    } catch {
      resolve(undefined);
      return;
    }
    worker.onmessage = (event) => {
      worker.terminate();
      const read = (event.data as Partial<BlocksAnswer> | null)?.read;
      resolve(read === undefined ? undefined : read);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(undefined);
    };
    worker.postMessage(request satisfies BlocksRequest);
  });
}
