/**
 * Restoring a backup: everything or nothing.
 *
 * 1. `parseBackupText` checks the file without touching the database: that it is JSON, that it is a
 *    Creator Desk backup, that its schema is not newer than this build's, that it has exactly the
 *    tables of its schema version, and every record of every table against its zod schema. Records
 *    of an older schema get what its migration would have given them (missing arrays → []).
 * 2. `restoreBackup` writes the checked records into a fresh staging database, a few thousand per
 *    transaction, and the background swaps it in (lib/db/database-host.ts). Captures keep landing in
 *    the live database meanwhile and are re-applied to the staging one before the swap; if anything
 *    fails, the staging database is deleted and the stored data stays exactly as it was.
 */
import type { IndexableType, Table } from 'dexie';
import { z } from 'zod';
import { baseNameOf, newStagingName } from '../db/active-database';
import { backedUpTables, type CreatorDeskDb } from '../db/database';
import { RestoreNotRunningError, type DatabaseHost, type RestoreSwitch } from '../db/database-host';
import { deferRollupUpkeep } from '../db/rollup-upkeep';
import type { ContentPiece } from '../model/entities';
import type { AffiliateOrder } from '../model/program';
import { buildRollups } from '../rollups/apply';
import { packAll } from '../rollups/blocks';
import { isQuotaExceeded } from '../db/quota';
import { BACKUP_FORMAT, currentSchemaVersion, MAX_BACKUP_BYTES, tablesOfSchemaVersion } from './format';
import { recordSchemaFor } from './schemas';
import { nextTask } from '../tasks/next-task';

export const NOTHING_CHANGED = 'Nothing was changed.';

export const BACKUP_ERROR = {
  empty: `This file is empty, so it is not a Creator Desk backup. ${NOTHING_CHANGED}`,
  tooLarge: `This file is too large to be a Creator Desk backup (the limit is 1 GB). ${NOTHING_CHANGED}`,
  notJson: `This file is not a Creator Desk backup: backups are .json files made with "Download backup". ${NOTHING_CHANGED}`,
  truncated: `This backup file is damaged or incomplete (its JSON text is cut short or altered). ${NOTHING_CHANGED}`,
  notBackup: `This file is not a Creator Desk backup: it is JSON, but not a file made with "Download backup". ${NOTHING_CHANGED}`,
} as const;

export function newerBackupMessage(fileVersion: number, supported: number): string {
  return (
    `This backup was made by a newer version of Creator Desk (database version ${fileVersion}; this version reads ` +
    `up to ${supported}). Update the extension, then restore the backup. ${NOTHING_CHANGED}`
  );
}

export function damagedBackupMessage(detail: string): string {
  return `This backup is damaged: ${detail}. ${NOTHING_CHANGED}`;
}

/** A backup whose every record passed its table's schema, ready to restore. */
export interface CheckedBackup {
  schemaVersion: number;
  exportedAt: number;
  /** Checked records by table (only tables the file's schema version has). */
  tables: Record<string, unknown[]>;
  counts: Record<string, number>;
  total: number;
}

export type BackupCheck = { ok: true; backup: CheckedBackup } | { ok: false; error: string };
export type RestoreOutcome = { ok: true; counts: Record<string, number>; total: number } | { ok: false; error: string };

export interface ProgressOptions {
  /** `done` of `total` records checked or written. */
  onProgress?: (done: number, total: number) => void;
}

const HeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.int().min(1),
  exportedAt: z.string().refine((text) => Number.isFinite(Date.parse(text)), 'expected a date and time'),
  tables: z.record(z.string(), z.array(z.unknown())),
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SLICE_MS = 16;
const RECORDS_PER_CLOCK_CHECK = 500;

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Checks a backup file's text; changes nothing. Never throws. */
export async function parseBackupText(
  text: string,
  options: ProgressOptions & { supportedVersion?: number } = {},
): Promise<BackupCheck> {
  const supported = options.supportedVersion ?? currentSchemaVersion();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: BACKUP_ERROR.empty };

  let json: unknown;
  try {
    // No reviver (it would cost seconds on a large backup): JSON.parse only ever makes own data
    // properties, and the record schemas build fresh objects that leave `__proto__` keys out.
    json = JSON.parse(body);
  } catch {
    // Starts like a JSON object: most likely a backup cut short (an interrupted download or copy).
    return { ok: false, error: /^\s*\{\s*"/.test(body) ? BACKUP_ERROR.truncated : BACKUP_ERROR.notJson };
  }
  if (!isPlainObject(json) || json.format !== BACKUP_FORMAT) return { ok: false, error: BACKUP_ERROR.notBackup };
  if (typeof json.schemaVersion === 'number' && Number.isInteger(json.schemaVersion) && json.schemaVersion > supported) {
    return { ok: false, error: newerBackupMessage(json.schemaVersion, supported) };
  }
  const header = HeaderSchema.safeParse(json);
  if (!header.success) return { ok: false, error: damagedBackupMessage(`the file's ${issueText(header.error)}`) };

  const { schemaVersion, tables } = header.data;
  const expected = tablesOfSchemaVersion(schemaVersion);
  const missing = expected.filter((name) => !(name in tables));
  if (missing.length > 0) return { ok: false, error: damagedBackupMessage(`the ${missing.join(', ')} table${missing.length > 1 ? 's are' : ' is'} missing`) };
  const unknown = Object.keys(tables).filter((name) => !expected.includes(name));
  if (unknown.length > 0) return { ok: false, error: damagedBackupMessage(`it has tables Creator Desk does not know (${unknown.slice(0, 5).join(', ')})`) };

  const total = expected.reduce((sum, name) => sum + (tables[name]?.length ?? 0), 0);
  const checked: Record<string, unknown[]> = {};
  const counts: Record<string, number> = {};
  let done = 0;
  let sliceStart = performance.now();
  options.onProgress?.(0, total);
  for (const name of expected) {
    const schema = recordSchemaFor(name);
    const records = tables[name] ?? [];
    const valid: unknown[] = new Array(records.length);
    for (let index = 0; index < records.length; index += 1) {
      const parsed = schema.safeParse(records[index]);
      if (!parsed.success) {
        return { ok: false, error: damagedBackupMessage(`${name} record ${index + 1} — ${issueText(parsed.error)}`) };
      }
      valid[index] = parsed.data;
      done += 1;
      if (done % RECORDS_PER_CLOCK_CHECK === 0 && performance.now() - sliceStart > SLICE_MS) {
        options.onProgress?.(done, total);
        await nextTask();
        sliceStart = performance.now();
      }
    }
    checked[name] = valid;
    counts[name] = valid.length;
  }
  options.onProgress?.(total, total);
  return { ok: true, backup: { schemaVersion, exportedAt: Date.parse(header.data.exportedAt), tables: checked, counts, total } };
}

/** Records written per transaction into the staging database (progress is reported between them). */
const RECORDS_PER_WRITE = 1_000;
/** Keys read per transaction from the live database (short reads: captures never wait long). */
const KEYS_PER_READ = 5_000;

function restoreFailureMessage(error: unknown): string {
  if (error instanceof RestoreNotRunningError) return `The backup could not be restored: ${error.message} ${NOTHING_CHANGED}`;
  if (isQuotaExceeded(error)) {
    return `The backup could not be restored: your browser's storage is full. ${NOTHING_CHANGED}`;
  }
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { inner?: { name?: unknown }; failures?: { name?: unknown }[] } | null) ?? {};
  const names = [name, inner.inner?.name, ...(inner.failures ?? []).map((failure) => failure?.name)];
  if (names.includes('ConstraintError') || name === 'BulkError') {
    return damagedBackupMessage('the same record is listed twice');
  }
  return `The backup could not be restored: the browser's database refused the write. ${NOTHING_CHANGED}`;
}

/** Where a restore goes: the database in use, the background's side of the swap, the staging opener. */
export interface RestoreTarget {
  /** The database in use: its schema decides the tables. It is read (keys only), never written. */
  live: CreatorDeskDb;
  restore: RestoreSwitch;
  /** Opens the staging database with the middleware the live one has (the team outbox). */
  openStaging(name: string): CreatorDeskDb;
  /**
   * Team sharing is on: every record of the live database is noted as removed in the staging one
   * (through its outbox), so records the backup does not have are deleted for the team too.
   */
  noteRemovals?: boolean;
}

/** A restore run where the database host lives (benches, tests): no messages to another context. */
export function localRestoreTarget(host: DatabaseHost, noteRemovals = false): RestoreTarget {
  return { live: host.current(), restore: host, openStaging: (name) => host.open(name), noteRemovals };
}

