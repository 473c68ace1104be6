/**
 * Worker entry for the reliability bench: stands in for the background service worker. It holds the
 * database as the background does (lib/db/database-host.ts) and writes one capture (a creator row
 * plus its capture log entry, in the transaction `handleContentMessage` uses) every `intervalMs`
 * into the active database, timing each from request to commit. A restore's steps come from the page
 * as they come from the side panel: captures are journaled while it runs and re-applied before the
 * swap. A separate thread, like the real background.
 */
import { appendCaptureLog } from '../../../lib/db/capture-log';
import { creatorLinkedTables } from '../../../lib/db/creator-links';
import { CreatorDeskDb } from '../../../lib/db/database';
import { createDatabaseHost, type DatabaseHost } from '../../../lib/db/database-host';
import { storeCreatorRows } from '../../../lib/db/store-creators';

type Request =
  | { type: 'start'; dbName: string; intervalMs: number; prefix: string }
  | { type: 'stop' }
  | { type: 'restore'; id: number; step: 'begin' | 'finish' | 'abort'; staging: string };

let running = false;
let host: DatabaseHost | undefined;

async function storeCapture(db: CreatorDeskDb, handle: string, index: number, now: number): Promise<void> {
  await db.transaction('rw', [...creatorLinkedTables(db), db.captureLog], async () => {
    const stored = await storeCreatorRows(db, [{ handle, metrics: { followers: { kind: 'exact', value: index, raw: String(index) } } }], {
      source: 'find-creators',
      region: 'US',
      now,
    });
    await appendCaptureLog(db, {
      at: now, url: 'https://affiliate-us.tiktok.com/connection/creator', pageKind: 'find-creators', status: 'stored', entity: 'creators',
      rowsRead: 1, created: stored.created, updated: stored.updated, unchanged: stored.unchanged, rejected: 0, reasons: [],
    });
  });
}

function hostOn(dbName: string): DatabaseHost {
  host ??= createDatabaseHost({
    base: dbName,
    open: (name) => new CreatorDeskDb(name),
    replay: (capture, db, at) => {
      const { handle, index } = capture as { handle: string; index: number };
      return storeCapture(db, handle, index, at);
    },
  });
  return host;
}

async function loop({ dbName, intervalMs, prefix }: { dbName: string; intervalMs: number; prefix: string }): Promise<void> {
  const captures = hostOn(dbName);
  await captures.ready();
  const delays: number[] = [];
  running = true;
  for (let index = 0; running; index += 1) {
    const requested = performance.now();
    const now = Date.now();
    const handle = `${prefix}${index}`;
    await captures.capture({ handle, index }, (db) => storeCapture(db, handle, index, now));
    delays.push(performance.now() - requested);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  postMessage({ type: 'delays', delays });
}

addEventListener('message', (event: MessageEvent<Request>) => {
  const request = event.data;
  if (request.type === 'start') void loop(request);
  else if (request.type === 'stop') running = false;
  else {
    host![request.step](request.staging).then(
      () => postMessage({ type: 'restore', id: request.id, ok: true }),
      (error: unknown) => postMessage({ type: 'restore', id: request.id, ok: false, error: String(error) }),
    );
  }
});
