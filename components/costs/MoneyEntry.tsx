import { useEffect, useId, useState } from 'react';
import { checkMoney } from '../../lib/db/cost-store';
import type { EnteredMoney } from '../../lib/model/review';
import { CURRENCY_CODES, type CurrencyCode } from '../../lib/parse/quantity';
import { parseDecimal } from '../creators/detail/program-form';
import { TeamForm } from '../team/TeamForm';

const INPUT =
  'w-24 rounded-md border border-neutral-300 bg-white px-2 py-0.5 text-sm tabular-nums aria-[invalid=true]:border-red-600 dark:border-neutral-600 dark:bg-neutral-900';
const BUTTON =
  'rounded-md border border-neutral-300 px-2 py-0.5 text-xs font-medium hover:bg-neutral-100 disabled:opacity-50 dark:border-neutral-600 dark:hover:bg-neutral-800';

/**
 * One amount the seller enters (a product's sample cost, the default, a video's Spark Ads spend):
 * typed, checked, saved with Save or Enter; emptied and saved, it is cleared (unknown again).
 */
export function MoneyEntry({
  label,
  value,
  currency,
  onSave,
}: {
  /** Accessible name of the amount field, e.g. `Sample cost of Glow serum`. */
  label: string;
  value: EnteredMoney | null;
  currency: CurrencyCode | null;
  onSave: (money: EnteredMoney | null) => Promise<string | null>;
}) {
  const id = useId();
  const [amount, setAmount] = useState(value ? String(value.amount) : '');
  const [unit, setUnit] = useState<CurrencyCode>(value?.currency ?? currency ?? 'USD');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [saving, setSaving] = useState(false);

  // A value saved elsewhere (another row, a restore) replaces what is shown.
  useEffect(() => {
    setAmount(value ? String(value.amount) : '');
    if (value) setUnit(value.currency);
  }, [value]);

  const save = async () => {
    const typed = parseDecimal(amount);
    let money: EnteredMoney | null = null;
    if (typed !== null) {
      if (Number.isNaN(typed)) {
        setMessage({ text: 'Enter an amount, like 8.50.', error: true });
        return;
      }
      const checked = checkMoney({ amount: typed, currency: unit });
      if (!checked.ok) {
        setMessage({ text: checked.error, error: true });
        return;
      }
      money = checked.value;
    }
    setSaving(true);
    try {
      const error = await onSave(money);
      setMessage(error ? { text: error, error: true } : { text: money ? 'Saved.' : 'Cleared.', error: false });
    } catch (error) {
      setMessage({ text: `Not saved: ${error instanceof Error ? error.message : String(error)}`, error: true });
    } finally {
      setSaving(false);
    }
  };

  return (
    <TeamForm
      className="flex flex-wrap items-center gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <input
        id={id}
        inputMode="decimal"
        aria-label={label}
        className={INPUT}
        value={amount}
        placeholder="—"
        onChange={(e) => {
          setAmount(e.target.value);
          setMessage(null);
        }}
        aria-invalid={message?.error ? true : undefined}
        aria-describedby={message ? `${id}-status` : undefined}
      />
      <select aria-label={`${label}, currency`} className="rounded-md border border-neutral-300 bg-white px-1 py-0.5 text-sm dark:border-neutral-600 dark:bg-neutral-900" value={unit} onChange={(e) => setUnit(e.target.value as CurrencyCode)}>
        {CURRENCY_CODES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <button type="submit" className={BUTTON} disabled={saving}>
        Save
      </button>
      <span id={`${id}-status`} role="status" className={`text-xs ${message?.error ? 'text-red-800 dark:text-red-200' : 'text-neutral-600 dark:text-neutral-400'}`}>
        {message?.text ?? ''}
      </span>
    </TeamForm>
  );
}
