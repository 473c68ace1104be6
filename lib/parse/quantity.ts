/**
 * A number as Seller Center shows it. Unknown values (`--`, blanks) are not a Quantity at all: they
 * are `null`, never 0. Percentages are stored as fractions (3.4% → 0.034).
 */
export type Unit = 'percent' | CurrencyCode;

/** ISO 4217 codes of the currencies Seller Center shows. */
export const CURRENCY_CODES = ['USD', 'GBP', 'EUR', 'MYR', 'THB', 'IDR', 'VND', 'PHP', 'SGD'] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

export function isCurrencyCode(code: unknown): code is CurrencyCode {
  return typeof code === 'string' && (CURRENCY_CODES as readonly string[]).includes(code);
}

export type Quantity = ExactQuantity | RangeQuantity;

export interface ExactQuantity {
  kind: 'exact';
  value: number;
  unit?: Unit;
  /** The text as the page showed it, kept for display and audit. */
  raw: string;
}

/** Shown instead of an exact value without detailed-data permission: `$5K-$25K`, `100-1K`, `$20+`. */
export interface RangeQuantity {
  kind: 'range';
  /** Lower bound; null when the page only gave an upper one (`<$100`). */
  min: number | null;
  /** Upper bound; null for open ranges (`$20+`). */
  max: number | null;
  unit?: Unit;
  raw: string;
}

/** The exact value, or null for ranges and unknowns: metrics never pretend a range is a number. */
export function exactValue(q: Quantity | null | undefined): number | null {
  return q && q.kind === 'exact' ? q.value : null;
}

/** A best single estimate: the exact value, else a closed range's midpoint, else its known bound. */
export function estimateValue(q: Quantity | null | undefined): number | null {
  if (!q) return null;
  if (q.kind === 'exact') return q.value;
  if (q.min !== null && q.max !== null) return (q.min + q.max) / 2;
  return q.min ?? q.max;
}
