/**
 * The import worker: runs a whole import (read, check, store) off the side panel's thread, so a
 * 200,000-row file never freezes the panel. Built by wxt as `/import-worker.js` on the extension
 * origin (the extension's CSP refuses `blob:` workers).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { handleImportIntoDb } from '@/components/import/import-in-worker';
import { CreatorDeskDb } from '@/lib/db/database';
import type { ImportWorkerMessage } from '@/lib/messages/import-worker';
import { installTeamOutbox } from '@/lib/team/outbox';

interface WorkerScope {
  postMessage(message: ImportWorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  const open = (name: string, team: { armed: boolean; readOnly: boolean }) => {
    const db = new CreatorDeskDb(name);
    // Changes are noted for Team sharing exactly as the panel that asked would note them.
    Object.assign(installTeamOutbox(db), team);
    return db;
  };
  scope.addEventListener('message', (event) => void handleImportIntoDb(event.data, (message) => scope.postMessage(message), open));
});
