import { useId, useState } from 'react';
import { TeamFieldset } from '../team/TeamForm';
import { saveEligibilitySettings } from '../../lib/db/eligibility-store';
import { DEFAULT_ELIGIBILITY_SETTINGS, SHOP_CATEGORIES, SHOP_CATEGORY_LABELS, type EligibilitySettings, type ShopCategory } from '../../lib/model/eligibility';
import { Section } from '../common/Section';
import { useDb } from '../db/DbContext';
import { MUTED } from './labels';
import type { EligibilityState } from './useEligibility';

const INPUT = 'w-20 rounded border border-neutral-300 bg-white px-1 py-0.5 text-sm text-neutral-900 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100';

/** Percent fields are typed as percent (0.7) and kept as fractions (0.007). */
type Form = Record<string, string>;

function toForm(s: EligibilitySettings): Form {
  const pct = (n: number) => String(Number((n * 100).toFixed(4)));
  const form: Form = {
    shopCategory: s.shopCategory,
    warnAt: pct(s.warnAt),
    minStoreRating: String(s.minStoreRating),
    minReviews: String(s.minReviews),
    minReturnCases: String(s.minReturnCases),
    counterfeitWindowDays: String(s.counterfeitWindowDays),
  };
  for (const c of SHOP_CATEGORIES) {
    form[`negativeReviewMax.${c}`] = pct(s.negativeReviewMax[c]);
    form[`sellerFaultReturnMax.${c}`] = pct(s.sellerFaultReturnMax[c]);
  }
  return form;
}

function fromForm(form: Form): EligibilitySettings {
  // Text that is no number becomes NaN: the schema refuses it with the field's message.
  const num = (key: string) => (form[key]?.trim() === '' ? Number.NaN : Number(form[key]?.replace(',', '.')));
  const perCategory = (prefix: string) => Object.fromEntries(SHOP_CATEGORIES.map((c) => [c, num(`${prefix}.${c}`) / 100])) as Record<ShopCategory, number>;
  return {
    shopCategory: form.shopCategory as ShopCategory,
    warnAt: num('warnAt') / 100,
    minStoreRating: num('minStoreRating'),
    minReviews: num('minReviews'),
    minReturnCases: num('minReturnCases'),
    counterfeitWindowDays: num('counterfeitWindowDays'),
    negativeReviewMax: perCategory('negativeReviewMax'),
    sellerFaultReturnMax: perCategory('sellerFaultReturnMax'),
  };
}

function NumberField({ name, label, suffix, form, set, error }: { name: string; label: string; suffix?: string; form: Form; set: (name: string, value: string) => void; error?: string }) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-1 text-sm">
      <label htmlFor={id} className="min-w-0 flex-1">
        {label}
      </label>
      <input id={id} inputMode="decimal" value={form[name] ?? ''} onChange={(e) => set(name, e.target.value)} aria-invalid={error ? true : undefined} className={INPUT} />
      <span aria-hidden="true" className="w-3">
        {suffix}
      </span>
      {error ? <p className="w-full text-xs text-red-700 dark:text-red-300">{error}</p> : null}
    </div>
  );
}

/** The thresholds by category and the warning share (playbook §8 by default). */
export function EligibilityThresholdsSection({ state }: { state: EligibilityState }) {
  const db = useDb();
  const [form, setForm] = useState<Form>(() => toForm(state.settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const categoryId = useId();
  const set = (name: string, value: string) => setForm((current) => ({ ...current, [name]: value }));

  async function save(values: EligibilitySettings) {
    const saved = await saveEligibilitySettings(db, values);
    if (!saved.ok) {
      setErrors(saved.errors);
      setStatus('Not saved: check the marked fields.');
      return;
    }
    setErrors({});
    setForm(toForm(saved.settings));
    setStatus('Saved.');
  }

  return (
    <Section title="Thresholds">
      <TeamFieldset>
      <p className={`mb-2 text-xs ${MUTED}`}>The playbook’s numbers by default. The shop’s category applies to products without one of their own.</p>
      <div className="mb-2 flex flex-wrap items-center gap-1 text-sm">
        <label htmlFor={categoryId} className="min-w-0 flex-1">
          Shop category
        </label>
        <select id={categoryId} value={form.shopCategory} onChange={(e) => set('shopCategory', e.target.value)} className={INPUT.replace('w-20', 'w-40')}>
          {SHOP_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {SHOP_CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <NumberField name="warnAt" label="Warn at this share of a threshold" suffix="%" form={form} set={set} error={errors.warnAt} />
      <NumberField name="minStoreRating" label="Store rating at least" form={form} set={set} error={errors.minStoreRating} />
      <NumberField name="counterfeitWindowDays" label="Days a counterfeit violation counts" form={form} set={set} error={errors.counterfeitWindowDays} />
      <NumberField name="minReviews" label="Reviews before the negative rate counts" form={form} set={set} error={errors.minReviews} />
      <NumberField name="minReturnCases" label="Cases before the return rate counts" form={form} set={set} error={errors.minReturnCases} />
      {SHOP_CATEGORIES.map((c) => (
        <fieldset key={c} className="mt-2">
          <legend className="text-xs font-medium">{SHOP_CATEGORY_LABELS[c]}</legend>
          <NumberField name={`negativeReviewMax.${c}`} label="Negative review rate under" suffix="%" form={form} set={set} error={errors[`negativeReviewMax.${c}`]} />
          <NumberField name={`sellerFaultReturnMax.${c}`} label="Seller-fault return rate under" suffix="%" form={form} set={set} error={errors[`sellerFaultReturnMax.${c}`]} />
        </fieldset>
      ))}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button type="button" className="rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-800" onClick={() => void save(fromForm(form))}>
          Save thresholds
        </button>
        <button type="button" className="text-xs underline" onClick={() => void save(DEFAULT_ELIGIBILITY_SETTINGS)}>
          Back to the playbook’s
        </button>
        <p role="status" className="text-xs">
          {status}
        </p>
      </div>
      </TeamFieldset>
    </Section>
  );
}
