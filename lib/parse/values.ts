/**
 * Parsing of values as Seller Center displays them. CONTRACT (implementation pending):
 * every function returns null for unknown (`--`, `-`, blank, unparsable) and never 0 for unknown.
 */
import type { Quantity } from './quantity';

export interface ParseOptions {
  /** shop_region (US, GB, DE, MY…): decides decimal comma vs point ambiguity and day/month order. */
  region?: string;
}

/** `12.3K`, `1.2M`, `3B`, `1,5K`, `1,234`, `$1,234.56`, `RM 12.3K`, `3.4%`, `$5K-$25K`, `100-1K`, `10%-15%`, `$20+`. */
export function parseQuantity(text: string | null | undefined, options?: ParseOptions): Quantity | null {
  throw new Error('not implemented');
}

/** A plain number (count/money/percent-as-fraction) only when exact; ranges and unknowns give null. */
export function parseNumber(text: string | null | undefined, options?: ParseOptions): number | null {
  throw new Error('not implemented');
}

/** ISO `2026-03-05`, US `03/05/2026`, UK/EU `05/03/2026` (by region), `Mar 5, 2026`, with or without time → `YYYY-MM-DD`. */
export function parseDate(text: string | null | undefined, options?: ParseOptions): string | null {
  throw new Error('not implemented');
}

/** `@Some.Handle ` → `some.handle`; null when it is not a plausible TikTok handle. */
export function normaliseHandle(text: string | null | undefined): string | null {
  throw new Error('not implemented');
}
