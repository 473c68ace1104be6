/**
 * Number formatting for the sentences analytics write (reasons, flag descriptions). English only.
 * Sentences keep more precision than the panel's figures in lib/format/number (`$65.00`, `0.75 a week`,
 * `1.23%`); the compact form is the panel's own.
 */
import { formatCountText } from '../format/number';
import type { CurrencyCode } from '../parse/quantity';

const moneyFormats = new Map<string, Intl.NumberFormat>();
const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatMoney(amount: number, currency: CurrencyCode | null): string {
  if (!currency) return amount.toFixed(2);
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 2 });
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

/** 0.0123 → `1.23%`. */
export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** 45230 → `45.2K`. */
export function formatCompact(n: number): string {
  return formatCountText(n, { compact: true });
}
