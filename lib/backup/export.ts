/**
 * Making a backup: every table read in one read-only transaction (a consistent picture even while
 * captures arrive), written as one JSON file. The JSON is produced in chunks handed to a `Blob`, so
 * a database of hundreds of thousands of records never needs one giant string.
 */
import { backedUpTables, type CreatorDeskDb } from '../db/database';
import { BACKUP_FORMAT, BACKUP_MIME_TYPE, backupFileName, type BackupData, type BackupHeader } from './format';
import { nextTask } from '../tasks/next-task';

/** Records serialised per chunk: big enough to be fast, small enough to stay cheap in memory. */
const RECORDS_PER_CHUNK = 2_000;

/** Every table's records, in storage order, with the header describing them. */
export async function readBackup(db: CreatorDeskDb, now: number = Date.now()): Promise<BackupData> {
  const tables = backedUpTables(db);
  const contents = await db.transaction('r', tables, () => Promise.all(tables.map((table) => table.toArray())));
  const data: Record<string, unknown[]> = {};
  const counts: Record<string, number> = {};
  tables.forEach((table, index) => {
    const records = contents[index] ?? [];
    data[table.name] = records;
    counts[table.name] = records.length;
  });
  return { format: BACKUP_FORMAT, schemaVersion: db.verno, exportedAt: new Date(now).toISOString(), counts, tables: data };
}

/** The backup as JSON text in pieces, one at a time; joined, they are exactly one JSON document. */
export function* backupJsonChunks(backup: BackupData): Generator<string> {
  const header: BackupHeader = {
    format: backup.format,
    schemaVersion: backup.schemaVersion,
    exportedAt: backup.exportedAt,
    counts: backup.counts,
  };
  const headerJson = JSON.stringify(header);
  yield `${headerJson.slice(0, -1)},"tables":{`;
  let tableIndex = 0;
  for (const [name, records] of Object.entries(backup.tables)) {
    yield `${tableIndex > 0 ? ',' : ''}${JSON.stringify(name)}:[`;
    for (let start = 0; start < records.length; start += RECORDS_PER_CHUNK) {
      const chunk = JSON.stringify(records.slice(start, start + RECORDS_PER_CHUNK));
      yield `${start > 0 ? ',' : ''}${chunk.slice(1, -1)}`;
    }
    yield ']';
    tableIndex += 1;
  }
  yield '}}';
}

export function backupJsonParts(backup: BackupData): string[] {
  return [...backupJsonChunks(backup)];
}

export interface BackupFile {
  fileName: string;
  blob: Blob;
  counts: Record<string, number>;
  /** Records in all tables. */
  total: number;
}

/** The whole database as a downloadable file, `creator-desk-backup-YYYY-MM-DD.json`. */
export async function createBackupFile(db: CreatorDeskDb, now: number = Date.now()): Promise<BackupFile> {
  const backup = await readBackup(db, now);
  const parts: string[] = [];
  let sliceStart = performance.now();
  for (const part of backupJsonChunks(backup)) {
    parts.push(part);
    if (performance.now() - sliceStart > 16) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
  const blob = new Blob(parts, { type: BACKUP_MIME_TYPE });
  const total = Object.values(backup.counts).reduce((sum, count) => sum + count, 0);
  return { fileName: backupFileName(now), blob, counts: backup.counts, total };
}
