import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { panelLink } from '../../../lib/team/panel-link';
import { TEAM_SETTINGS_KEY, TEAM_STATUS_KEY, TEAM_STATUS_OFF, teamSettingsFrom, type TeamSettingName, type TeamSyncStatus } from '../../../lib/team/settings';
import { Section } from '../../common/Section';
import { TeamConflicts } from './TeamConflicts';
import { TeamStatusLine } from './TeamStatusLine';
import { formFromStored, releaseTeamAccess, requestTeamAccess, settingsFromForm, type TeamFormValues } from './team-form';
import { useExtensionStorage } from '../../team/useExtensionStorage';
import { FIELD_INPUT as INPUT } from '../../common/Field';

const BUTTON = 'rounded-md border border-neutral-400 px-3 py-1 text-sm font-medium disabled:opacity-50 dark:border-neutral-500';

const FIELDS: { name: Exclude<keyof TeamFormValues, 'shareCaptures'>; label: string; help: string; type?: string; autoComplete?: string }[] = [
  { name: 'serverUrl', label: 'Server address', help: 'Your team’s CouchDB, https:// (http://localhost only while developing).', type: 'url' },
  { name: 'database', label: 'Database', help: 'One per program, e.g. acme-program.' },
  { name: 'memberName', label: 'Your name', help: 'Shown to the team beside what you change.' },
  { name: 'username', label: 'User name', help: 'Your CouchDB user.', autoComplete: 'username' },
  { name: 'password', label: 'Password', help: 'Kept in this browser’s extension storage only: never in backups, exports or logs.', type: 'password', autoComplete: 'current-password' },
];

/** Settings → Team: opt-in sharing of one program through the team's CouchDB (off by default). */
export function TeamSection() {
  const id = useId();
  const stored = useExtensionStorage(TEAM_SETTINGS_KEY);
  const storedStatus = useExtensionStorage(TEAM_STATUS_KEY) as TeamSyncStatus | null | undefined;
  const enabled = teamSettingsFrom(stored)?.enabled === true;
  const [values, setValues] = useState<TeamFormValues | null>(null);
  const [errors, setErrors] = useState<Partial<Record<TeamSettingName, string>>>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (stored !== undefined && values === null) setValues(formFromStored(stored));
  }, [stored, values]);

  if (stored === undefined || values === null) return null;
  const status = storedStatus && storedStatus.state !== 'off' ? storedStatus : TEAM_STATUS_OFF;
  const hasPassword = Boolean(teamSettingsFrom(stored)?.password);

  const save = async (turnOn: boolean) => {
    const result = settingsFromForm(values, stored, turnOn);
    if (!result.ok) {
      setErrors(result.errors);
      setMessage('Not saved: check the fields marked.');
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      // Asked from the click itself (Chrome requires a user gesture): this server's origin only.
      if (turnOn && !(await requestTeamAccess(browser.permissions, result.settings))) {
        setMessage(`Chrome did not grant access to ${new URL(result.settings.serverUrl).origin}: Team sharing stays off.`);
        return;
      }
      await browser.storage.local.set({ [TEAM_SETTINGS_KEY]: result.settings });
      setValues({ ...values, password: '' });
      setMessage(turnOn ? 'Team sharing is on: syncing with the server.' : 'Saved.');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'Could not save.');
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async () => {
    setBusy(true);
    try {
      const settings = teamSettingsFrom(stored);
      if (settings) await browser.storage.local.set({ [TEAM_SETTINGS_KEY]: { ...settings, enabled: false } });
      await releaseTeamAccess(browser.permissions, stored);
      setMessage('Team sharing is off: nothing is sent or received.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title="Team">
      <p className="mb-2 text-sm text-neutral-600 dark:text-neutral-400">
        Share this program with your team through a CouchDB server your team controls: tier decisions, agreements, sample costs, notes,
        outreach, briefs, check rules and settings, and (unless you turn it off) captured Seller Center records. Off: nothing leaves this
        browser.
      </p>
      {enabled && <TeamStatusLine status={status} />}
      <form
        className="mt-2 space-y-2"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(true);
        }}
      >
        {FIELDS.map((field) => (
          <div key={field.name}>
            <label htmlFor={`${id}-${field.name}`} className="block text-sm font-medium">
              {field.label}
            </label>
            <input
              id={`${id}-${field.name}`}
              className={INPUT}
              type={field.type ?? 'text'}
              autoComplete={field.autoComplete ?? 'off'}
              value={values[field.name]}
              placeholder={field.name === 'password' && hasPassword ? 'Saved (leave empty to keep)' : undefined}
              aria-invalid={errors[field.name] ? true : undefined}
              aria-describedby={`${id}-${field.name}-help`}
              onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
            />
            <p id={`${id}-${field.name}-help`} className={`text-xs ${errors[field.name] ? 'text-red-700 dark:text-red-400' : 'text-neutral-600 dark:text-neutral-400'}`}>
              {errors[field.name] ?? field.help}
            </p>
          </div>
        ))}
        <div className="flex items-start gap-2 text-sm">
          <input
            id={`${id}-captures`}
            type="checkbox"
            className="mt-1"
            checked={values.shareCaptures}
            onChange={(event) => setValues({ ...values, shareCaptures: event.target.checked })}
          />
          <label htmlFor={`${id}-captures`}>Share captured Seller Center records (creators, videos, orders) with the team</label>
        </div>
        <div className="flex flex-wrap gap-2">
          {enabled ? (
            <>
              <button type="submit" className={BUTTON} disabled={busy}>
                Save and sync
              </button>
              <button type="button" className={BUTTON} disabled={busy} onClick={() => panelLink()?.syncNow()}>
                Sync now
              </button>
              <button type="button" className={BUTTON} disabled={busy} onClick={() => void turnOff()}>
                Turn Team sharing off
              </button>
            </>
          ) : (
            <button type="submit" className={BUTTON} disabled={busy}>
              Turn Team sharing on
            </button>
          )}
        </div>
        <p role="status" className="text-sm">
          {message}
        </p>
      </form>
      {enabled && (
        <div className="mt-3">
          <h3 className="mb-1 text-sm font-semibold">Conflicts to confirm</h3>
          <TeamConflicts />
        </div>
      )}
    </Section>
  );
}
