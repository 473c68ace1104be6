/**
 * The background's answers to the side panel's restore steps (lib/backup/restore.ts): the database
 * host does the work; the panel gets `{ ok }` or the reason it failed, never an exception.
 */
import type { DatabaseHost } from '../db/database-host';
import type { RestoreRequest } from '../messages/background-requests';

export type RestoreStepAnswer = { ok: true } | { ok: false; error: string; name?: string };

export async function answerRestoreStep(host: DatabaseHost, request: RestoreRequest): Promise<RestoreStepAnswer> {
  try {
    await host[request.step](request.staging);
    return { ok: true };
  } catch (error) {
    const { message, name } = error instanceof Error ? error : { message: String(error), name: undefined };
    return { ok: false, error: message, ...(name ? { name } : {}) };
  }
}
