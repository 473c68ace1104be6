/**
 * The import worker: reads an export file off the side panel's thread, so a large .xlsx never
 * freezes the panel. Built by wxt as `/import-worker.js` on the extension origin (the extension's
 * CSP refuses `blob:` workers). The panel stores the rows it sends back.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { handleImportRequest } from '@/lib/import/worker-handler';
import type { ImportWorkerMessage } from '@/lib/messages/import-worker';

interface WorkerScope {
  postMessage(message: ImportWorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  scope.addEventListener('message', (event) => void handleImportRequest(event.data, (message) => scope.postMessage(message)));
});
