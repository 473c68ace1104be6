/**
 * Scorecard figures for the panel: money, rates and counts that may be unknown (null), as
 * FormattedValues (`$1,234`, `3.4%`, `—` read as "unknown").
 */
import type { CurrencyCode } from '../parse/quantity';
import { UNKNOWN, formatCountText, formatMoneyText, formatPercentText, type FormattedValue } from './number';

function isKnown(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** Money in the shop currency; a plain number when the currency is not known. */
export function formatMoneyValue(n: number | null | undefined, currency: CurrencyCode | null): FormattedValue {
  if (!isKnown(n)) return UNKNOWN;
  return { text: currency ? formatMoneyText(n, currency) : formatCountText(n), unknown: false };
}

/** A fraction as a percent: 0.034 → `3.4%`. */
export function formatRateValue(n: number | null | undefined): FormattedValue {
  return isKnown(n) ? { text: formatPercentText(n), unknown: false } : UNKNOWN;
}

/** `3 / 4`: posts per week against the agreed rate, read as "3 of 4 agreed". */
export function formatPace(postsPerWeek: number | null, agreed: number | null): FormattedValue {
  if (postsPerWeek === null) return UNKNOWN;
  const actual = formatCountText(Number(postsPerWeek.toFixed(1)));
  if (agreed === null) return { text: actual, label: `${actual}, none agreed`, unknown: false };
  const target = formatCountText(agreed);
  return { text: `${actual} / ${target}`, label: `${actual} of ${target} agreed`, unknown: false };
}

/** A return per dollar: 4.25 → `4.25×`. */
export function formatMultiple(n: number | null | undefined): FormattedValue {
  return isKnown(n) ? { text: `${formatCountText(Number(n.toFixed(2)))}×`, unknown: false } : UNKNOWN;
}
