/**
 * Reads everything the analytics need, in pages, reporting progress: 100,000 content pieces take a
 * moment, and the panel shows how far along it is instead of freezing. Pages are read by primary
 * key (keyset paging), so each page is one indexed range read.
 */
import Dexie, { type Table } from 'dexie';
import type { ProgramData } from '../../lib/analytics/index';
import type { CreatorDeskDb } from '../../lib/db/database';

/** Small enough that the panel stays responsive between pages (input and paint run in between). */
export const PAGE_SIZE = 10_000;

export interface LoadProgress {
  /** Records read so far. */
  done: number;
  /** Records to read (counted first). */
  total: number;
}

async function readPaged<T>(table: Table<T, unknown>, pageSize: number, onPage: (n: number) => void): Promise<T[]> {
  const keyPath = table.schema.primKey.keyPath;
  const all: T[] = [];
  let last: unknown = undefined;
  for (;;) {
    const page: T[] =
      last === undefined
        ? await table.limit(pageSize).toArray()
        : await table.where(':id').above(last).limit(pageSize).toArray();
    for (const item of page) all.push(item);
    onPage(page.length);
    if (page.length < pageSize || keyPath === null || keyPath === undefined) break;
    last = Dexie.getByKeyPath(page[page.length - 1] as object, keyPath);
    // Let clicks, typing and the progress bar through before the next page.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return all;
}

/** The stored records the analytics read (programs and settings are read live, separately). */
export async function loadProgramData(
  db: CreatorDeskDb,
  onProgress: (p: LoadProgress) => void,
  pageSize: number = PAGE_SIZE,
): Promise<ProgramData> {
  const tables = {
    creators: db.creators as Table<unknown, unknown>,
    content: db.content as Table<unknown, unknown>,
    snapshots: db.snapshots as Table<unknown, unknown>,
    orders: db.orders as Table<unknown, unknown>,
    samples: db.samples as Table<unknown, unknown>,
    collaborations: db.collaborations as Table<unknown, unknown>,
  };
  const names = Object.keys(tables) as (keyof typeof tables)[];
  const counts = await Promise.all(names.map((name) => tables[name].count()));
  const progress: LoadProgress = { done: 0, total: counts.reduce((a, b) => a + b, 0) };
  onProgress({ ...progress });
  const result: Record<string, unknown[]> = {};
  for (const name of names) {
    const table = tables[name];
    result[name] = await readPaged(table, pageSize, (n) => {
      progress.done += n;
      onProgress({ ...progress, total: Math.max(progress.total, progress.done) });
    });
  }
  return result as ProgramData;
}
