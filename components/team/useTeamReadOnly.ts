import { TEAM_SETTINGS_KEY, TEAM_STATUS_KEY, teamSettingsFrom, type TeamSyncStatus } from '../../lib/team/settings';
import { useExtensionStorage } from './useExtensionStorage';

/** The team database this member may only read (its server role has no `editor`), or null. */
export function useTeamReadOnly(): string | null {
  const settings = teamSettingsFrom(useExtensionStorage(TEAM_SETTINGS_KEY));
  const status = useExtensionStorage(TEAM_STATUS_KEY) as TeamSyncStatus | null | undefined;
  if (!settings?.enabled || !status?.readOnly || status.database !== settings.database) return null;
  return settings.database;
}
