/**
 * What the import worker (`entrypoints/import-worker.ts`) does with one request, as a plain function
 * so it is tested without a worker: check the request, read the file, post progress, then the rows
 * in slices and the counts.
 */
import { ImportRequestSchema, type ImportWorkerMessage, ROWS_PER_WORKER_MESSAGE } from '../messages/import-worker';
import { importExportFile } from './import-file';

/** Progress messages at most this often: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_INTERVAL_MS = 50;

export const BAD_IMPORT_REQUEST = 'The import could not start: the file was not handed over correctly.';

export async function handleImportRequest(
  data: unknown,
  post: (message: ImportWorkerMessage) => void,
  now: () => number = () => performance.now(),
): Promise<void> {
  const request = ImportRequestSchema.safeParse(data);
  if (!request.success) {
    post({ type: 'result', outcome: { error: BAD_IMPORT_REQUEST } });
    return;
  }
  let lastProgress = 0;
  const { name, data: bytes, region, charset } = request.data;
  const outcome = await importExportFile(
    { name, data: bytes },
    {
      ...(region ? { region } : {}),
      ...(charset ? { charset } : {}),
      onProgress: (done, total) => {
        const time = now();
        if (time - lastProgress < PROGRESS_INTERVAL_MS && done < total) return;
        lastProgress = time;
        post({ type: 'progress', done, total });
      },
    },
  );
  if ('error' in outcome) {
    post({ type: 'result', outcome });
    return;
  }
  // The rows in slices: the panel receives each in a few milliseconds instead of one long pause.
  const { rows, ...counts } = outcome;
  for (let start = 0; start < rows.length; start += ROWS_PER_WORKER_MESSAGE) {
    post({ type: 'rows', rows: rows.slice(start, start + ROWS_PER_WORKER_MESSAGE) });
  }
  post({ type: 'result', outcome: { ...counts, rows: [] } });
}
