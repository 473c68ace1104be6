import { program } from '../../../lib/analytics/test-helpers';
import { commissionBandText } from './TermsFields';
import { emptyTermsForm, termsFormFromProgram, termsFromForm } from './terms-form';

describe('agreement terms form', () => {
  it('reads a record into text and back to the same terms', () => {
    const record = program('id:a', {
      agreedCommissionRate: 0.07,
      flatFeePerPost: { amount: 99.5, currency: 'GBP' },
      exclusivity: { from: '2026-12-01', to: '2027-01-31' },
      startDate: '2026-11-01',
    });
    const form = termsFormFromProgram(record, 'USD');
    expect(form).toEqual({ commissionPercent: '7', flatFee: '99.5', flatFeeCurrency: 'GBP', exclusivityFrom: '2026-12-01', exclusivityTo: '2027-01-31', startDate: '2026-11-01' });
    expect(termsFromForm(form, 'clear')).toEqual({
      ok: true,
      terms: { agreedCommissionRate: 0.07, flatFeePerPost: { amount: 99.5, currency: 'GBP' }, exclusivity: { from: '2026-12-01', to: '2027-01-31' }, startDate: '2026-11-01' },
    });
  });

  it('a decimal comma is a decimal point', () => {
    const result = termsFromForm({ ...emptyTermsForm('EUR'), commissionPercent: '12,5', flatFee: '80,25' }, 'clear');
    expect(result).toMatchObject({ ok: true, terms: { agreedCommissionRate: 0.125, flatFeePerPost: { amount: 80.25, currency: 'EUR' } } });
  });

  it('blank fields clear a creator’s terms, but leave them unchanged in bulk', () => {
    expect(termsFromForm(emptyTermsForm('USD'), 'clear')).toEqual({
      ok: true,
      terms: { agreedCommissionRate: null, flatFeePerPost: null, exclusivity: null, startDate: null },
    });
    expect(termsFromForm(emptyTermsForm('USD'), 'unchanged')).toEqual({
      ok: true,
      terms: { agreedCommissionRate: undefined, flatFeePerPost: undefined, exclusivity: undefined, startDate: undefined },
    });
  });

  it('says what to fix: text for a rate, half a window, a window ending before it starts, a negative fee, over 100%', () => {
    const bad = termsFromForm({ ...emptyTermsForm('USD'), commissionPercent: 'ten', flatFee: '-5', exclusivityFrom: '2026-12-01' }, 'clear');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.errors).sort()).toEqual(['agreedCommissionRate', 'exclusivity', 'flatFeePerPost']);
    const backwards = termsFromForm({ ...emptyTermsForm('USD'), exclusivityFrom: '2026-12-02', exclusivityTo: '2026-12-01', commissionPercent: '150' }, 'clear');
    expect(backwards).toEqual({ ok: false, errors: { exclusivity: 'The exclusivity window ends before it starts.', agreedCommissionRate: 'At most 100%.' } });
  });

  it('checks the rate against the tier’s band as it is typed', () => {
    const band = { tier1CommissionMin: 0.1, tier1CommissionMax: 0.2 };
    expect(commissionBandText('15', 'tier1', band)).toEqual({ text: "15% is within Tier 1's band (10%–20%).", warn: false });
    expect(commissionBandText('25', 'tier1', band)?.warn).toBe(true);
    expect(commissionBandText('25', 'tier1', band)?.text).toContain('above');
    expect(commissionBandText('', 'tier1', band)).toBeNull();
    expect(commissionBandText('15', null, band)?.text).toBe('Accept a tier to check the rate against its band.');
  });
});
