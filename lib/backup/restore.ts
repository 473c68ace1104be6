/**
 * Restoring a backup: everything or nothing.
 *
 * 1. `parseBackupText` checks the file without touching the database: that it is JSON, that it is a
 *    Creator Desk backup, that its schema is not newer than this build's, that it has exactly the
 *    tables of its schema version, and every record of every table against its zod schema. Records
 *    of an older schema get what its migration would have given them (missing arrays → []).
 * 2. `restoreBackup` replaces the database with the checked records in ONE read-write transaction
 *    over every table (clear + bulkAdd): if any write fails, IndexedDB rolls the whole transaction
 *    back and the stored data stays exactly as it was.
 */
import type { Table } from 'dexie';
import { z } from 'zod';
import { backedUpTables, DERIVED_TABLES, type CreatorDeskDb } from '../db/database';
import { deferRollupUpkeep, rebuildRollupTables } from '../db/rollup-upkeep';
import { isQuotaExceeded } from '../db/quota';
import { BACKUP_FORMAT, currentSchemaVersion, MAX_BACKUP_BYTES, tablesOfSchemaVersion } from './format';
import { recordSchemaFor } from './schemas';

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

/** Lets the page paint and take input between slices of checking. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
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

/** Records written per `bulkAdd` inside the restore transaction (progress is reported between them). */
const RECORDS_PER_WRITE = 2_000;

function restoreFailureMessage(error: unknown): string {
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

/**
 * Replaces every table with the backup's records, all or nothing. Tables a backup from an older
 * schema did not have are emptied (the backup is the whole database as it was).
 */
export async function restoreBackup(db: CreatorDeskDb, backup: CheckedBackup, options: ProgressOptions = {}): Promise<RestoreOutcome> {
  const tables = backedUpTables(db) as Table<unknown, unknown>[];
  const derived = DERIVED_TABLES.map((name) => db.table(name));
  const foreign = Object.keys(backup.tables).filter((name) => !tables.some((table) => table.name === name));
  if (foreign.length > 0) return { ok: false, error: damagedBackupMessage(`it has tables this database does not have (${foreign.join(', ')})`) };
  let done = 0;
  try {
    await db.transaction('rw', [...tables, ...derived], async (tx) => {
      // The rollups are built once from the restored records, not kept record by record.
      deferRollupUpkeep(tx);
      for (const table of tables) {
        await table.clear();
        const records = backup.tables[table.name] ?? [];
        for (let start = 0; start < records.length; start += RECORDS_PER_WRITE) {
          const chunk = records.slice(start, start + RECORDS_PER_WRITE);
          await table.bulkAdd(chunk);
          done += chunk.length;
          options.onProgress?.(done, backup.total);
        }
      }
      await rebuildRollupTables(db);
    });
  } catch (error) {
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
