import type { TeamSyncStatus } from '../../../lib/team/settings';
import { TimeAgo } from '../../common/TimeAgo';

const STATE_TEXT: Record<TeamSyncStatus['state'], string> = {
  off: 'Off',
  connecting: 'Connecting…',
  syncing: 'Syncing…',
  idle: 'Up to date',
  offline: 'Offline: changes are kept and sent when the server is reachable again',
  error: 'Sync stopped',
};

/** Where the sync stands: state, last sync, documents sent and received, changes waiting. */
export function TeamStatusLine({ status }: { status: TeamSyncStatus }) {
  return (
    <div role="status" aria-live="polite" className="space-y-1 text-sm" data-testid="team-status">
      <p>
        <span className="font-medium">{STATE_TEXT[status.state]}</span>
        {status.live ? ' · continuous while the panel is open' : ''}
      </p>
      <p className="text-neutral-600 dark:text-neutral-400">
        Last sync: {status.lastSyncAt ? <TimeAgo at={status.lastSyncAt} /> : 'not yet'} · sent {status.sent.toLocaleString()} · received{' '}
        {status.received.toLocaleString()}
        {status.pending > 0 ? ` · ${status.pending.toLocaleString()} change${status.pending === 1 ? '' : 's'} waiting` : ''}
      </p>
      {status.readOnly && (
        <p className="font-medium text-amber-800 dark:text-amber-300" data-testid="team-read-only">
          Read-only member: you see the team’s program; your edits to it are not saved.
        </p>
      )}
      {status.message && <p className="text-red-700 dark:text-red-400">{status.message}</p>}
    </div>
  );
}
