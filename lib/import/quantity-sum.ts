/** Adding metric quantities, for merging the per-product rows of one video. */
import type { Quantity } from '../parse/quantity';

/** Raw text of a sum: the parts, so the seller can check them (`$12.00 + $3.50`), unless that gets long. */
function sumRaw(a: Quantity, b: Quantity, value: number | null): string {
  const joined = `${a.raw} + ${b.raw}`;
  if (joined.length <= 80) return joined;
  return value === null ? 'sum of several rows' : String(value);
}

/** Avoids binary noise: 0.1 + 0.2 is 0.3. */
function add(a: number, b: number): number {
  const sum = a + b;
  return Number.isInteger(sum) ? sum : Number(sum.toPrecision(12));
}

function low(q: Quantity): number | null {
  return q.kind === 'exact' ? q.value : q.min;
}

function high(q: Quantity): number | null {
  return q.kind === 'exact' ? q.value : q.max;
}

/**
 * a + b. Exact + exact is exact; with a range the result is the range of possible sums (an open end
 * stays open). Different currencies cannot be added: the first is kept.
 */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  if (a.unit !== b.unit) return a;
  const unit = a.unit;
  if (a.kind === 'exact' && b.kind === 'exact') {
    const value = add(a.value, b.value);
    return unit ? { kind: 'exact', value, unit, raw: sumRaw(a, b, value) } : { kind: 'exact', value, raw: sumRaw(a, b, value) };
  }
  const aLow = low(a);
  const bLow = low(b);
  const aHigh = high(a);
  const bHigh = high(b);
  // A missing lower bound (`<$100`) is at least 0 for the metrics summed here (money, counts).
  const min = add(aLow ?? 0, bLow ?? 0);
  const max = aHigh === null || bHigh === null ? null : add(aHigh, bHigh);
  const raw = sumRaw(a, b, null);
  return unit ? { kind: 'range', min, max, unit, raw } : { kind: 'range', min, max, raw };
}
