import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { DISPLAY_RECORD_ID, displayFromRecord, saveDisplay } from '../../lib/db/display-store';
import { formatMoneyText } from '../../lib/format/number';
import { supportedLocale } from '../../lib/format/locale';
import { useDb } from '../db/DbContext';

/** Languages of the regions TikTok Shop runs in, as their speakers write them. */
const LOCALES: [tag: string, name: string][] = [
  ['en-US', 'English (United States)'],
  ['en-GB', 'English (United Kingdom)'],
  ['de-DE', 'Deutsch (Deutschland)'],
  ['fr-FR', 'Français (France)'],
  ['es-ES', 'Español (España)'],
  ['it-IT', 'Italiano (Italia)'],
  ['en-IE', 'English (Ireland)'],
  ['th-TH', 'ไทย'],
  ['vi-VN', 'Tiếng Việt'],
  ['id-ID', 'Bahasa Indonesia'],
  ['ms-MY', 'Bahasa Melayu'],
  ['en-PH', 'English (Philippines)'],
  ['en-SG', 'English (Singapore)'],
];

/** Numbers, money and dates: the browser's language, or one the seller picks (saved at once). */
export function DisplaySection() {
  const db = useDb();
  const id = useId();
  const record = useLiveQuery(() => db.settings.get(DISPLAY_RECORD_ID), [db]);
  const chosen = displayFromRecord(record).locale;
  const [status, setStatus] = useState('');
  const browser = supportedLocale(navigator.language) ?? 'en-US';
  const example = (locale: string) => `${formatMoneyText(1234.5, 'USD', { locale, compact: false })} · ${new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(2026, 10, 20))}`;
  return (
    <fieldset className="border-b border-neutral-200 px-3 py-3 dark:border-neutral-800">
      <legend className="text-sm font-semibold">Numbers and dates</legend>
      <label htmlFor={id} className="mt-1 block text-sm">
        Format numbers, money and dates as
      </label>
      <select
        id={id}
        value={chosen ?? ''}
        className="mt-0.5 w-full max-w-xs rounded-md border border-neutral-300 bg-white px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
        onChange={(e) => {
          const locale = e.target.value || null;
          void saveDisplay(db, { locale }).then(
            () => setStatus(`Saved: ${example(locale ?? browser)}.`),
            (error: unknown) => setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`),
          );
        }}
      >
        <option value="">This browser’s language ({browser})</option>
        {LOCALES.map(([tag, name]) => (
          <option key={tag} value={tag}>
            {name}
          </option>
        ))}
      </select>
      <p className="text-xs text-neutral-600 dark:text-neutral-400">
        Money is always in the shop’s currency (the currency of its affiliate orders), e.g. {example(chosen ?? browser)}.
      </p>
      <p role="status" className="text-xs empty:hidden">
        {status}
      </p>
    </fieldset>
  );
}
