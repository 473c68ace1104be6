import { useId, useState } from 'react';
import type { CommissionBandSettings } from '../../../lib/costs/commission-band';
import { applyTermsToCreators, type AgreementTermName } from '../../../lib/db/program-terms';
import { countNoun, formatInteger } from '../../../lib/format/number';
import type { CurrencyCode } from '../../../lib/parse/quantity';
import { useDb } from '../../db/DbContext';
import { parseDecimal } from '../detail/program-form';
import { FIELD_INPUT } from '../../common/Field';
import { TeamForm } from '../../team/TeamForm';
import type { BulkTarget } from './bulk-targets';
import { TermsFields } from './TermsFields';
import { emptyTermsForm, termsFromForm, type TermsFormState } from './terms-form';

type BulkField = AgreementTermName | 'agreedPostsPerWeek';

/**
 * The same agreement terms for many creators at once: the ones the list shows (a tier, a flag, a
 * search) or everyone in a tier. Only the terms filled in are applied; the others stay as each
 * creator has them.
 */
export function BulkTermsForm({
  targets,
  currency,
  bandSettings,
}: {
  /** The creators shown first; then each tier. */
  targets: readonly BulkTarget[];
  currency: CurrencyCode | null;
  bandSettings: CommissionBandSettings;
}) {
  const db = useDb();
  const id = useId();
  const [targetId, setTargetId] = useState<BulkTarget['id']>('shown');
  const target = targets.find((t) => t.id === targetId) ?? targets[0]!;
  const { creatorKeys, tier } = target;
  const [form, setForm] = useState<TermsFormState>(() => emptyTermsForm(currency));
  const [posts, setPosts] = useState('');
  const [errors, setErrors] = useState<Partial<Record<BulkField, string>>>({});
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<TermsFormState>) => {
    setForm((f) => ({ ...f, ...change }));
    setStatus('');
  };

  const apply = async () => {
    const result = termsFromForm(form, 'unchanged');
    const postsValue = parseDecimal(posts);
    const nextErrors: Partial<Record<BulkField, string>> = result.ok ? {} : { ...result.errors };
    if (postsValue !== null && Number.isNaN(postsValue)) nextErrors.agreedPostsPerWeek = 'Enter a number of posts per week, like 3 or 2.5.';
    if (Object.keys(nextErrors).length > 0 || !result.ok) {
      setErrors(nextErrors);
      setStatus('Not applied: check the highlighted fields.');
      return;
    }
    const terms = { ...result.terms, ...(postsValue !== null ? { agreedPostsPerWeek: postsValue } : {}) };
    if (Object.values(terms).every((v) => v === undefined)) {
      setStatus('Fill in at least one term to apply.');
      return;
    }
    setSaving(true);
    try {
      const saved = await applyTermsToCreators(db, creatorKeys, terms);
      if (saved.ok) {
        setErrors({});
        setStatus(`Applied to ${countNoun(saved.updated, 'creator')}.`);
      } else {
        setErrors(saved.errors);
        setStatus('Not applied: check the highlighted fields.');
      }
    } catch (error) {
      setStatus(`Not applied: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <details className="mt-1.5 rounded-md border border-neutral-200 px-2 py-1 dark:border-neutral-700">
      <summary className="cursor-pointer text-xs font-medium">Set agreement terms for many creators</summary>
      <TeamForm
        aria-label="Agreement terms for many creators"
        noValidate
        className="mt-1.5 space-y-2 pb-1"
        onSubmit={(e) => {
          e.preventDefault();
          void apply();
        }}
      >
        <div>
          <label htmlFor={`${id}-target`} className="block text-xs font-medium">
            Apply to
          </label>
          <select
            id={`${id}-target`}
            className={`${FIELD_INPUT} max-w-[16rem]`}
            value={target.id}
            onChange={(e) => {
              setTargetId(e.target.value as BulkTarget['id']);
              setErrors({});
              setStatus('');
            }}
          >
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label} ({formatInteger(t.creatorKeys.length)})
              </option>
            ))}
          </select>
        </div>
        <p className="text-xs text-neutral-600 dark:text-neutral-400">
          Only the terms you fill in change; the others stay as each creator has them. The list&apos;s filters and search choose the creators shown; a
          whole tier ignores them.
        </p>
        <TermsFields id={id} form={form} set={set} errors={errors} tier={tier} bandSettings={bandSettings} blankHint="Empty: unchanged." />
        <div>
          <label htmlFor={`${id}-posts`} className="block text-xs font-medium">
            Agreed posts per week
          </label>
          <input
            id={`${id}-posts`}
            inputMode="decimal"
            className={`${FIELD_INPUT} max-w-[8rem]`}
            value={posts}
            onChange={(e) => {
              setPosts(e.target.value);
              setStatus('');
            }}
            aria-invalid={errors.agreedPostsPerWeek ? true : undefined}
          />
          {errors.agreedPostsPerWeek ? <p className="mt-0.5 text-xs text-red-800 dark:text-red-200">{errors.agreedPostsPerWeek}</p> : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="submit"
            disabled={saving || creatorKeys.length === 0}
            className="rounded-md bg-neutral-900 px-3 py-1 text-sm font-medium text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900"
          >
            Apply to {countNoun(creatorKeys.length, 'creator')}
          </button>
          <p role="status" className="text-xs">
            {status}
          </p>
        </div>
      </TeamForm>
    </details>
  );
}
