/**
 * Reads what the analytics need: the creators and their small tables (from their read copies), and
 * the rollups (lib/rollups) of the days the analysis can ask about, never every content piece and
 * order line. Spark Ads read the videos of their own window (the `postDate` index), as a separate
 * table group so the panel can show the Overview before them. Large reads go in steps with pauses.
 */
import Dexie, { type Table } from 'dexie';
import { isoDay, parseDay } from '../calendar/days';
import type { AnalysisHorizon } from '../analytics/lookback';
import type { ProgramData, SparkPieceInput, StoredRollups } from '../analytics/program-index-model';
import type { CreatorDeskDb } from '../db/database';
import type { ContentPiece } from '../model/entities';
import { lastPostDayOf } from '../rollups/apply';
import { PERIOD_DAYS, periodOfDay, type RollupRecord, type RollupTotals } from '../rollups/fields';
import { readRollupBlocks } from '../db/rollup-blocks';
import { readTableCopies } from '../db/table-copies';
import type { StoredOverviewData } from './opening-read';
import { rollupsOfStoredBlocks, tablesOfStoredCopies } from './stored-read';
import { nextTask } from '../tasks/next-task';

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
    await nextTask();
  }
  return all;
}

/**
 * What the analytics read, in groups: five plain tables (reported figures are few: read whole),
 * the rollups (cells, totals and the latest older post of creators with older history) and the
 * Spark Ads videos. Programs and settings are read live, separately.
 */
export const PROGRAM_TABLES = ['creators', 'snapshots', 'samples', 'collaborations', 'reported', 'rollups', 'spark'] as const;
export type ProgramTable = (typeof PROGRAM_TABLES)[number];
/** Everything but the Spark Ads videos: what the Overview needs. */
export const OVERVIEW_TABLES: readonly ProgramTable[] = PROGRAM_TABLES.filter((name) => name !== 'spark');

const PLAIN_TABLES = ['creators', 'snapshots', 'samples', 'collaborations', 'reported'] as const;
type PlainTable = (typeof PLAIN_TABLES)[number];
const isPlain = (name: ProgramTable): name is PlainTable => (PLAIN_TABLES as readonly string[]).includes(name);

export interface LoadOptions {
  /** Read only these groups (default: all of them)… */
  tables?: readonly ProgramTable[];
  /** …and take the others from here (the data loaded before). */
  base?: ProgramData;
  /** The days to read; default: all of history. */
  horizon?: AnalysisHorizon | null;
  /** What the opening read found stored (opening-read.ts): used instead of reading it again where it serves. */
  stored?: StoredOverviewData | PromiseLike<StoredOverviewData | null> | null;
}

const EMPTY_ROLLUPS: StoredRollups = { records: [], totals: [], fromDay: null, postsBefore: new Map(), sparkPieces: null };

/**
 * Creators with posts older than the records read (from `fromPeriod` on): the latest such post day.
 * Their content totals hold the latest post day of every period (`lastPostDays`, kept on write), so
 * no older record is read. Totals without them (written before they were kept; schema version 10
 * fills them in) are answered from the creator's older records, newest first.
 */
async function latestOlderPosts(db: CreatorDeskDb, totals: readonly RollupTotals[], fromPeriod: number): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  const unknown: string[] = [];
  for (const t of totals) {
    if (t.currency !== '' || t.datedPieces === 0) continue;
    if (!t.lastPostDays) {
      unknown.push(t.creatorKey);
      continue;
    }
    let latest = -Infinity;
    for (const period in t.lastPostDays) if (Number(period) < fromPeriod && t.lastPostDays[period]! > latest) latest = t.lastPostDays[period]!;
    if (latest !== -Infinity) result.set(t.creatorKey, latest);
  }
  await Promise.all(
    unknown.map(async (key) => {
      await db.rollups
        .where('[creatorKey+currency+period]')
        .between([key, '', Dexie.minKey], [key, '', fromPeriod])
        .reverse()
        .until(() => result.has(key))
        .each((record) => {
          const day = lastPostDayOf(record);
          if (day !== null && !result.has(key)) result.set(key, day);
        });
    }),
  );
  return result;
}

/** The most steps a stepped read takes; the rest (far-future dates, odd data) comes in its last one. */
const MAX_STEPS = 60;

/**
 * The records whose `index` value is `from` or more, read in steps of `step` (`key(n)` is the index
 * value of step n), up to the newest value stored, with a pause between steps. A few thousand
 * records per request: reads of the same database (the saved analysis of the next opening, a
 * capture) get their turn in between, and a panel closed meanwhile leaves no long read queued.
 */
async function readInSteps<T, Key, Insert>(
  table: Table<T, Key, Insert>,
  index: string,
  from: number,
  step: number,
  key: (n: number) => string | number,
  valueOf: (key: unknown) => number | null,
): Promise<T[]> {
  const newest = await table.orderBy(index).last();
  const last = newest === undefined ? null : valueOf(Dexie.getByKeyPath(newest as object, index));
  if (last === null) return table.where(index).aboveOrEqual(key(from)).toArray();
  const all: T[] = [];
  for (let n = from, steps = 1; n <= last; n += step, steps++) {
    const page =
      steps === MAX_STEPS ? await table.where(index).aboveOrEqual(key(n)).toArray() : await table.where(index).between(key(n), key(n + step), true, false).toArray();
    for (const record of page) all.push(record);
    if (steps === MAX_STEPS) break;
    await nextTask();
  }
  return all;
}

