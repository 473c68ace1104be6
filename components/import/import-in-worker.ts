/**
 * Imports run in the import worker (entrypoints/import-worker.ts): reading, checking and storing a
 * file of 200,000 order lines takes tens of seconds of work that would otherwise run on the side
 * panel's thread (issue #15: no task over 50 ms there). The worker opens the panel's database by
 * name, with Team sharing's outbox set as the panel's is, runs `importFileIntoDb` and reports
 * progress; the panel's live queries see the writes as they see the background's.
 * Where there is no worker (tests) or it cannot start, the import runs in the panel as before.
 */
import type { CreatorDeskDb } from '../../lib/db/database';
import { charsetOf } from '../../lib/import/text-encoding';
import {
  ImportIntoDbRequestSchema,
  ImportWorkerMessageSchema,
  type ImportFileOutcome,
  type ImportIntoDbRequest,
  type ImportWorkerMessage,
} from '../../lib/messages/import-worker';
import { outboxControlOf, type OutboxControl } from '../../lib/team/outbox';
import { importFileIntoDb, type ImportFileOptions, WORKER_FAILED, WORKER_STOPPED } from './import-runner';

const WORKER_URL = '/import-worker.js';
/** Progress messages at most this often (a phase change always): a smooth bar for next to nothing. */
const PROGRESS_INTERVAL_MS = 50;

export const BAD_IMPORT_REQUEST = 'The import could not start: the file was not handed over correctly.';

/** The worker's side: one request, answered with progress messages and `done`. */
export async function handleImportIntoDb(
  data: unknown,
  post: (message: ImportWorkerMessage) => void,
  open: (name: string, team: OutboxControl) => CreatorDeskDb,
  now: () => number = () => performance.now(),
): Promise<void> {
  const parsed = ImportIntoDbRequestSchema.safeParse(data);
  if (!parsed.success) {
    post({ type: 'done', outcome: { ok: false, fileName: '', error: BAD_IMPORT_REQUEST } });
    return;
  }
  const request = parsed.data;
  const db = open(request.dbName, request.team);
  let last = -Infinity;
  let lastPhase = '';
  try {
    const outcome = await importFileIntoDb(
      db,
      { name: request.name, size: request.data.byteLength, arrayBuffer: async () => request.data },
      {
        now: request.now,
        ...(request.region ? { region: request.region } : {}),
        ...(request.charset ? { charset: request.charset } : {}),
        onProgress: (progress) => {
          const time = now();
          if (progress.phase === lastPhase && time - last < PROGRESS_INTERVAL_MS) return;
          last = time;
          lastPhase = progress.phase;
          post({ type: 'progress', progress });
        },
      },
    );
    post({ type: 'done', outcome });
  } finally {
    db.close();
  }
}

/** The panel's side: imports `file` into `db` in the import worker; in this thread when there is none. */
export async function importInWorker(
  db: CreatorDeskDb,
  file: { name: string; size: number; type?: string; arrayBuffer(): Promise<ArrayBuffer> },
  options: ImportFileOptions = {},
): Promise<ImportFileOutcome> {
  if (typeof Worker === 'undefined' || file.size === 0) return importFileIntoDb(db, file, options);
  let worker: Worker;
  try {
    worker = new Worker(WORKER_URL);
  } catch {
    return importFileIntoDb(db, file, options);
  }
  let data: ArrayBuffer;
  try {
    data = await file.arrayBuffer();
  } catch {
    worker.terminate();
    return importFileIntoDb(db, file, options);
  }
  const control = outboxControlOf(db);
  const charset = options.charset ?? charsetOf(file.type);
  const request: ImportIntoDbRequest = {
    type: 'import',
    name: file.name,
    data,
    dbName: db.name,
    now: options.now ?? Date.now(),
    team: { armed: control?.armed ?? false, readOnly: control?.readOnly ?? false },
    ...(options.region ? { region: options.region } : {}),
    ...(charset ? { charset } : {}),
  };
  return new Promise((resolve) => {
    let started = false;
    let saving = false;
    const finish = (outcome: ImportFileOutcome | Promise<ImportFileOutcome>) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      started = true;
      const message = ImportWorkerMessageSchema.safeParse(event.data);
      if (!message.success) return finish({ ok: false, fileName: file.name, error: saving ? WORKER_STOPPED : WORKER_FAILED });
      if (message.data.type === 'done') return finish(message.data.outcome);
      saving ||= message.data.progress.phase === 'saving';
      options.onProgress?.(message.data.progress);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      // Not even started (script missing or refused): import here instead. Crashed mid-way: say so.
      if (!started) finish(importFileIntoDb(db, file, options));
      else finish({ ok: false, fileName: file.name, error: saving ? WORKER_STOPPED : WORKER_FAILED });
    });
    worker.postMessage(request, [data]);
  });
}
