/**
 * Backup and restore of the whole database as one JSON file. Framework-free: the side panel's
 * `BackupPanel` downloads the file and hands a chosen file's text back to `parseBackupText`.
 */
export { BACKUP_FORMAT, MAX_BACKUP_BYTES, backupFileName, currentSchemaVersion, tablesOfSchemaVersion } from './format';
export type { BackupData, BackupHeader } from './format';
export { backupJsonChunks, backupJsonParts, createBackupFile, readBackup } from './export';
export type { BackupFile } from './export';
export {
  BACKUP_ERROR,
  NOTHING_CHANGED,
  backupSizeError,
  damagedBackupMessage,
  newerBackupMessage,
  localRestoreTarget,
  parseBackupText,
  restoreBackup,
} from './restore';
export type { BackupCheck, CheckedBackup, RestoreOutcome, RestoreTarget } from './restore';
export { RECORD_SCHEMAS, recordSchemaFor } from './schemas';
