import { useId, useMemo, useRef, useState } from 'react';
import { SETTING_INFO, DEFAULT_SETTINGS, type AnalyticsSettings, type SettingName } from '../../lib/analytics/settings';
import { resetSettings, saveSettings } from '../../lib/db/settings-store';
import { useAnalysisSettings } from '../analysis/AnalysisContext';
import { Progress } from '../common/Progress';
import { DraftRestoredNotice } from '../common/DraftRestoredNotice';
import { useStoredDraft } from '../common/useStoredDraft';
import { useDb } from '../db/DbContext';
import { DisplaySection } from '../settings/DisplaySection';
import { PageDataSetting } from '../settings/PageDataSetting';
import { TeamSection } from '../settings/team/TeamSection';
import {
  SETTING_GROUPS,
  formFromSettings,
  settingSuffix,
  settingsFromForm,
  valueWithUnit,
  type SettingsFormValues,
} from '../settings/settings-form';
import { TeamForm } from '../team/TeamForm';

const INPUT =
  'w-24 rounded-md border border-neutral-300 bg-white px-2 py-1 text-right text-sm tabular-nums aria-[invalid=true]:border-red-600 dark:border-neutral-600 dark:bg-neutral-900 dark:aria-[invalid=true]:border-red-400';

function sameValues(a: SettingsFormValues, b: SettingsFormValues): boolean {
  return (Object.keys(a) as SettingName[]).every((name) => a[name] === b[name]);
}

/** A stored draft read back: a text for every setting this version knows, else null. */
function parseSettingsForm(value: unknown): SettingsFormValues | null {
  if (typeof value !== 'object' || value === null) return null;
  const names = Object.keys(DEFAULT_SETTINGS) as SettingName[];
  const v = value as Record<string, unknown>;
  return names.every((name) => typeof v[name] === 'string') ? (Object.fromEntries(names.map((name) => [name, v[name]])) as SettingsFormValues) : null;
}

function SettingsForm({ settings }: { settings: AnalyticsSettings }) {
  const db = useDb();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const storedKey = JSON.stringify(settings);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new object only when the stored settings change
  const stored = useMemo(() => formFromSettings(settings), [storedKey]);
  // Unsaved edits outlive the view and a panel reload, until saved, reset or discarded.
  const draft = useStoredDraft('settings', stored, sameValues, parseSettingsForm);
  const { value: values, setValue: setValues } = draft;
  const [errors, setErrors] = useState<Partial<Record<SettingName, string>>>({});
  const [status, setStatus] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const [busy, setBusy] = useState(false);
  const dirty = !sameValues(values, stored);


  const save = async () => {
    const parsed = settingsFromForm(values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setStatus(`Not saved: ${Object.keys(parsed.errors).length === 1 ? 'one setting needs' : `${Object.keys(parsed.errors).length} settings need`} fixing.`);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      const result = await saveSettings(db, parsed.settings);
      if (result.ok) {
        setErrors({});
        setStatus('Saved. Flags, suggestions and lists now use these settings.');
        requestAnimationFrame(() => statusRef.current?.focus());
      } else {
        setErrors(result.errors);
        setStatus('Not saved: check the highlighted settings.');
      }
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const reset = async () => {
    setBusy(true);
    try {
      await resetSettings(db);
      setValues(formFromSettings(DEFAULT_SETTINGS));
      setErrors({});
      setStatus('Every setting is back to its default.');
    } catch (error) {
      setStatus(`Not reset: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
      setConfirmReset(false);
    }
  };

  return (
    <TeamForm
      ref={formRef}
      noValidate
      aria-label="Analytics settings"
      className="px-3 pb-20"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {SETTING_GROUPS.map((group) => (
        <fieldset key={group.title} className="border-b border-neutral-200 py-3 dark:border-neutral-800">
          <legend className="text-sm font-semibold">{group.title}</legend>
          <p className="mb-2 text-xs text-neutral-600 dark:text-neutral-400">{group.description}</p>
          <div className="space-y-2.5">
            {group.fields.map((name) => {
              const inputId = `${id}-${name}`;
              const info = SETTING_INFO[name];
              const error = errors[name];
              return (
                <div key={name}>
                  <label htmlFor={inputId} className="block text-sm">
                    {info.label}
                  </label>
                  <div className="mt-0.5 flex items-center gap-1.5">
                    <input
                      id={inputId}
                      name={name}
                      inputMode="decimal"
                      autoComplete="off"
                      className={INPUT}
                      value={values[name]}
                      onChange={(e) => {
                        setValues((v) => ({ ...v, [name]: e.target.value }));
                        setStatus('');
                      }}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
                    />
                    <span className="text-xs text-neutral-600 dark:text-neutral-400">{settingSuffix(name)}</span>
                  </div>
                  <p id={`${inputId}-hint`} className="text-xs text-neutral-500 dark:text-neutral-400">
                    Default {valueWithUnit(name, DEFAULT_SETTINGS[name])} ({info.source === 'playbook' ? 'from the playbook' : 'Creator Desk default'})
                  </p>
                  {error ? (
                    <p id={`${inputId}-error`} className="text-xs text-red-800 dark:text-red-200">
                      {error}
                    </p>
                  ) : null}
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      {/* The actions stay in reach while scrolling through thirty settings. */}
      <div className="sticky bottom-0 -mx-3 border-t border-neutral-200 bg-white px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900">
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="submit"
            disabled={busy || !dirty}
            className="rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white disabled:opacity-50"
          >
            Save settings
          </button>
          {confirmReset ? (
            <>
              <span className="text-xs">Reset all settings to their defaults?</span>
              <button type="button" disabled={busy} className="rounded-md border border-red-600 px-2 py-1 text-xs text-red-800 dark:text-red-200" onClick={() => void reset()}>
                Yes, reset
              </button>
              <button type="button" className="rounded-md border border-neutral-300 px-2 py-1 text-xs dark:border-neutral-600" onClick={() => setConfirmReset(false)}>
                Cancel
              </button>
            </>
          ) : (
            <button
              type="button"
              disabled={busy}
              className="rounded-md border border-neutral-300 px-3 py-1 text-sm disabled:opacity-50 dark:border-neutral-600"
              onClick={() => setConfirmReset(true)}
            >
              Reset to defaults
            </button>
          )}
        </div>
        {draft.restoredAt !== null ? (
          <DraftRestoredNotice
            className="mt-1"
            at={draft.restoredAt}
            onDiscard={() => {
              draft.discard();
              setErrors({});
              setStatus('Unsaved edits discarded.');
            }}
          />
        ) : null}
        <p ref={statusRef} tabIndex={-1} role="status" className="mt-1 text-xs outline-none empty:hidden">
          {status || (dirty ? 'Unsaved changes.' : '')}
        </p>
      </div>
    </TeamForm>
  );
}

/** Every threshold the analytics use, with the playbook's defaults, validated, and a reset. */
export function SettingsView() {
  const { settings } = useAnalysisSettings();
  if (!settings) return <Progress label="Loading settings…" />;
  return (
    <>
      <DisplaySection />
      <PageDataSetting />
      <SettingsForm settings={settings} />
      <TeamSection />
    </>
  );
}
