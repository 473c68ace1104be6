/**
 * The import worker: reads an export file (`importExportFile`) off the side panel's thread, so a
 * large .xlsx never freezes the panel. Built by wxt as `/import-worker.js` on the extension origin
 * (the extension's CSP refuses `blob:` workers). The panel stores the rows it sends back.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { importExportFile } from '@/lib/import/import-file';
import { ImportRequestSchema, type ImportWorkerMessage, ROWS_PER_WORKER_MESSAGE } from '@/lib/messages/import-worker';

interface WorkerScope {
  postMessage(message: ImportWorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

/** Progress messages at most this often: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_INTERVAL_MS = 50;

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  scope.addEventListener('message', (event) => {
    const request = ImportRequestSchema.safeParse(event.data);
    if (!request.success) {
      scope.postMessage({ type: 'result', outcome: { error: 'The import could not start: the file was not handed over correctly.' } });
      return;
    }
    let lastProgress = 0;
    const { name, data, region } = request.data;
    void importExportFile(
      { name, data },
      {
        ...(region ? { region } : {}),
        onProgress: (done, total) => {
          const now = performance.now();
          if (now - lastProgress < PROGRESS_INTERVAL_MS && done < total) return;
          lastProgress = now;
          scope.postMessage({ type: 'progress', done, total });
        },
      },
    ).then((outcome) => {
      if ('error' in outcome) return scope.postMessage({ type: 'result', outcome });
      // The rows in slices: the panel receives each in a few milliseconds instead of one long pause.
      const { rows, ...counts } = outcome;
      for (let start = 0; start < rows.length; start += ROWS_PER_WORKER_MESSAGE) {
        scope.postMessage({ type: 'rows', rows: rows.slice(start, start + ROWS_PER_WORKER_MESSAGE) });
      }
      scope.postMessage({ type: 'result', outcome: { ...counts, rows: [] } });
    });
  });
});
