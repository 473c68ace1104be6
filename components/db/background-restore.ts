/**
 * The side panel's half of a restore (lib/backup/restore.ts): the background holds the active
 * database and swaps the restored one in (lib/db/database-host.ts); the panel asks it by message.
 * While a restore runs here, and after it swapped, the panel does not reload on the swap's
 * announcement: the restoring view reloads itself once it has saved what to say.
 */
import { browser } from 'wxt/browser';
import type { RestoreStepAnswer } from '../../lib/background-capture/restore-steps';
import { touchRestore } from '../../lib/db/active-database';
import { RestoreNotRunningError, type RestoreSwitch } from '../../lib/db/database-host';
import type { RestoreRequest } from '../../lib/messages/background-requests';

let restoringHere = 0;

/** True while this page runs a restore. */
export function isRestoringHere(): boolean {
  return restoringHere > 0;
}

async function step(request: RestoreRequest): Promise<void> {
  const answer = (await browser.runtime.sendMessage(request)) as RestoreStepAnswer | undefined;
  if (answer?.ok) return;
  if (answer?.name === 'RestoreNotRunningError') throw new RestoreNotRunningError();
  const error = new Error(answer?.error ?? 'The extension’s background did not answer.');
  if (answer?.name) error.name = answer.name;
  throw error;
}

export const backgroundRestoreSwitch: RestoreSwitch = {
  async begin(staging) {
    restoringHere += 1;
    try {
      await step({ type: 'restore', step: 'begin', staging });
    } catch (error) {
      restoringHere -= 1;
      throw error;
    }
  },
  alive: (staging) => touchRestore(staging),
  async finish(staging) {
    try {
      await step({ type: 'restore', step: 'finish', staging });
    } catch (error) {
      restoringHere -= 1;
      throw error;
    }
    // Swapped: this page stays "restoring" until it reloads itself (RestoreWiring.swapped), because
    // the swap's announcement may reach it before or after the background's answer — reloading on
    // it would lose the message the restoring view is about to save.
  },
  async abort(staging) {
    await step({ type: 'restore', step: 'abort', staging });
  },
};
