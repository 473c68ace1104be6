/**
 * The "Enter figures" form: text fields as typed (so a draft survives reloads), turned into one
 * report on save. An empty field is a figure not given (unknown), never 0.
 */
import type { EligibilityReport } from '../../lib/db/eligibility-store';
import { SHOP_CATEGORIES, type ShopCategory } from '../../lib/model/eligibility';

export const ENTRY_FIELDS = ['day', 'subject', 'storeRating', 'noCounterfeit', 'counterfeitDay', 'productId', 'productName', 'category', 'reviews', 'negativeReviews', 'returnCases', 'sellerFaultReturns'] as const;
export type EntryForm = Record<(typeof ENTRY_FIELDS)[number], string>;

export function emptyEntry(today: string): EntryForm {
  return { day: today, subject: 'shop', storeRating: '', noCounterfeit: '', counterfeitDay: '', productId: '', productName: '', category: '', reviews: '', negativeReviews: '', returnCases: '', sellerFaultReturns: '' };
}

export const sameEntry = (a: EntryForm, b: EntryForm) => ENTRY_FIELDS.every((field) => a[field] === b[field]);

export function parseEntry(value: unknown): EntryForm | null {
  if (value === null || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  return ENTRY_FIELDS.every((field) => typeof record[field] === 'string') ? (record as EntryForm) : null;
}

const whole = (text: string): number | undefined | 'bad' => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : 'bad';
};

/** The report the form makes, or what to fix (per field). */
export function entryReport(form: EntryForm): { report: EligibilityReport } | { errors: Partial<Record<keyof EntryForm, string>> } {
  const errors: Partial<Record<keyof EntryForm, string>> = {};
  const report: EligibilityReport = { day: form.day };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.day)) errors.day = 'Enter a date.';
  if (form.subject === 'shop') {
    if (form.storeRating.trim() !== '') {
      const rating = Number(form.storeRating.trim().replace(',', '.'));
      if (!Number.isFinite(rating) || rating < 0 || rating > 5) errors.storeRating = 'A rating from 0 to 5.';
      else report.storeRating = rating;
    }
    if (form.counterfeitDay !== '') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(form.counterfeitDay)) errors.counterfeitDay = 'Enter a date.';
      else if (form.counterfeitDay > form.day) errors.counterfeitDay = 'A violation cannot be after the day of the figures.';
      else {
        report.counterfeitDays = [form.counterfeitDay];
        report.counterfeitChecked = true;
      }
    }
    if (form.noCounterfeit === 'yes') report.counterfeitChecked = true;
    if (report.storeRating === undefined && !report.counterfeitChecked && Object.keys(errors).length === 0) {
      errors.storeRating = 'Enter the store rating, a counterfeit violation, or tick “no counterfeit violation”.';
    }
  } else {
    const productId = form.productId.trim();
    if (!/^[\w-]{1,64}$/.test(productId)) errors.productId = 'Enter the product id (digits, as Seller Center shows it).';
    else report.productId = productId;
    if (form.productName.trim()) report.productName = form.productName.trim().slice(0, 1_000);
    if (form.category) {
      if ((SHOP_CATEGORIES as readonly string[]).includes(form.category)) report.category = form.category as ShopCategory;
    }
    for (const field of ['reviews', 'negativeReviews', 'returnCases', 'sellerFaultReturns'] as const) {
      const value = whole(form[field]);
      if (value === 'bad') errors[field] = 'A whole number.';
      else if (value !== undefined) report[field] = value;
    }
    const pair = (count: 'negativeReviews' | 'sellerFaultReturns', base: 'reviews' | 'returnCases', what: string) => {
      if ((report[count] === undefined) !== (report[base] === undefined)) errors[count] ??= `Enter both ${what}: a rate needs the count and its base.`;
      else if (report[count] !== undefined && report[count]! > report[base]!) errors[count] ??= 'More than the total.';
    };
    pair('negativeReviews', 'reviews', 'reviews and negative reviews');
    pair('sellerFaultReturns', 'returnCases', 'return/refund cases and seller-fault ones');
    if (Object.keys(errors).length === 0 && ['reviews', 'returnCases', 'category', 'productName'].every((f) => report[f as keyof EligibilityReport] === undefined)) {
      errors.reviews = 'Enter reviews or return/refund figures.';
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { report };
}
