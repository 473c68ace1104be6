import { TEAM_SETTINGS_KEY, TEAM_STATUS_KEY, teamSettingsFrom, type TeamSyncStatus } from '../../lib/team/settings';
import { useExtensionStorage } from './useExtensionStorage';

/** On every view while the member's server role is read-only: the panel shows the team's program, edits are refused. */
export function ReadOnlyBanner() {
  const settings = teamSettingsFrom(useExtensionStorage(TEAM_SETTINGS_KEY));
  const status = useExtensionStorage(TEAM_STATUS_KEY) as TeamSyncStatus | null | undefined;
  if (!settings?.enabled || !status?.readOnly || status.database !== settings.database) return null;
  return (
    <p role="status" data-testid="team-read-only-banner" className="bg-amber-50 px-3 py-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100">
      Read-only team member: you see {settings.database}; changes to tiers, agreements, notes, briefs and costs are not saved.
    </p>
  );
}
