/**
 * What the background's capture handlers share: their dependencies (database, tab status store,
 * clock) and the tab-status and capture-log helpers both the table and the page-data handler use.
 */
import type { CreatorDeskDb } from '../db/database';
import type { CaptureLogEntry } from '../model/entities';
import type { TabStatus, TabStatusStore } from '../tab-status/tab-status';

export interface CaptureDeps {
  db: CreatorDeskDb;
  tabStatus: TabStatusStore;
  now: () => number;
}

export function logEntryBase(status: TabStatus, at: number): Omit<CaptureLogEntry, 'status'> {
  return {
    at,
    url: status.url,
    pageKind: status.kind,
    ...(status.region ? { region: status.region } : {}),
    ...(status.language ? { language: status.language } : {}),
    rowsRead: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    reasons: [],
  };
}

/** The status is informational: failing to save it must not turn a stored capture into an error. */
export async function saveStatus(deps: CaptureDeps, status: TabStatus): Promise<void> {
  const clean = Object.fromEntries(Object.entries(status).filter(([, value]) => value !== undefined)) as TabStatus;
  await deps.tabStatus.set(clean).catch(() => undefined);
}
