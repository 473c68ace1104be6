/**
 * One import, start to end: read the file in the import worker (off the panel's thread), check the
 * rows it sends back, store them in short batches with progress, and say what happened.
 * Nothing is stored unless the whole file was read as an export.
 */
import { recentCaptureLog } from '../../lib/db/capture-log';
import type { CreatorDeskDb } from '../../lib/db/database';
import { type ImportedRows, type ImportKind, ImportStoreError, storeImportedRows } from '../../lib/db/store-import';
import { isQuotaExceeded } from '../../lib/db/quota';
import { mergeRejections, rejectedTotal } from '../../lib/db/store-result';
import type { ImportOutcome } from '../../lib/import/import-file';
import { FILE_ERROR } from '../../lib/import/messages';
import { charsetOf } from '../../lib/import/text-encoding';
import {
  ImportResultEnvelopeSchema,
  type ImportRequest,
  type ImportResultEnvelope,
  parseImportedRows,
  parseImportWorkerMessage,
} from '../../lib/messages/import-worker';
import type { RejectedCount, RejectedRow } from '../../lib/model/entities';

export type ImportPhase = 'reading' | 'checking' | 'saving';

export interface ImportProgress {
  phase: ImportPhase;
  /** 0–100 over the whole import. */
  percent: number;
  /** Rows stored so far and of how many, while saving. */
  rows?: { done: number; total: number };
}

/** Share of the bar each phase fills: reading the file is most of the work for a large .xlsx. */
const PHASES: Record<ImportPhase, [from: number, to: number]> = {
  reading: [0, 55],
  checking: [55, 62],
  saving: [62, 100],
};

export interface ImportSummary {
  fileName: string;
  kind: ImportKind;
  format: 'xlsx' | 'csv';
  /** Data rows in the file. */
  rowsRead: number;
  /** Rows folded into another row of the same file (a video's per-product rows, repeated lines). */
  combinedInFile: number;
  /** New records. */
  created: number;
  /** Rows merged into records already stored (changed or not). */
  merged: number;
  /** Of `merged`, records the file changed. */
  updated: number;
  /** Creators first seen through a video or order file. */
  creatorsCreated: number;
  rejected: RejectedCount[];
  rejectedTotal: number;
  /** The period the file states for its figures, when it states one. */
  period?: { from: string; to: string };
  /** CSV: how its bytes were read, and characters that could not be (shown as �). */
  text?: ImportResultEnvelope['text'];
  /** The rows the file reader left out, one by one (row number, value, reason). */
  rejectedRows: RejectedRow[];
}

export type ImportFileOutcome = { ok: true; summary: ImportSummary } | { ok: false; fileName: string; error: string };

/** Reads the file's bytes into rows; the default uses the import worker. */
export type ExportFileReader = (request: ImportRequest, onProgress: (done: number, total: number) => void) => Promise<ImportOutcome | { error: string }>;

export const WORKER_FAILED = 'The import stopped unexpectedly while reading the file. Nothing was imported; try again.';
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

const WORKER_URL = '/import-worker.js';

/** In-thread reading, where there is no worker (tests) or the worker could not start. */
async function readInThisThread(request: ImportRequest, onProgress: (done: number, total: number) => void): Promise<ImportOutcome> {
  const { importExportFile } = await import('../../lib/import/import-file');
  return importExportFile(
    { name: request.name, data: request.data },
    { ...(request.region ? { region: request.region } : {}), ...(request.charset ? { charset: request.charset } : {}), onProgress },
  );
}

/** Reads the file in the extension's import worker; falls back to this thread if the worker cannot start. */
export const readInWorker: ExportFileReader = (request, onProgress) => {
  if (typeof Worker === 'undefined') return readInThisThread(request, onProgress);
  const copy = request.data.slice(0); // the original stays usable for the fallback
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_URL);
    } catch {
      resolve(readInThisThread(request, onProgress));
      return;
    }
    let started = false;
    const rows: unknown[] = [];
    const finish = (outcome: Promise<ImportOutcome | { error: string }> | ImportOutcome | { error: string }) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      started = true;
      const parsed = parseImportWorkerMessage(event.data);
      if (!parsed.ok) return finish({ error: WORKER_FAILED });
      const message = parsed.message;
      if (message.type === 'progress') onProgress(message.done, message.total);
      else if (message.type === 'rows') for (const row of message.rows) rows.push(row);
      else if ('error' in message.outcome) finish(message.outcome);
      else finish({ ...message.outcome, rows } as ImportOutcome);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      // Not even started (script missing or refused): read here instead. Crashed mid-way: say so.
      finish(started ? { error: WORKER_FAILED } : readInThisThread(request, onProgress));
    });
    worker.postMessage({ ...request, data: copy } satisfies ImportRequest, [copy]);
  });
};

/** The shop region of the latest capture that had one (decides decimal commas and day/month order). */
export async function latestCaptureRegion(db: CreatorDeskDb): Promise<string | undefined> {
  return (await recentCaptureLog(db)).find((entry) => entry.region)?.region;
}

export interface ImportFileOptions {
  region?: string;
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
    const charset = charsetOf(file.type);
    const request: ImportRequest = { type: 'import', name: fileName, data, ...(region ? { region } : {}), ...(charset ? { charset } : {}) };
    outcome = await (options.read ?? readInWorker)(request, (done, total) =>
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
  const checked = await parseImportedRows(result.kind, result.rows, (done, total) => report('checking', total > 0 ? done / total : 1));
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