/** The records and totals one by one: a database without the blocks' read form yet (packed by the background). */
async function readRecords(db: CreatorDeskDb, fromPeriod: number | null): Promise<{ records: RollupRecord[]; totals: RollupTotals[] }> {
  const period = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : null);
  const [records, totals] = await Promise.all([
    fromPeriod === null ? db.rollups.toArray() : readInSteps(db.rollups, 'period', fromPeriod, 1, (n) => n, period),
    db.rollupTotals.toArray(),
  ]);
  return { records, totals };
}

async function readRollups(db: CreatorDeskDb, horizon: AnalysisHorizon | null, base: StoredRollups, stored: StoredOverviewData | null): Promise<StoredRollups> {
  const fromPeriod = horizon ? periodOfDay(horizon.fromDay) : null;
  const { records, totals } =
    (stored && fromPeriod !== null ? rollupsOfStoredBlocks(stored, fromPeriod) : null) ?? (await readRollupBlocks(db, fromPeriod)) ?? (await readRecords(db, fromPeriod));
  const postsBefore = fromPeriod === null ? new Map<string, number>() : await latestOlderPosts(db, totals, fromPeriod);
  // Whole periods are read: the cells start at the first day of the horizon's period.
  return { ...base, records, totals, postsBefore, fromDay: fromPeriod === null ? null : fromPeriod * PERIOD_DAYS };
}

/** Days of posts per step of the Spark Ads read (a few thousand pieces). */
const SPARK_DAYS_PER_STEP = 7;

/**
 * The videos posted from `sparkFromDay` (the `postDate` index, a week per step) with the stored
 * orders naming them.
 */
async function readSparkPieces(db: CreatorDeskDb, horizon: AnalysisHorizon | null): Promise<SparkPieceInput[]> {
  const pieces: ContentPiece[] = horizon
    ? await readInSteps(db.content, 'postDate', horizon.sparkFromDay, SPARK_DAYS_PER_STEP, isoDay, (value) => (typeof value === 'string' ? parseDay(value) : null))
    : await db.content.toArray();
  const videos = pieces.filter((piece) => piece.type === 'video');
  const links = await db.contentLinks.bulkGet(videos.map((piece) => piece.key));
  return videos.map((piece, i) => ({ piece, links: links[i] }));
}

async function copiedTables(db: CreatorDeskDb, plain: readonly PlainTable[]): Promise<unknown[][]> {
  const copies = await readTableCopies(db, plain);
  return plain.map((name) => copies.get(name) ?? []);
}

/**
 * The plain tables: from their read copies (lib/db/table-copies.ts: a record per table and the
 * records written since it was packed, in one transaction), or, in a database without them, in
 * keyset pages counted first. Progress: nothing read, then all of it (the copies come in one read).
 */
async function readPlainTables(
  db: CreatorDeskDb,
  plain: readonly PlainTable[],
  pageSize: number,
  onProgress: (p: LoadProgress) => void,
  stored: StoredOverviewData | null,
): Promise<unknown[][]> {
  if (plain.length === 0) {
    onProgress({ done: 0, total: 0 });
    return [];
  }
  if (db.tables.some((table) => table.name === 'tableCopies')) {
    const read = (stored ? tablesOfStoredCopies(stored, plain) : null) ?? (await copiedTables(db, plain));
    const total = read.reduce((sum, records) => sum + records.length, 0);
    onProgress({ done: 0, total });
    onProgress({ done: total, total });
    return read;
  }
  const counts = await Promise.all(plain.map((name) => db.table(name).count()));
  const progress: LoadProgress = { done: 0, total: counts.reduce((a, b) => a + b, 0) };
  onProgress({ ...progress });
  const report = (n: number) => {
    progress.done += n;
    onProgress({ ...progress, total: Math.max(progress.total, progress.done) });
  };
  return Promise.all(plain.map((name) => readPaged(db.table(name) as Table<unknown, unknown>, pageSize, report)));
}

/** `stored`, unless the database's schema was upgraded since it was read (or the database does not open). */
async function storedIfCurrent(db: CreatorDeskDb, stored: StoredOverviewData): Promise<StoredOverviewData | null> {
  try {
    await db.open();
    return db.backendDB().version === stored.version ? stored : null;
  } catch {
    return null;
  }
}

/** The stored data the analytics read (see the top of the file). */
export async function loadProgramData(
  db: CreatorDeskDb,
  onProgress: (p: LoadProgress) => void,
  pageSize: number = PAGE_SIZE,
  options: LoadOptions = {},
): Promise<ProgramData> {
  const names = options.tables ?? PROGRAM_TABLES;
  const horizon = options.horizon ?? null;
  const plain = names.filter(isPlain);
  const baseRollups = options.base?.rollups ?? EMPTY_ROLLUPS;
  const found = options.stored ? await options.stored : null;
  const stored = found ? await storedIfCurrent(db, found) : null;
  const [read, rollups, sparkPieces] = await Promise.all([
    readPlainTables(db, plain, pageSize, onProgress, stored),
    names.includes('rollups') ? readRollups(db, horizon, baseRollups, stored) : baseRollups,
    names.includes('spark') ? readSparkPieces(db, horizon) : baseRollups.sparkPieces,
  ]);
  const result: Record<string, unknown> = { ...options.base };
  plain.forEach((name, i) => {
    result[name] = read[i];
  });
  result.rollups = { ...rollups, sparkPieces } satisfies StoredRollups;
  return result as ProgramData;
}
