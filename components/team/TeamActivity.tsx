import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import type { TeamChange } from '../../lib/team/history';
import { TimeAgo } from '../common/TimeAgo';
import { teamHistoryDb } from './team-history';

/** Words for what changed, by record field. */
const FIELD_WORDS: Record<string, string> = {
  acceptedTier: 'tier',
  tierHistory: 'tier',
  dismissedSuggestions: 'dismissed a suggestion',
  targetInvite: 'target invitation',
  agreedPostsPerWeek: 'posts per week',
  flatFeePerPost: 'flat fee',
  agreedCommissionRate: 'commission rate',
  exclusivity: 'exclusivity',
  startDate: 'start date',
  compliance: 'compliance',
  contact: 'contact',
  notes: 'notes',
};

const TABLE_WORDS: Record<string, string> = {
  programs: 'agreement',
  outreach: 'outreach log',
  sparkSpend: 'Spark Ads spend',
};

export function describeChange(change: TeamChange): string {
  const what = TABLE_WORDS[change.table] ?? change.table;
  if (change.kind === 'deleted') return `removed ${what === 'agreement' ? 'the agreement' : `an ${what} entry`}`;
  if (change.table === 'outreach') return change.kind === 'created' ? 'logged outreach' : 'changed an outreach entry';
  const words = [...new Set(change.fields.filter((field) => field in FIELD_WORDS || change.table !== 'programs').map((field) => FIELD_WORDS[field] ?? field))];
  if (words.length === 0) return `${change.kind === 'created' ? 'set up' : 'changed'} the ${what}`;
  return `${change.kind === 'created' ? 'set' : 'changed'} ${words.join(', ')}`;
}

/** Who changed this creator's shared records, what and when (only once a team shared something). */
export function TeamActivity({ creatorKey }: { creatorKey: string }) {
  const id = useId();
  const changes = useLiveQuery(
    () => teamHistoryDb().changes.where('creatorKeys').equals(creatorKey).reverse().sortBy('at').then((all) => all.slice(0, 20)),
    [creatorKey],
  );
  if (!changes || changes.length === 0) return null;
  return (
    <section aria-labelledby={id} className="px-3 py-3" data-testid="team-activity">
      <h3 id={id} className="mb-2 text-sm font-semibold">
        Team activity
      </h3>
      <ul className="space-y-1 text-sm">
        {changes.map((change) => (
          <li key={change.id}>
            <span className="font-medium">{change.by}</span> {describeChange(change)} · <TimeAgo at={change.at} />
          </li>
        ))}
      </ul>
    </section>
  );
}
