/**
 * Captures that arrive while a restore runs are journaled (lib/db/database-host.ts) and re-applied
 * to the restored database just before it is swapped in: the same message, handled the same way, at
 * the time it first arrived. Only the database changes: the tab's status was updated the first time.
 */
import type { CreatorDeskDb } from '../db/database';
import type { TabStatusStore } from '../tab-status/tab-status';
import { handleContentMessage, type MessageSender } from './handle-capture';

export interface JournaledCapture {
  message: unknown;
  sender: MessageSender;
}

const UNCHANGED_TAB_STATUS: TabStatusStore = {
  get: async () => undefined,
  set: async () => undefined,
  remove: async () => undefined,
};

export function replayCapture(capture: unknown, db: CreatorDeskDb, at: number): Promise<unknown> {
  const { message, sender } = capture as JournaledCapture;
  return handleContentMessage(message, sender, { db, tabStatus: UNCHANGED_TAB_STATUS, now: () => at });
}
