import { useId, useState } from 'react';
import { TeamFieldset } from '../team/TeamForm';
import { storeEligibilityReports } from '../../lib/db/eligibility-store';
import { SHOP_CATEGORIES, SHOP_CATEGORY_LABELS } from '../../lib/model/eligibility';
import { Section } from '../common/Section';
import { useStoredDraft } from '../common/useStoredDraft';
import { useDb } from '../db/DbContext';
import { emptyEntry, entryReport, parseEntry, sameEntry, type EntryForm } from './entry-form';
import { MUTED } from './labels';
import type { EligibilityState } from './useEligibility';

const INPUT = 'w-full rounded border border-neutral-300 bg-white px-2 py-1 text-sm text-neutral-900 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100';
const BUTTON = 'rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-800';

function Field({ label, name, form, set, errors, type = 'text', hint }: {
  label: string;
  name: keyof EntryForm;
  form: EntryForm;
  set: (name: keyof EntryForm, value: string) => void;
  errors: Partial<Record<keyof EntryForm, string>>;
  type?: string;
  hint?: string;
}) {
  const id = useId();
  const error = errors[name];
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium">
        {label}
        {hint ? <span className={`font-normal ${MUTED}`}> ({hint})</span> : null}
      </label>
      <input
        id={id}
        type={type}
        inputMode={type === 'text' && name !== 'productName' && name !== 'productId' ? 'decimal' : undefined}
        value={form[name]}
        onChange={(e) => set(name, e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={INPUT}
      />
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Figures typed in: the shop's (store rating, counterfeit violations) or one product's, for a day. */
export function EligibilityEntrySection({ state }: { state: EligibilityState }) {
  const db = useDb();
  const blank = emptyEntry(state.today);
  const draft = useStoredDraft('eligibility-entry', blank, sameEntry, parseEntry);
  const form = draft.value;
  const [errors, setErrors] = useState<Partial<Record<keyof EntryForm, string>>>({});
  const [status, setStatus] = useState('');
  const set = (name: keyof EntryForm, value: string) => draft.setValue((current) => ({ ...current, [name]: value }));
  const categoryId = useId();
  const shop = form.subject === 'shop';

  async function save() {
    const made = entryReport(form);
    if ('errors' in made) {
      setErrors(made.errors);
      setStatus('Not saved: check the marked fields.');
      return;
    }
    const written = await storeEligibilityReports(db, [made.report], 'typed');
    if (!written.ok) {
      setStatus(written.error);
      return;
    }
    setErrors({});
    setStatus(`Saved for ${form.day}.`);
    draft.setValue({ ...blank, subject: form.subject, day: form.day });
  }

  return (
    <Section title="Enter figures">
      <TeamFieldset>
      <p className={`mb-2 text-xs ${MUTED}`}>For figures Seller Center shows elsewhere or you keep yourself. An empty field is left unknown.</p>
      <fieldset className="mb-2 flex gap-3 text-sm">
        <legend className="sr-only">Figures for</legend>
        {(['shop', 'product'] as const).map((subject) => (
          <label key={subject} className="flex items-center gap-1">
            <input type="radio" name="eligibility-subject" checked={form.subject === subject} onChange={() => set('subject', subject)} />
            {subject === 'shop' ? 'The shop' : 'A product'}
          </label>
        ))}
      </fieldset>
      <div className="grid grid-cols-1 gap-2 min-[360px]:grid-cols-2">
        <Field label="Date" name="day" type="date" form={form} set={set} errors={errors} />
        {shop ? (
          <>
            <Field label="Store rating" name="storeRating" form={form} set={set} errors={errors} hint="0–5" />
            <Field label="Counterfeit violation on" name="counterfeitDay" type="date" form={form} set={set} errors={errors} />
            <label className="flex items-center gap-1 self-end text-sm">
              <input type="checkbox" checked={form.noCounterfeit === 'yes'} onChange={(e) => set('noCounterfeit', e.target.checked ? 'yes' : '')} />
              No counterfeit violation listed
            </label>
          </>
        ) : (
          <>
            <Field label="Product ID" name="productId" form={form} set={set} errors={errors} />
            <Field label="Product name" name="productName" form={form} set={set} errors={errors} hint="optional" />
            <div>
              <label htmlFor={categoryId} className="block text-xs font-medium">
                Category
              </label>
              <select id={categoryId} value={form.category} onChange={(e) => set('category', e.target.value)} className={INPUT}>
                <option value="">The shop’s ({SHOP_CATEGORY_LABELS[state.settings.shopCategory]})</option>
                {SHOP_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {SHOP_CATEGORY_LABELS[c]}
                  </option>
                ))}
              </select>
            </div>
            <Field label="Reviews" name="reviews" form={form} set={set} errors={errors} />
            <Field label="Negative reviews" name="negativeReviews" form={form} set={set} errors={errors} hint="1–2 stars" />
            <Field label="Return/refund cases" name="returnCases" form={form} set={set} errors={errors} />
            <Field label="Seller-fault returns" name="sellerFaultReturns" form={form} set={set} errors={errors} />
          </>
        )}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON} onClick={() => void save()}>
          Save figures
        </button>
        {draft.restoredAt !== null ? (
          <button type="button" className="text-xs underline" onClick={draft.discard}>
            Discard the unsaved entry
          </button>
        ) : null}
        <p role="status" className="text-xs">
          {status}
        </p>
      </div>
      </TeamFieldset>
    </Section>
  );
}
