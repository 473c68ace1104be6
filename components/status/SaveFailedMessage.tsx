import type { TabStatus } from '../../lib/tab-status/tab-status';
import { describeTabStatus } from '../../lib/tab-status/tab-status-view';

/** A failed write, shown loudly: the seller must know captures are not being kept. */
export function SaveFailedMessage({ status }: { status: TabStatus }) {
  const d = describeTabStatus(status);
  return (
    <div className="mb-2 rounded-md border-2 border-red-600 bg-red-50 p-3 text-sm text-red-900 dark:border-red-500 dark:bg-red-950 dark:text-red-100">
      <p className="font-semibold">Captured rows from {d.page} were not saved</p>
      <p className="mt-1 break-words">{d.detail}</p>
    </div>
  );
}
