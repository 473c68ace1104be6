/**
 * Numbers for humans: `12.3K`, `$612.40`, `$4.5K`, `3.4%`, ranges as `$5K–$25K`, unknown as `—`.
 * Every formatter returns a FormattedValue so the view can give screen readers a spoken form
 * (`unknown`, `$5K to $25K`) where the visible text would read badly.
 */
import type { CurrencyCode, Quantity, Unit } from '../parse/quantity';
import { displayLocale } from './locale';

export const UNKNOWN_TEXT = '—';
export const UNKNOWN_LABEL = 'unknown';
/** Below this, exact counts are shown in full (`1,489`, `9,120`); from here on compact (`12.3K`). */
const COMPACT_FROM = 10_000;
/**
 * Money below this is shown to the cent (`$612.40`, `$8.50`, `$0.00`): there the cents matter, and
 * a column of amounts reads alike; from here on compact (`$4.5K`, `$88.1K`, `RM 1.2M`), as Seller
 * Center shows it.
 */
export const MONEY_COMPACT_FROM = 1_000;

export interface FormattedValue {
  text: string;
  /** Spoken form when it differs from the text (unknowns, ranges). */
  label?: string;
  unknown: boolean;
}

export interface NumberFormatOptions {
  locale?: string;
}

export const UNKNOWN: FormattedValue = Object.freeze({ text: UNKNOWN_TEXT, label: UNKNOWN_LABEL, unknown: true });

/** The Intl options the formatters here use: the formatter cache's key is made of exactly these. */
type FormatterOptions = Pick<
  Intl.NumberFormatOptions,
  'style' | 'notation' | 'currency' | 'currencyDisplay' | 'minimumFractionDigits' | 'maximumFractionDigits'
>;

