/**
 * The demo program as a Creator Desk backup file: the seller's sixteen weeks so far, restored
 * through the Data view like any backup (checked record by record, all or nothing).
 * Written at schema version 2 (the tables this generator fills), so newer builds upgrade it on
 * restore exactly as they upgrade a seller's older backup.
 */
import { BACKUP_FORMAT, tablesOfSchemaVersion } from '../../../lib/backup/format';
import type { DemoTables } from './program';

export const DEMO_BACKUP_SCHEMA_VERSION = 2;

export function demoBackupText(tables: DemoTables, exportedAt: number): string {
  const expected = tablesOfSchemaVersion(DEMO_BACKUP_SCHEMA_VERSION).sort();
  const given = Object.keys(tables).sort();
  if (expected.join() !== given.join()) throw new Error(`demo backup tables ${given.join()} ≠ schema ${DEMO_BACKUP_SCHEMA_VERSION}'s ${expected.join()}`);
  const counts = Object.fromEntries(Object.entries(tables).map(([name, records]) => [name, records.length]));
  return JSON.stringify({
    format: BACKUP_FORMAT,
    schemaVersion: DEMO_BACKUP_SCHEMA_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    counts,
    tables,
  });
}
