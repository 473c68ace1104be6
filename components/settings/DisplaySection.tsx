import { useLiveQuery } from 'dexie-react-hooks';
import { useTeamReadOnly } from '../team/useTeamReadOnly';
import { useId, useState } from 'react';
import { displayFromRecord, displayRecords, saveDisplay } from '../../lib/db/display-store';
import { formatMoneyText } from '../../lib/format/number';
import { supportedLocale } from '../../lib/format/locale';
import { CURRENCY_CODES, isCurrencyCode } from '../../lib/parse/quantity';
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

/** `US Dollar (USD)`, in the panel's language where Intl knows it. */
function currencyName(code: string, locale: string): string {
  try {
    return `${new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code} (${code})`;
  } catch {
    return code;
  }
}

/**
 * Numbers, money and dates: the browser's language, or one the seller picks; and the shop's
 * currency, for shops whose pages show amounts without one (both saved at once).
 */
export function DisplaySection() {
  const db = useDb();
  const id = useId();
  const currencyId = useId();
  // The shop currency is the team's (a shared setting); the locale stays this member's own.
  const readOnly = useTeamReadOnly() !== null;
  const { locale: chosen, shopCurrency } = useLiveQuery(() => displayRecords(db), [db]) ?? displayFromRecord(undefined);
  const [status, setStatus] = useState('');
  const browser = supportedLocale(navigator.language) ?? 'en-US';
  const currency = shopCurrency ?? 'USD';
  const example = (locale: string, code: string = currency) =>
    `${formatMoneyText(1234.5, code, { locale, compact: false })} · ${new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(2026, 10, 20))}`;
  const save = (preferences: Parameters<typeof saveDisplay>[1], done: string) =>
    void saveDisplay(db, preferences).then(
      () => setStatus(done),
      (error: unknown) => setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`),
    );
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
          save({ locale }, `Saved: ${example(locale ?? browser)}.`);
        }}
      >
        <option value="">This browser’s language ({browser})</option>
        {LOCALES.map(([tag, name]) => (
          <option key={tag} value={tag}>
            {name}
          </option>
        ))}
      </select>
      <p className="text-xs text-neutral-600 dark:text-neutral-400">e.g. {example(chosen ?? browser)}</p>
      <label htmlFor={currencyId} className="mt-2 block text-sm">
        Shop currency
      </label>
      <select
        id={currencyId}
        value={shopCurrency ?? ''}
        disabled={readOnly}
        aria-describedby={`${currencyId}-note`}
        className="mt-0.5 w-full max-w-xs rounded-md border border-neutral-300 bg-white px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
        onChange={(e) => {
          const code = isCurrencyCode(e.target.value) ? e.target.value : null;
          save(
            { shopCurrency: code },
            code ? `Saved: money is in ${currencyName(code, chosen ?? browser)}.` : 'Saved: the shop’s orders and pages say the currency.',
          );
        }}
      >
        <option value="">From the shop’s orders and pages</option>
        {CURRENCY_CODES.map((code) => (
          <option key={code} value={code}>
            {currencyName(code, chosen ?? browser)}
          </option>
        ))}
      </select>
      <p id={`${currencyId}-note`} className="text-xs text-neutral-600 dark:text-neutral-400">
        {shopCurrency
          ? `Every figure is in ${shopCurrency}: amounts the pages show without a currency are taken as ${shopCurrency}; orders and figures in another currency are left out, never added in.`
          : 'Money is in the currency of the shop’s affiliate orders, else of its pages’ figures. Set it here when the pages show amounts without a currency.'}
      </p>
      <p role="status" className="text-xs empty:hidden">
        {status}
      </p>
    </fieldset>
  );
}
