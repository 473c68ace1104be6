/**
 * Worker entry for the reliability bench: stands in for the background service worker, writing one
 * capture (a creator row plus its capture log entry, in the transaction `handleContentMessage` uses)
 * every `intervalMs` into the same database the page imports into or restores, and timing each
 * from request to commit. A separate thread, like the real background.
 */
import { appendCaptureLog } from '../../../lib/db/capture-log';
import { creatorLinkedTables } from '../../../lib/db/creator-links';
import { CreatorDeskDb } from '../../../lib/db/database';
import { storeCreatorRows } from '../../../lib/db/store-creators';

interface Start {
  dbName: string;
  intervalMs: number;
}

let running = false;

async function loop({ dbName, intervalMs }: Start): Promise<void> {
  const db = new CreatorDeskDb(dbName);
  const delays: number[] = [];
  running = true;
  for (let index = 0; running; index += 1) {
    const requested = performance.now();
    const now = Date.now();
    await db.transaction('rw', [...creatorLinkedTables(db), db.captureLog], async () => {
      const stored = await storeCreatorRows(db, [{ handle: `capture_${index}`, metrics: { followers: { kind: 'exact', value: index, raw: String(index) } } }], {
        source: 'find-creators',
        region: 'US',
        now,
      });
      await appendCaptureLog(db, {
        at: now, url: 'https://affiliate-us.tiktok.com/connection/creator', pageKind: 'find-creators', status: 'stored', entity: 'creators',
        rowsRead: 1, created: stored.created, updated: stored.updated, unchanged: stored.unchanged, rejected: 0, reasons: [],
      });
    });
    delays.push(performance.now() - requested);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  db.close();
  postMessage({ type: 'delays', delays });
}

addEventListener('message', (event: MessageEvent<{ type: 'start' } & Start | { type: 'stop' }>) => {
  if (event.data.type === 'start') void loop(event.data);
  else running = false;
});