/** Every primary key of `table`, a few thousand per (short) read-only transaction. */
async function* keysOf(table: Table<unknown, IndexableType>): AsyncGenerator<IndexableType[]> {
  let last: IndexableType | undefined;
  for (;;) {
    const range = last === undefined ? table.toCollection() : table.where(':id').above(last);
    const keys = await range.limit(KEYS_PER_READ).primaryKeys();
    if (keys.length === 0) return;
    yield keys;
    last = keys[keys.length - 1];
  }
}

async function fillStaging(target: RestoreTarget, staging: CreatorDeskDb, backup: CheckedBackup, options: ProgressOptions): Promise<void> {
  const tables = backedUpTables(target.live);
  let done = 0;
  for (const { name } of tables) {
    const table = staging.table(name);
    if (target.noteRemovals) {
      for await (const keys of keysOf(target.live.table(name))) {
        await staging.transaction('rw', table, async (tx) => {
          deferRollupUpkeep(tx);
          await table.bulkDelete(keys);
        });
      }
    }
    const records = backup.tables[name] ?? [];
    for (let start = 0; start < records.length; start += RECORDS_PER_WRITE) {
      const chunk = records.slice(start, start + RECORDS_PER_WRITE);
      await staging.transaction('rw', table, async (tx) => {
        // The rollups are built once from all the restored records, not kept chunk by chunk.
        deferRollupUpkeep(tx);
        await table.bulkAdd(chunk);
      });
      done += chunk.length;
      options.onProgress?.(done, backup.total);
      await target.restore.alive(staging.name);
    }
  }
  await writeRollups(target, staging, backup);
}

/**
 * The rollups of the restored pieces and order lines, built in memory from the backup's records and
 * written a chunk per transaction: one transaction rewriting every rollup (or reading back every
 * record) would hold the browser's database work for seconds, captures to the live database too.
 */
async function writeRollups(target: RestoreTarget, staging: CreatorDeskDb, backup: CheckedBackup): Promise<void> {
  const state = buildRollups((backup.tables.content ?? []) as ContentPiece[], (backup.tables.orders ?? []) as AffiliateOrder[]);
  const tables: [string, readonly unknown[]][] = [
    ['rollups', state.rollups],
    ['rollupTotals', state.totals],
    ['rollupOrderIds', state.orderIds],
    ['contentLinks', state.links],
    ['rollupBlocks', packAll(state.rollups, state.totals)],
  ];
  for (const [name, records] of tables) {
    const table = staging.table(name);
    for (let start = 0; start < records.length; start += RECORDS_PER_WRITE) {
      await staging.transaction('rw', table, () => table.bulkPut(records.slice(start, start + RECORDS_PER_WRITE)));
      await target.restore.alive(staging.name);
    }
  }
}

/**
 * Replaces the database with the backup's records, all or nothing, without making captures wait:
 * the records go into a fresh staging database, a few thousand per transaction; then the background
 * re-applies the captures that arrived meanwhile and makes the staging database the active one in a
 * single write (lib/db/database-host.ts). On any failure the staging database is deleted and the
 * live one is as it was. Tables a backup from an older schema did not have stay empty (the backup
 * is the whole database as it was).
 */
export async function restoreBackup(target: RestoreTarget, backup: CheckedBackup, options: ProgressOptions = {}): Promise<RestoreOutcome> {
  const tables = backedUpTables(target.live);
  const foreign = Object.keys(backup.tables).filter((name) => !tables.some((table) => table.name === name));
  if (foreign.length > 0) return { ok: false, error: damagedBackupMessage(`it has tables this database does not have (${foreign.join(', ')})`) };
  const name = newStagingName(baseNameOf(target.live.name));
  let staging: CreatorDeskDb | undefined;
  try {
    await target.restore.begin(name);
    staging = target.openStaging(name);
    await fillStaging(target, staging, backup, options);
    staging.close();
    await target.restore.finish(name);
  } catch (error) {
    staging?.close();
    await target.restore.abort(name).catch(() => undefined);
    return { ok: false, error: restoreFailureMessage(error) };
  }
  return { ok: true, counts: backup.counts, total: backup.total };
}

/** The size check made before a file is read at all. */
export function backupSizeError(bytes: number): string | null {
  if (bytes === 0) return BACKUP_ERROR.empty;
  if (bytes > MAX_BACKUP_BYTES) return BACKUP_ERROR.tooLarge;
  return null;
}
