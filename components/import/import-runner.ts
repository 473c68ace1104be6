/**
 * One import, start to end: read the file, check its rows, store them in short batches with
 * progress, and say what happened. Nothing is stored unless the whole file was read as an export.
 * The side panel runs it in the import worker (import-in-worker.ts), off the panel's thread.
 */
import { recentCaptureLog } from '../../lib/db/capture-log';
import type { CreatorDeskDb } from '../../lib/db/database';
import { type ImportedRows, ImportStoreError, storeImportedRows } from '../../lib/db/store-import';
import { isQuotaExceeded } from '../../lib/db/quota';
import { mergeRejections, rejectedTotal } from '../../lib/db/store-result';
import type { ImportOutcome } from '../../lib/import/import-file';
import { FILE_ERROR } from '../../lib/import/messages';
import { nextTask } from '../../lib/tasks/next-task';
import { charsetOf } from '../../lib/import/text-encoding';
import {
  ImportResultEnvelopeSchema,
  type ImportFileOutcome,
  type ImportProgress,
  type ImportRequest,
  type ImportResultEnvelope,
  parseImportedRows,
} from '../../lib/messages/import-worker';

export type { ImportFileOutcome, ImportProgress, ImportSummary } from '../../lib/messages/import-worker';

export type ImportPhase = ImportProgress['phase'];

/** Share of the bar each phase fills: reading the file is most of the work for a large .xlsx. */
const PHASES: Record<ImportPhase, [from: number, to: number]> = {
  reading: [0, 55],
  checking: [55, 62],
  saving: [62, 100],
};

/** Reads the file's bytes into rows (tests give their own). */
export type ExportFileReader = (request: ImportRequest, onProgress: (done: number, total: number) => void) => Promise<ImportOutcome | { error: string }>;

export const WORKER_FAILED = 'The import stopped unexpectedly while reading the file. Nothing was imported; try again.';
export const WORKER_STOPPED =
  'The import stopped unexpectedly. Rows saved before it stopped are kept: import the file again to save the rest (rows already saved are merged, not doubled).';
export const SAVE_FAILED_FULL = "The rows could not be saved: your browser's storage is full. Nothing was imported.";
export const SAVE_FAILED = "The rows could not be saved: the browser's database refused the write. Nothing was imported.";

/** A write failed part-way: the rows saved before it stay (imports are stored in batches). */
export function partialSaveMessage(error: ImportStoreError): string {
  if (error.savedRows === 0) return isQuotaExceeded(error.failure) ? SAVE_FAILED_FULL : SAVE_FAILED;
  const why = isQuotaExceeded(error.failure) ? "your browser's storage is full" : "the browser's database refused the write";
  return (
    `Only ${error.savedRows.toLocaleString('en-US')} of ${error.total.toLocaleString('en-US')} rows were saved: ${why}. ` +
    'Import the file again to save the rest; rows already saved are merged, not doubled. Nothing was changed beyond those rows.'
  );
}

/** Reads the file in this thread (the import worker runs the whole import, reading included). */
export async function readInThisThread(request: ImportRequest, onProgress: (done: number, total: number) => void): Promise<ImportOutcome> {
  const { importExportFile } = await import('../../lib/import/import-file');
  return importExportFile(
    { name: request.name, data: request.data },
    { ...(request.region ? { region: request.region } : {}), ...(request.charset ? { charset: request.charset } : {}), onProgress },
  );
}

/** The shop region of the latest capture that had one (decides decimal commas and day/month order). */
export async function latestCaptureRegion(db: CreatorDeskDb): Promise<string | undefined> {
  return (await recentCaptureLog(db)).find((entry) => entry.region)?.region;
}

export interface ImportFileOptions {
  region?: string;
  /** The file's encoding as its MIME type declares it (else read from `file.type`). */
  charset?: string;
  now?: number;
  onProgress?: (progress: ImportProgress) => void;
  read?: ExportFileReader;
}

/** Imports one export file into the database. Never throws. */
export async function importFileIntoDb(
  db: CreatorDeskDb,
  file: { name: string; size: number; type?: string; arrayBuffer(): Promise<ArrayBuffer> },
  options: ImportFileOptions = {},
): Promise<ImportFileOutcome> {
  const fileName = file.name;
  const fail = (error: string): ImportFileOutcome => ({ ok: false, fileName, error });
  const report = (phase: ImportPhase, fraction: number, rows?: { done: number; total: number }) => {
    const [from, to] = PHASES[phase];
    const bounded = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
    options.onProgress?.({ phase, percent: Math.round(from + (to - from) * bounded), ...(rows ? { rows } : {}) });
  };

  // What the file is, is decided by its bytes and headers, never by its name.
  if (file.size === 0) return fail(FILE_ERROR.empty);

  report('reading', 0);
  let outcome: ImportOutcome | { error: string };
  try {
    const data = await file.arrayBuffer();
    const region = options.region ?? (await latestCaptureRegion(db).catch(() => undefined));
    const charset = options.charset ?? charsetOf(file.type);
    const request: ImportRequest = { type: 'import', name: fileName, data, ...(region ? { region } : {}), ...(charset ? { charset } : {}) };
    outcome = await (options.read ?? readInThisThread)(request, (done, total) =>
      report('reading', total > 0 ? done / total : 0),
    );
  } catch {
    return fail(FILE_ERROR.unreadable);
  }
  if ('error' in outcome) return fail(outcome.error);

  const envelope = ImportResultEnvelopeSchema.safeParse(outcome);
  if (!envelope.success) return fail(WORKER_FAILED);
  const result: ImportResultEnvelope = envelope.data;

  report('checking', 0);
  const checked = await parseImportedRows(result.kind, result.rows, (done, total) => report('checking', total > 0 ? done / total : 1), nextTask);
  const imported = { kind: result.kind, rows: checked.rows } as ImportedRows;

  let stored;
  try {
    stored = await storeImportedRows(db, imported, {
      now: options.now ?? Date.now(),
      ...(result.period ? { period: result.period } : {}),
      onProgress: (done, total) => report('saving', total > 0 ? done / total : 1, { done, total }),
    });
  } catch (error) {
    if (error instanceof ImportStoreError) return fail(partialSaveMessage(error));
    return fail(isQuotaExceeded(error) ? SAVE_FAILED_FULL : SAVE_FAILED);
  }

  const rejected = mergeRejections(result.rejected, checked.rejected, stored.rejected).sort((a, b) => b.count - a.count);
  return {
    ok: true,
    summary: {
      fileName,
      kind: result.kind,
      format: result.format,
      rowsRead: result.rowsRead,
      ...(result.period ? { period: result.period } : {}),
      combinedInFile: result.merged,
      created: stored.created,
      merged: stored.updated + stored.unchanged,
      updated: stored.updated,
      creatorsCreated: stored.creatorsCreated,
      rejected,
      rejectedTotal: rejectedTotal(rejected),
      ...(result.text ? { text: result.text } : {}),
      rejectedRows: result.rejectedRows,
    },
  };
}
