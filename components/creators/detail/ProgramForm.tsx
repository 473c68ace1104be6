import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CONTACT_CHANNEL_LABELS, updateProgramFields, type ProgramFieldName } from '../../../lib/db/program-store';
import type { CommissionBandSettings } from '../../../lib/costs/commission-band';
import { CONTACT_CHANNELS, type CreatorProgram, type Tier } from '../../../lib/model/program';
import type { CurrencyCode } from '../../../lib/parse/quantity';
import { DraftRestoredNotice } from '../../common/DraftRestoredNotice';
import { useStoredDraft } from '../../common/useStoredDraft';
import { useDb } from '../../db/DbContext';
import { TermsFields } from '../terms/TermsFields';
import { parseTermsForm, sameTerms, termsFormFromProgram, termsFromForm, type TermsFormState } from '../terms/terms-form';
import { fieldsFromForm, formFromProgram, parseProgramForm, sameForm, type ProgramFormState } from './program-form';
import { Field, FIELD_INPUT as INPUT } from '../../common/Field';
import { TeamForm } from '../../team/TeamForm';

/**
 * What the seller agreed with the creator: commission (checked against the tier's band), flat fee,
 * exclusivity, start, posting rate, contact, compliance, notes. Validated before saving.
 */
export function ProgramForm({
  creatorKey,
  program,
  currency,
  tier,
  bandSettings,
}: {
  creatorKey: string;
  program: CreatorProgram | null;
  currency: CurrencyCode | null;
  tier: Tier | null;
  bandSettings: CommissionBandSettings;
}) {
  const db = useDb();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const saved = useMemo(() => formFromProgram(program), [program]);
  // Unsaved edits outlive the view and a panel reload, per creator, until saved or discarded.
  const draft = useStoredDraft(`agreement:${creatorKey}`, saved, sameForm, parseProgramForm);
  const { value: form, setValue: setForm } = draft;
  const savedTerms = useMemo(() => termsFormFromProgram(program, currency), [program, currency]);
  const termsDraft = useStoredDraft(`agreement-terms:${creatorKey}`, savedTerms, sameTerms, parseTermsForm);
  const { value: terms, setValue: setTerms } = termsDraft;
  const [errors, setErrors] = useState<Partial<Record<ProgramFieldName, string>>>({});
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  // Another creator: no messages about the last one.
  useEffect(() => {
    setErrors({});
    setStatus('');
  }, [creatorKey]);

  const set = (change: Partial<ProgramFormState>) => {
    setForm((f) => ({ ...f, ...change }));
    setStatus('');
  };
  const describedBy = (field: ProgramFieldName, hint = false) =>
    [hint ? `${id}-${field}-hint` : '', errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;

  const setTerm = (change: Partial<TermsFormState>) => {
    setTerms((t) => ({ ...t, ...change }));
    setStatus('');
  };

  const submit = async () => {
    const result = fieldsFromForm(form);
    const termsResult = termsFromForm(terms, 'clear');
    if (!result.ok || !termsResult.ok) {
      setErrors({ ...(result.ok ? {} : result.errors), ...(termsResult.ok ? {} : termsResult.errors) });
      setStatus('Not saved: check the highlighted fields.');
      // Move focus to the first field to fix.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    try {
      const outcome = await updateProgramFields(db, creatorKey, { ...result.fields, ...termsResult.terms });
      if (outcome.ok) {
        setErrors({});
        setStatus('Saved.');
        // Focus follows the result, so keyboard and screen-reader users hear it.
        requestAnimationFrame(() => statusRef.current?.focus());
      } else {
        setErrors(outcome.errors);
        setStatus('Not saved: check the highlighted fields.');
      }
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <TeamForm
      ref={formRef}
      noValidate
      aria-label="Agreement with this creator"
      className="space-y-2.5"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TermsFields id={id} form={terms} set={setTerm} errors={errors} tier={tier} bandSettings={bandSettings} blankHint="Leave empty when none is agreed." />
      <Field id={`${id}-agreedPostsPerWeek`} label="Agreed posts per week" hint="Leave empty when nothing is agreed." error={errors.agreedPostsPerWeek}>
        <input
          id={`${id}-agreedPostsPerWeek`}
          inputMode="decimal"
          className={`${INPUT} max-w-[8rem]`}
          value={form.agreedPostsPerWeek}
          onChange={(e) => set({ agreedPostsPerWeek: e.target.value })}
          aria-invalid={errors.agreedPostsPerWeek ? true : undefined}
          aria-describedby={describedBy('agreedPostsPerWeek', true)}
        />
      </Field>
      <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-2">
        <Field id={`${id}-contactChannel`} label="Preferred channel" error={errors.contactChannel}>
          <select
            id={`${id}-contactChannel`}
            className={INPUT}
            value={form.contactChannel}
            onChange={(e) => set({ contactChannel: e.target.value as ProgramFormState['contactChannel'] })}
            aria-invalid={errors.contactChannel ? true : undefined}
            aria-describedby={describedBy('contactChannel')}
          >
            <option value="">Not set</option>
            {CONTACT_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CONTACT_CHANNEL_LABELS[channel]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-contactHandle`} label="Handle, address or number" error={errors.contactHandle}>
          <input
            id={`${id}-contactHandle`}
            className={INPUT}
            value={form.contactHandle}
            autoComplete="off"
            onChange={(e) => set({ contactHandle: e.target.value })}
            aria-invalid={errors.contactHandle ? true : undefined}
            aria-describedby={describedBy('contactHandle')}
          />
        </Field>
      </div>
      <div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={form.complianceFlagged} onChange={(e) => set({ complianceFlagged: e.target.checked })} />
          Compliance issue (holds back promotion)
        </label>
        <Field id={`${id}-complianceNote`} label="Compliance note" error={errors.complianceNote}>
          <textarea
            id={`${id}-complianceNote`}
            rows={2}
            className={INPUT}
            value={form.complianceNote}
            onChange={(e) => set({ complianceNote: e.target.value })}
            aria-invalid={errors.complianceNote ? true : undefined}
            aria-describedby={describedBy('complianceNote')}
          />
        </Field>
      </div>
      <Field id={`${id}-notes`} label="Notes" error={errors.notes}>
        <textarea
          id={`${id}-notes`}
          rows={3}
          className={INPUT}
          value={form.notes}
          onChange={(e) => set({ notes: e.target.value })}
          aria-invalid={errors.notes ? true : undefined}
          aria-describedby={describedBy('notes')}
        />
      </Field>
      {draft.restoredAt !== null || termsDraft.restoredAt !== null ? (
        <DraftRestoredNotice
          at={Math.max(draft.restoredAt ?? 0, termsDraft.restoredAt ?? 0)}
          onDiscard={() => {
            draft.discard();
            termsDraft.discard();
            setErrors({});
            setStatus('Unsaved edits discarded.');
          }}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="submit"
          disabled={saving}
          className="rounded-md bg-neutral-900 px-3 py-1 text-sm font-medium text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900"
        >
          {saving ? 'Saving…' : 'Save'}
        </button>
        {!sameForm(form, saved) && !status ? <span className="text-xs text-amber-800 dark:text-amber-200">Unsaved changes</span> : null}
        <p role="status" tabIndex={-1} ref={statusRef} className="text-xs outline-none">
          {status}
        </p>
      </div>
    </TeamForm>
  );
}
