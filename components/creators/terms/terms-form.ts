/**
 * Agreement terms as form text, and back: what the seller typed becomes validated terms for the
 * store, or a message per field. One creator's form clears a term left blank; the bulk form leaves
 * it unchanged.
 */
import { AgreementTermsSchema, TERM_ISSUE_FIELDS, type AgreementTermName, type AgreementTerms } from '../../../lib/db/program-terms';
import type { CreatorProgram } from '../../../lib/model/program';
import { CURRENCY_CODES, type CurrencyCode } from '../../../lib/parse/quantity';
import { parseDecimal } from '../detail/program-form';

export interface TermsFormState {
  /** Percent as typed: `15` or `12,5`. */
  commissionPercent: string;
  flatFee: string;
  flatFeeCurrency: CurrencyCode;
  exclusivityFrom: string;
  exclusivityTo: string;
  startDate: string;
}

export function emptyTermsForm(currency: CurrencyCode | null): TermsFormState {
  return { commissionPercent: '', flatFee: '', flatFeeCurrency: currency ?? 'USD', exclusivityFrom: '', exclusivityTo: '', startDate: '' };
}

/** `0.15` → `15`, without float noise (`0.07 * 100` is 7.000000000000001). */
function percentText(rate: number): string {
  return String(Number((rate * 100).toFixed(4)));
}

export function termsFormFromProgram(program: CreatorProgram | null, currency: CurrencyCode | null): TermsFormState {
  const form = emptyTermsForm(program?.flatFeePerPost?.currency ?? currency);
  if (!program) return form;
  if (program.agreedCommissionRate != null) form.commissionPercent = percentText(program.agreedCommissionRate);
  if (program.flatFeePerPost) form.flatFee = String(program.flatFeePerPost.amount);
  if (program.exclusivity) {
    form.exclusivityFrom = program.exclusivity.from;
    form.exclusivityTo = program.exclusivity.to;
  }
  if (program.startDate) form.startDate = program.startDate;
  return form;
}

export type TermsFormResult = { ok: true; terms: AgreementTerms } | { ok: false; errors: Partial<Record<AgreementTermName, string>> };

/**
 * `blank`: what an empty field means — `clear` (one creator: nothing agreed) or `unchanged` (bulk:
 * only the terms filled in are applied).
 */
export function termsFromForm(form: TermsFormState, blank: 'clear' | 'unchanged'): TermsFormResult {
  const errors: Partial<Record<AgreementTermName, string>> = {};
  const emptyValue = blank === 'clear' ? null : undefined;
  const terms: AgreementTerms = {};

  const percent = parseDecimal(form.commissionPercent);
  if (percent === null) terms.agreedCommissionRate = emptyValue;
  else if (Number.isNaN(percent)) errors.agreedCommissionRate = 'Enter a commission rate in percent, like 15 or 12.5.';
  else terms.agreedCommissionRate = Number((percent / 100).toFixed(6));

  const fee = parseDecimal(form.flatFee);
  if (fee === null) terms.flatFeePerPost = emptyValue;
  else if (Number.isNaN(fee)) errors.flatFeePerPost = 'Enter an amount per post, like 150 or 99.50.';
  else terms.flatFeePerPost = { amount: fee, currency: form.flatFeeCurrency };

  const from = form.exclusivityFrom.trim();
  const to = form.exclusivityTo.trim();
  if (from === '' && to === '') terms.exclusivity = emptyValue;
  else if (from === '' || to === '') errors.exclusivity = 'Enter both the first and the last day of the exclusivity window.';
  else terms.exclusivity = { from, to };

  const start = form.startDate.trim();
  terms.startDate = start === '' ? emptyValue : start;

  const parsed = AgreementTermsSchema.safeParse(terms);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = TERM_ISSUE_FIELDS[issue.path.join('.')];
      if (field) errors[field] ??= issue.message;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, terms };
}

const TERM_TEXT_FIELDS = ['commissionPercent', 'flatFee', 'exclusivityFrom', 'exclusivityTo', 'startDate'] as const;

export function sameTerms(a: TermsFormState, b: TermsFormState): boolean {
  return a.flatFeeCurrency === b.flatFeeCurrency && TERM_TEXT_FIELDS.every((f) => a[f] === b[f]);
}

/** A stored draft read back, or null when it does not fit (from another version, or tampered with). */
export function parseTermsForm(value: unknown): TermsFormState | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (!TERM_TEXT_FIELDS.every((f) => typeof v[f] === 'string' && (v[f] as string).length <= 100)) return null;
  if (!(CURRENCY_CODES as readonly unknown[]).includes(v.flatFeeCurrency)) return null;
  return {
    commissionPercent: v.commissionPercent as string,
    flatFee: v.flatFee as string,
    flatFeeCurrency: v.flatFeeCurrency as CurrencyCode,
    exclusivityFrom: v.exclusivityFrom as string,
    exclusivityTo: v.exclusivityTo as string,
    startDate: v.startDate as string,
  };
}
