import { useTeamReadOnly } from './useTeamReadOnly';

/** On every view while the member's server role is read-only: the panel shows the team's program, edits are refused. */
export function ReadOnlyBanner() {
  const database = useTeamReadOnly();
  if (database === null) return null;
  return (
    <p role="status" data-testid="team-read-only-banner" className="bg-amber-50 px-3 py-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100">
      Read-only team member: you see {database}; changes to tiers, agreements, notes, briefs, costs and shared settings are not saved.
    </p>
  );
}
