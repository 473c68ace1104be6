/**
 * The backup file: one JSON document holding every table of the database.
 *
 * ```json
 * { "format": "creator-desk-backup", "schemaVersion": 2, "exportedAt": "2026-11-20T22:57:04.000Z",
 *   "counts": { "creators": 5000, … }, "tables": { "creators": [ … ], "content": [ … ], … } }
 * ```
 * `schemaVersion` is the database schema the records follow (`SCHEMA_VERSIONS` in lib/db): a file
 * from an older schema is upgraded on restore; one from a newer schema is refused.
 */
import { CURRENT_SCHEMA_VERSION, NOT_BACKED_UP_TABLES, SCHEMA_VERSIONS } from '../db/database';
import { localDay } from '../calendar/days';

export const BACKUP_FORMAT = 'creator-desk-backup';
export const BACKUP_MIME_TYPE = 'application/json';
/** Larger than any real database of a seller; beyond this the file is not read at all. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  /** ISO 8601 time the backup was made. */
  exportedAt: string;
  /** Records per table, for a summary before restoring. */
  counts: Record<string, number>;
}

export interface BackupData extends BackupHeader {
  tables: Record<string, unknown[]>;
}

/** The newest schema version this build knows. */
export function currentSchemaVersion(): number {
  return CURRENT_SCHEMA_VERSION;
}

/** The tables a database of schema `version` has (a table is dropped by a `null` store spec). */
export function tablesOfSchemaVersion(version: number): string[] {
  const tables = new Set<string>();
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > version) break;
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null || NOT_BACKED_UP_TABLES.includes(name)) tables.delete(name);
      else tables.add(name);
    }
  }
  return [...tables];
}

/** `creator-desk-backup-YYYY-MM-DD.json`, the seller's local calendar day. */
export function backupFileName(at: number): string {
  return `${BACKUP_FORMAT}-${localDay(at)}.json`;
}
