/**
 * The background's side of a restore as the side panel reaches it: real content messages journaled
 * while a restore runs and replayed into the restored database, and each step answered, never thrown.
 */
import { newStagingName } from '../db/active-database';
import type { CreatorDeskDb } from '../db/database';
import { freshDb, hostOver, localTime } from '../db/test-helpers';
import type { CaptureMessage } from '../messages/content-messages';
import { createMemoryTabStatusStore } from '../tab-status/tab-status';
import { handleContentMessage } from './handle-capture';
import { replayCapture, type JournaledCapture } from './replay-capture';
import { answerRestoreStep } from './restore-steps';

const URL = 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US';
const AT = localTime(2026, 3, 5, 10);

function capture(handle: string): CaptureMessage {
  const rows = [{ creatorId: handle.length.toString() + handle, handle, metrics: {} }];
  return { type: 'capture', url: URL, kind: 'find-creators', region: 'US', result: { status: 'recognized', adapter: 'find-creators', entity: 'creators', rowsRead: 1, rejected: [], rows } };
}

const opened: CreatorDeskDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('restore steps in the background', () => {
  it('journals a capture made during a restore and replays it, at the time it arrived, into the restored database', async () => {
    const db = freshDb();
    opened.push(db);
    const host = hostOver(db, replayCapture);
    await host.ready();
    const staging = newStagingName(db.name);
    expect(await answerRestoreStep(host, { type: 'restore', step: 'begin', staging })).toEqual({ ok: true });

    const sender = { tabId: 3, url: URL };
    const tabStatus = createMemoryTabStatusStore();
    const message = capture('during_restore');
    const received = Date.now();
    const answer = await host.capture({ message, sender } satisfies JournaledCapture, (live) => handleContentMessage(message, sender, { db: live, tabStatus, now: () => AT }));
    expect(answer).toEqual({ ok: true });
    expect(await db.creators.where('handle').equals('during_restore').count()).toBe(1);

    // The panel filled the staging database (here: nothing) and asks to finish.
    const filled = host.open(staging);
    await filled.open();
    filled.close();
    expect(await answerRestoreStep(host, { type: 'restore', step: 'finish', staging })).toEqual({ ok: true });
    const restored = host.current();
    opened.push(restored);
    expect(restored.name).toBe(staging);
    const replayed = await restored.creators.where('handle').equals('during_restore').first();
    // Replayed at the time the background received it (the background's clock), not at the swap.
    expect(replayed?.firstSeen).toBeGreaterThanOrEqual(received);
    expect(replayed?.firstSeen).toBeLessThan(received + 5_000);
    expect(await restored.captureLog.count()).toBe(1);
  });

  it('answers a step that cannot be taken with its reason', async () => {
    const db = freshDb();
    opened.push(db);
    const host = hostOver(db, replayCapture);
    await host.ready();
    expect(await answerRestoreStep(host, { type: 'restore', step: 'begin', staging: 'someone-else' })).toEqual({ ok: false, error: 'Not a staging database name: someone-else', name: 'Error' });
    expect(await answerRestoreStep(host, { type: 'restore', step: 'finish', staging: newStagingName(db.name) })).toMatchObject({ ok: false, name: 'RestoreNotRunningError' });
    expect(host.current()).toBe(db);
  });
});
