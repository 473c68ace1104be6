import { checkCommissionBand, type CommissionBandSettings } from '../../../lib/costs/commission-band';
import type { AgreementTermName } from '../../../lib/db/program-terms';
import { formatPercentText } from '../../../lib/format/number';
import { tierName } from '../../../lib/format/tier';
import type { Tier } from '../../../lib/model/program';
import { CURRENCY_CODES, type CurrencyCode } from '../../../lib/parse/quantity';
import { parseDecimal } from '../detail/program-form';
import type { TermsFormState } from './terms-form';
import { Field, FIELD_INPUT } from '../../common/Field';

/** What the band check says about the rate typed, in words (or nothing while the field is blank or invalid). */
export function commissionBandText(percentText: string, tier: Tier | null, settings: CommissionBandSettings): { text: string; warn: boolean } | null {
  const percent = parseDecimal(percentText);
  if (percent === null || Number.isNaN(percent)) return null;
  const check = checkCommissionBand(percent / 100, tier, settings);
  const rate = formatPercentText(percent / 100);
  if (check.status === 'no-band') return { text: tier ? `${tierName(tier)} has no commission band.` : 'Accept a tier to check the rate against its band.', warn: false };
  const band = check.max === null ? `at least ${formatPercentText(check.min)}` : `${formatPercentText(check.min)}–${formatPercentText(check.max)}`;
  const name = tierName(check.tier);
  if (check.status === 'within') return { text: `${rate} is within ${name}'s band (${band}).`, warn: false };
  return { text: `${rate} is ${check.status} ${name}'s band (${band}). Check the agreement before saving.`, warn: true };
}

/**
 * The agreement terms' inputs: agreed commission (checked against the tier's band as it is typed),
 * flat fee per post, exclusivity window and start date. The form around them owns state and saving.
 */
export function TermsFields({
  id,
  form,
  set,
  errors,
  tier,
  bandSettings,
  blankHint,
}: {
  id: string;
  form: TermsFormState;
  set: (change: Partial<TermsFormState>) => void;
  errors: Partial<Record<AgreementTermName, string>>;
  tier: Tier | null;
  bandSettings: CommissionBandSettings;
  blankHint: string;
}) {
  const band = commissionBandText(form.commissionPercent, tier, bandSettings);
  const describedBy = (field: AgreementTermName, hint = false) =>
    [hint ? `${id}-${field}-hint` : '', errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <Field
          id={`${id}-agreedCommissionRate`}
          label="Agreed commission (%)"
          hint={band ? <span className={band.warn ? 'text-amber-800 dark:text-amber-200' : ''}>{band.text}</span> : blankHint}
          error={errors.agreedCommissionRate}
        >
          <input
            id={`${id}-agreedCommissionRate`}
            inputMode="decimal"
            className={FIELD_INPUT}
            value={form.commissionPercent}
            onChange={(e) => set({ commissionPercent: e.target.value })}
            aria-invalid={errors.agreedCommissionRate ? true : undefined}
            aria-describedby={describedBy('agreedCommissionRate', true)}
          />
        </Field>
        <Field id={`${id}-flatFeePerPost`} label="Flat fee per post" hint="Tier 2 and 3." error={errors.flatFeePerPost}>
          <div className="flex gap-1">
            <input
              id={`${id}-flatFeePerPost`}
              inputMode="decimal"
              className={FIELD_INPUT}
              value={form.flatFee}
              onChange={(e) => set({ flatFee: e.target.value })}
              aria-invalid={errors.flatFeePerPost ? true : undefined}
              aria-describedby={describedBy('flatFeePerPost', true)}
            />
            <select
              aria-label="Flat fee currency"
              className="rounded-md border border-neutral-300 bg-white px-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
              value={form.flatFeeCurrency}
              onChange={(e) => set({ flatFeeCurrency: e.target.value as CurrencyCode })}
            >
              {CURRENCY_CODES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        </Field>
      </div>
      <fieldset className="min-w-0">
        <legend className="text-xs font-medium">Exclusivity window (Tier 3)</legend>
        <div className="grid grid-cols-2 gap-2">
          <input
            type="date"
            aria-label="Exclusivity from"
            className={FIELD_INPUT}
            value={form.exclusivityFrom}
            onChange={(e) => set({ exclusivityFrom: e.target.value })}
            aria-invalid={errors.exclusivity ? true : undefined}
            aria-describedby={describedBy('exclusivity')}
          />
          <input
            type="date"
            aria-label="Exclusivity until"
            className={FIELD_INPUT}
            value={form.exclusivityTo}
            onChange={(e) => set({ exclusivityTo: e.target.value })}
            aria-invalid={errors.exclusivity ? true : undefined}
            aria-describedby={describedBy('exclusivity')}
          />
        </div>
        {errors.exclusivity ? (
          <p id={`${id}-exclusivity-error`} className="mt-0.5 text-xs text-red-800 dark:text-red-200">
            {errors.exclusivity}
          </p>
        ) : null}
      </fieldset>
      <Field id={`${id}-startDate`} label="Agreement starts" error={errors.startDate}>
        <input
          id={`${id}-startDate`}
          type="date"
          className={`${FIELD_INPUT} max-w-[12rem]`}
          value={form.startDate}
          onChange={(e) => set({ startDate: e.target.value })}
          aria-invalid={errors.startDate ? true : undefined}
          aria-describedby={describedBy('startDate')}
        />
      </Field>
    </>
  );
}
