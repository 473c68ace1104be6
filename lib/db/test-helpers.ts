/** Shared fixtures for lib/db and lib/background-capture tests (not imported by production code). */
import type { ExactQuantity, RangeQuantity } from '../parse/quantity';
import { type CreatorDeskDb, openCreatorDeskDb } from './database';
import { baseNameOf } from './active-database';
import { createDatabaseHost, type DatabaseHost, type DatabaseHostDeps } from './database-host';

let counter = 0;

/** A database with a name no other test uses; delete it in afterEach. */
export function freshDb(): CreatorDeskDb {
  counter += 1;
  return openCreatorDeskDb(`test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/**
 * Gives every test of the calling file its own fresh database, deleted after the test. Call it at the
 * top level of the file (it registers beforeEach/afterEach there, ahead of the file's own hooks) and
 * read the current test's database through the returned getter.
 */
export function freshDbPerTest(): () => CreatorDeskDb {
  let db: CreatorDeskDb | undefined;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db?.delete();
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('freshDbPerTest: the database exists only while a test runs');
    return db;
  };
}

export function exact(value: number, raw = String(value), unit?: ExactQuantity['unit']): ExactQuantity {
  return unit ? { kind: 'exact', value, unit, raw } : { kind: 'exact', value, raw };
}

export function range(min: number | null, max: number | null, raw: string, unit?: RangeQuantity['unit']): RangeQuantity {
  return unit ? { kind: 'range', min, max, unit, raw } : { kind: 'range', min, max, raw };
}

/** Epoch ms of a LOCAL wall-clock time (snapshot days follow the local calendar). */
export function localTime(year: number, month: number, day: number, hour = 12, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/**
 * A database host (database-host.ts) whose active database is `db`, as the background would hold it;
 * `replay` re-applies a journaled capture. Restores through it swap in a new database: read
 * `host.current()` afterwards.
 */
export function hostOver(db: CreatorDeskDb, replay: DatabaseHostDeps['replay'] = async () => undefined): DatabaseHost {
  return createDatabaseHost({ base: baseNameOf(db.name), open: (name) => (name === db.name ? db : openCreatorDeskDb(name)), replay });
}
