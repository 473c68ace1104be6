/**
 * The Team form's values and what turning Team on asks of Chrome, kept apart from the view so it
 * can be tested: the permission is for the typed server's origin only (plus `alarms`, for the
 * periodic sync), requested from the click itself.
 */
import {
  originPattern,
  teamSettingsFrom,
  validateTeamSettings,
  type TeamSettings,
  type TeamSettingsInput,
  type TeamSettingsResult,
} from '../../../lib/team/settings';

export interface TeamFormValues {
  serverUrl: string;
  database: string;
  memberName: string;
  username: string;
  /** Empty: keep the stored password (it is never shown again). */
  password: string;
  shareCaptures: boolean;
}

export const EMPTY_TEAM_FORM: TeamFormValues = { serverUrl: '', database: '', memberName: '', username: '', password: '', shareCaptures: true };

export function formFromStored(stored: unknown): TeamFormValues {
  const settings = teamSettingsFrom(stored);
  if (!settings) return EMPTY_TEAM_FORM;
  return { serverUrl: settings.serverUrl, database: settings.database, memberName: settings.memberName, username: settings.username, password: '', shareCaptures: settings.shareCaptures };
}

export function settingsFromForm(values: TeamFormValues, stored: unknown, enabled: boolean): TeamSettingsResult {
  const previous = teamSettingsFrom(stored);
  const input: TeamSettingsInput = { ...values, enabled, password: values.password || (previous?.password ?? '') };
  return validateTeamSettings(input);
}

export interface PermissionsApi {
  request(permissions: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
  remove(permissions: { origins?: string[] }): Promise<boolean>;
}

/** Asks for this server's origin (and alarms); true when Chrome granted it. */
export function requestTeamAccess(permissions: PermissionsApi, settings: TeamSettings): Promise<boolean> {
  return permissions.request({ origins: [originPattern(settings)], permissions: ['alarms'] });
}

/** Gives the server's origin back when Team is turned off. */
export async function releaseTeamAccess(permissions: PermissionsApi, stored: unknown): Promise<void> {
  const settings = teamSettingsFrom(stored);
  if (settings) await permissions.remove({ origins: [originPattern(settings)] }).catch(() => false);
}
