/**
 * Reads everything the analytics need, in pages, reporting progress: 100,000 content pieces take a
 * moment, and the panel shows how far along it is instead of freezing. Pages are read by primary
 * key (keyset paging), so each page is one indexed range read.
 */
import Dexie, { type Table } from 'dexie';
import type { ProgramData } from '../analytics/index';
import type { CreatorDeskDb } from '../db/database';

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

/** The tables the analytics read (programs and settings are read live, separately). */
export const PROGRAM_TABLES = ['creators', 'content', 'snapshots', 'orders', 'samples', 'collaborations', 'reported'] as const;
export type ProgramTable = (typeof PROGRAM_TABLES)[number];

export interface LoadOptions {
  /** Read only these tables (default: all of them)… */
  tables?: readonly ProgramTable[];
  /** …and take the others from here (the data loaded before). */
  base?: ProgramData;
}

/**
 * The stored records the analytics read. The tables are read side by side (the small ones are done
 * while the content pages come in), each in keyset pages.
 */
export async function loadProgramData(
  db: CreatorDeskDb,
  onProgress: (p: LoadProgress) => void,
  pageSize: number = PAGE_SIZE,
  options: LoadOptions = {},
): Promise<ProgramData> {
  const names = options.tables ?? PROGRAM_TABLES;
  const table = (name: ProgramTable) => db.table(name) as Table<unknown, unknown>;
  const counts = await Promise.all(names.map((name) => table(name).count()));
  const progress: LoadProgress = { done: 0, total: counts.reduce((a, b) => a + b, 0) };
  onProgress({ ...progress });
  const read = await Promise.all(
    names.map((name) =>
      readPaged(table(name), pageSize, (n) => {
        progress.done += n;
        onProgress({ ...progress, total: Math.max(progress.total, progress.done) });
      }),
    ),
  );
  const result: Record<string, unknown> = { ...options.base };
  names.forEach((name, i) => {
    result[name] = read[i];
  });
  return result as ProgramData;
}