const formatterCache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: FormatterOptions): Intl.NumberFormat {
  // The fields one by one, not JSON.stringify: the analysis writes thousands of numbers into its sentences.
  const key = `${locale}|${options.style}|${options.notation}|${options.currency}|${options.currencyDisplay}|${options.minimumFractionDigits}|${options.maximumFractionDigits}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatterCache.set(key, formatter);
  }
  return formatter;
}

function isKnown(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

function known(text: string, label?: string): FormattedValue {
  return label === undefined ? { text, unknown: false } : { text, label, unknown: false };
}

/**
 * How precise a figure is written. The panel's own figures are compact (`12.3K`), keep cents only on
 * small amounts and show rates to 1 decimal (2 under 1%), in the panel's locale. Sentences that explain
 * a number (tier reasons, flag descriptions: `IN_SENTENCES`) and texts sent to creators (`IN_BRIEFS`)
 * are English and write it in full.
 */
export interface FigureStyle {
  /** `12.3K`; by default counts from 10,000 on, money from 1,000 on. */
  compact?: boolean;
  /** Most decimals of a count or a rate (in percent). */
  maxFractionDigits?: number;
  /**
   * Cents of an amount that is not compact. `'always'` (default): as the currency has them (`$20.00`,
   * `¥612`); `'small-amounts'`: only below 100 and only when there are any (`$9.19`, `$20`, `$1,234`).
   */
  cents?: 'small-amounts' | 'always';
  /** `'narrow'` (default): `RM`, `$`; `'standard'`: `MYR`, `$` — unambiguous in a text pasted elsewhere. */
  symbol?: 'narrow' | 'standard';
}

/** Explanations of a number in a sentence: `$65.00`, `0.75 a week`, `1.23%`. */
export const IN_SENTENCES: NumberFormatOptions & FigureStyle = Object.freeze({ locale: 'en-US', compact: false, maxFractionDigits: 2, cents: 'always', symbol: 'standard' });
/** Texts for creators (briefs, updates): `$1,234`, `MYR 1,200`, `12.5%`. */
export const IN_BRIEFS: NumberFormatOptions & FigureStyle = Object.freeze({ locale: 'en-US', compact: false, maxFractionDigits: 1, cents: 'small-amounts', symbol: 'standard' });

/** A count (followers, rows, views): `1,489`, `12.3K`, `1.2M`. */
export function formatCountText(n: number, options: NumberFormatOptions & FigureStyle = {}): string {
  const locale = options.locale ?? displayLocale();
  const compact = options.compact ?? Math.abs(n) >= COMPACT_FROM;
  return compact
    ? numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n)
    : numberFormat(locale, { maximumFractionDigits: options.maxFractionDigits ?? (Number.isInteger(n) ? 0 : 1) }).format(n);
}

/** Fraction digits of a non-compact amount; undefined: the currency's own (2 for $, 0 for ¥). */
function centsDigits(n: number, cents: FigureStyle['cents']): { minimumFractionDigits: number; maximumFractionDigits: number } | undefined {
  if (cents !== 'small-amounts') return undefined;
  // Cents only matter for small amounts, and only when there are any ($9.19, $20, $1,234).
  const digits = Math.abs(n) < 100 && !Number.isInteger(n) ? 2 : 0;
  return { minimumFractionDigits: digits, maximumFractionDigits: digits };
}

/**
 * Compact money (`$4.5K`, `4,5 k €`, `RM 1.2M`); where the locale has no short form for the size
 * (German thousands, Japanese below 10,000) whole units instead (`4.520 €`, `￥4,520`), never a
 * tenth of a euro.
 */
function compactMoney(n: number, locale: string, base: FormatterOptions): string {
  const parts = numberFormat(locale, { ...base, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).formatToParts(n);
  if (parts.some((part) => part.type === 'compact')) return parts.map((part) => part.value).join('');
  return numberFormat(locale, { ...base, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(n);
}

/**
 * Money: `$612.40`, `$8.50` and `$0.00` below 1,000 (to the cent, or as the currency has it: `¥612`),
 * `$4.5K`, `$88.1K`, `RM 12.3K` from there, in the panel's locale (`612,40 €`, `4,5 k €`). Without a
 * currency (or with a code Intl does not know) the amount is written with the same digits, the code
 * after it.
 */
export function formatMoneyText(
  n: number,
  currency: CurrencyCode | string | null | undefined,
  options: NumberFormatOptions & FigureStyle = {},
): string {
  const locale = options.locale ?? displayLocale();
  // Decided on the amount as it would be written: $999.996 is $1,000.00, so $1K.
  const compact = options.compact ?? Math.abs(Math.round(n * 100) / 100) >= MONEY_COMPACT_FROM;
  const digits = centsDigits(n, options.cents);
  const plain = () => {
    const amount = compact
      ? formatCountText(n, { locale, compact: true })
      : numberFormat(locale, digits ?? { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
    return currency ? `${amount} ${currency}` : amount;
  };
  if (!currency) return plain();
  const base: FormatterOptions = {
    style: 'currency',
    currency,
    currencyDisplay: options.symbol === 'standard' ? 'symbol' : 'narrowSymbol',
  };
  try {
    if (compact) return compactMoney(n, locale, base);
    return numberFormat(locale, { ...base, ...digits }).format(n);
  } catch {
    return plain();
  }
}

/** A fraction as a percent: 0.034 → `3.4%`, 0.0056 → `0.56%`. */
export function formatPercentText(fraction: number, options: NumberFormatOptions & FigureStyle = {}): string {
  const locale = options.locale ?? displayLocale();
  if (options.maxFractionDigits !== undefined) {
    return numberFormat(locale, { style: 'percent', maximumFractionDigits: options.maxFractionDigits }).format(fraction);
  }
  // Absurd rates (a bad cell, a growth multiple) stay short rather than break the layout.
  if (Math.abs(fraction) * 100 >= COMPACT_FROM) {
    return numberFormat(locale, { style: 'percent', notation: 'compact', maximumFractionDigits: 1 }).format(fraction);
  }
  const digits = Math.abs(fraction) < 0.01 && fraction !== 0 ? 2 : 1;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(fraction);
}

/**
 * A rate shown next to the threshold it crossed: with as many decimals as it takes not to read
 * as the threshold itself (9.996% beside a 10% bound is "9.996%", not "10%").
 */
export function formatPercentBeside(fraction: number, bounds: readonly number[], options: NumberFormatOptions = {}): string {
  const locale = options.locale ?? displayLocale();
  const text = formatPercentText(fraction, options);
  if (!bounds.some((bound) => bound !== fraction && formatPercentText(bound, options) === text)) return text;
  for (let digits = 2; digits <= 6; digits++) {
    const precise = numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(fraction);
    if (!bounds.some((bound) => numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(bound) === precise)) {
      return precise;
    }
  }
  return text;
}

function formatInUnit(n: number, unit: Unit | undefined, options: NumberFormatOptions & FigureStyle): string {
  if (unit === 'percent') return formatPercentText(n, options);
  if (unit) return formatMoneyText(n, unit, options);
  return formatCountText(n, options);
}

/** A plain count that may be unknown. */
export function formatCount(n: number | null | undefined, options: NumberFormatOptions = {}): FormattedValue {
  return isKnown(n) ? known(formatCountText(n, options)) : UNKNOWN;
}

/** Any Quantity as displayed in the panel; null/undefined (unknown) becomes `—` labelled "unknown". */
export function formatQuantity(q: Quantity | null | undefined, options: NumberFormatOptions = {}): FormattedValue {
  if (!q) return UNKNOWN;
  if (q.kind === 'exact') {
    return isKnown(q.value) ? known(formatInUnit(q.value, q.unit, options)) : UNKNOWN;
  }
  // Range bounds are always compact and never in cents: they are coarse by nature ($5K–$25K, $20+, 100–1K).
  const bound = (n: number) => formatInUnit(n, q.unit, { ...options, compact: Math.abs(n) >= 1000, cents: 'small-amounts' });
  const min = isKnown(q.min) ? bound(q.min) : null;
  const max = isKnown(q.max) ? bound(q.max) : null;
  if (min !== null && max !== null) return known(`${min}–${max}`, `${min} to ${max}`);
  if (min !== null) return known(`${min}+`, `${min} or more`);
  if (max !== null) return known(`≤${max}`, `up to ${max}`);
  return UNKNOWN;
}

/** An exact whole number with separators, never compact: `1,234`. For counts the seller checks. */
export function formatInteger(n: number, options: NumberFormatOptions = {}): string {
  return numberFormat(options.locale ?? displayLocale(), { maximumFractionDigits: 0 }).format(n);
}

/** `1 row`, `1,234 rows`: a count with its noun, for sentences. */
export function countNoun(n: number, singular: string, pluralForm = `${singular}s`, options: NumberFormatOptions = {}): string {
  return `${formatInteger(n, options)} ${n === 1 ? singular : pluralForm}`;
}
