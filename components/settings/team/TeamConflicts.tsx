import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { TeamConflict } from '../../../lib/team/history';
import { teamHistoryDb } from '../../team/team-history';
import { dexieTable } from '../../../lib/team/shared-tables';
import { useDb } from '../../db/DbContext';
import { TimeAgo } from '../../common/TimeAgo';

const TABLE_LABELS: Record<string, string> = {
  programs: 'Creator program (tier, agreement, notes)',
  outreach: 'Outreach log entry',
  briefTemplates: 'Brief template',
  productCosts: 'Sample cost',
  sparkSpend: 'Spark Ads spend',
  settings: 'Team settings',
};

/** Conflicting edits the newest-edit rule decided: each kept version, to confirm or restore. */
export function TeamConflicts() {
  const db = useDb();
  const history = useMemo(teamHistoryDb, []);
  const conflicts = useLiveQuery(() => history.conflicts.orderBy('at').reverse().filter((conflict) => !conflict.confirmed).limit(100).toArray(), [history]);
  const [message, setMessage] = useState('');

  if (!conflicts) return null;
  if (conflicts.length === 0) return <p className="text-sm text-neutral-600 dark:text-neutral-400">No conflicting edits to confirm.</p>;

  const keep = async (conflict: TeamConflict) => {
    await history.conflicts.update(conflict.id, { confirmed: true });
    setMessage('Kept the current version.');
  };
  const restore = async (conflict: TeamConflict) => {
    try {
      // Restored as a new edit: it becomes the newest and reaches the whole team.
      await dexieTable(db, conflict.table).put({ ...conflict.loser.data, updatedAt: Date.now() });
      await history.conflicts.update(conflict.id, { confirmed: true });
      setMessage(`Restored the version ${conflict.loser.by} wrote.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'Could not restore that version.');
    }
  };

  return (
    <div>
      <ul className="space-y-2" aria-label="Conflicts to confirm">
        {conflicts.map((conflict) => (
          <li key={conflict.id} className="rounded-md border border-neutral-300 p-2 text-sm dark:border-neutral-600" data-testid="team-conflict">
            <p className="font-medium">
              {TABLE_LABELS[conflict.table] ?? conflict.table}: {String(conflict.key)}
            </p>
            <p>
              Kept: {conflict.winner.by}’s edit (<TimeAgo at={conflict.winner.at} />). Not applied: {conflict.loser.by}’s edit (
              <TimeAgo at={conflict.loser.at} />).
            </p>
            <div className="mt-1 flex flex-wrap gap-2">
              <button type="button" className="rounded border px-2 py-0.5" onClick={() => void keep(conflict)}>
                Keep {conflict.winner.by}’s
              </button>
              <button type="button" className="rounded border px-2 py-0.5" onClick={() => void restore(conflict)}>
                Use {conflict.loser.by}’s
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p role="status" className="text-sm">
        {message}
      </p>
    </div>
  );
}
