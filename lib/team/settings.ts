/**
 * Settings → Team: the server, the program's database, the member and their credentials. Stored in
 * `chrome.storage.local` only (never in IndexedDB, so never in a backup or an export); the password
 * is never logged or shown again. Validation is strict: HTTPS, or `http://localhost` for development.
 */
import { z } from 'zod';

export const TEAM_SETTINGS_KEY = 'team';
export const TEAM_STATUS_KEY = 'teamStatus';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const ServerUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the server address, e.g. https://couch.example.com.')
  .max(500, 'At most 500 characters.')
  .refine((text) => URL.canParse(text), 'Not a web address: enter it as https://couch.example.com.')
  .transform((text) => new URL(text))
  .refine((url) => url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)), 'Use an https:// address (http:// only for localhost, while developing).')
  .refine((url) => !url.username && !url.password, 'Put the user name and password in their own fields, not in the address.')
  .refine((url) => !url.search && !url.hash, 'The address cannot have a ? or # part.')
  .transform((url) => `${url.origin}${url.pathname.replace(/\/+$/, '')}`);

/** CouchDB's rule for database names. */
export const DatabaseNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter the database of your program, e.g. acme-program.')
  .max(238, 'At most 238 characters.')
  .regex(/^[a-z][a-z0-9_$()+/-]*$/, 'Lower-case letters, digits and _ $ ( ) + - / only, starting with a letter.');

export const TeamSettingsSchema = z.object({
  enabled: z.boolean(),
  serverUrl: ServerUrlSchema,
  database: DatabaseNameSchema,
  memberName: z.string().trim().min(1, 'Enter your name as the team should see it.').max(80, 'At most 80 characters.'),
  username: z.string().trim().max(200, 'At most 200 characters.'),
  password: z.string().max(1000, 'At most 1,000 characters.'),
  /** Send and receive captured Seller Center records (on by default); the team layer is always shared. */
  shareCaptures: z.boolean(),
});
export type TeamSettings = z.output<typeof TeamSettingsSchema>;
export type TeamSettingsInput = z.input<typeof TeamSettingsSchema>;
export type TeamSettingName = keyof TeamSettingsInput;

export type TeamSettingsResult = { ok: true; settings: TeamSettings } | { ok: false; errors: Partial<Record<TeamSettingName, string>> };

export function validateTeamSettings(input: TeamSettingsInput): TeamSettingsResult {
  const parsed = TeamSettingsSchema.safeParse(input);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: Partial<Record<TeamSettingName, string>> = {};
  for (const issue of parsed.error.issues) {
    const name = issue.path[0] as TeamSettingName | undefined;
    if (name) errors[name] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Whatever is stored → settings, or null (nothing stored, or not valid: Team stays off). */
export function teamSettingsFrom(stored: unknown): TeamSettings | null {
  const parsed = TeamSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** The host permission to ask for: this server's origin only. */
export function originPattern(settings: Pick<TeamSettings, 'serverUrl'>): string {
  return `${new URL(settings.serverUrl).origin}/*`;
}

export function databaseUrl(settings: Pick<TeamSettings, 'serverUrl' | 'database'>): string {
  return `${settings.serverUrl}/${encodeURIComponent(settings.database)}`;
}

/** The local PouchDB of this server and database (one per program). */
export function localDatabaseName(settings: Pick<TeamSettings, 'serverUrl' | 'database'>): string {
  return `creator-desk-team:${new URL(settings.serverUrl).host}:${settings.database}`;
}

/** The settings as they may be shown or logged: no password. */
export function withoutSecrets(settings: TeamSettings): Omit<TeamSettings, 'password'> {
  const { password: _password, ...rest } = settings;
  return rest;
}

/** What the panel shows about the sync (written by the background to `teamStatus`; no secrets). */
export interface TeamSyncStatus {
  state: 'off' | 'connecting' | 'syncing' | 'idle' | 'offline' | 'error';
  /** Continuous (the panel is open) or periodic. */
  live: boolean;
  readOnly: boolean;
  lastSyncAt: number | null;
  /** Documents sent and received since the sync started (this run of the background). */
  sent: number;
  received: number;
  /** Local changes not yet handed to replication. */
  pending: number;
  message?: string;
  /** Database the status is about (a status for another database is stale). */
  database?: string;
}

export const TEAM_STATUS_OFF: TeamSyncStatus = { state: 'off', live: false, readOnly: false, lastSyncAt: null, sent: 0, received: 0, pending: 0 };
